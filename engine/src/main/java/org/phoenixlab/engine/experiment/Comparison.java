package org.phoenixlab.engine.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedFault;
import org.phoenixlab.engine.sim.FaultMetrics;
import org.phoenixlab.engine.sim.Simulation;
import org.phoenixlab.engine.strategy.ParameterCheck;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.strategy.Strategy;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/**
 * One fault, every strategy, the same seeds: the paper's comparison rebuilt for any fault of the
 * engine. Each run is the paper's benchmark (line rate shared by the guests) with the fault 2 s in,
 * run until every fault is over or 150 s have passed. Figures are means over the seeds (detection
 * over the runs that detected it; recovery and losses over the runs that completed), beside the
 * paper's where it has one. The runs go side by side to the {@link RunPool} (one worker per core);
 * the caller may cancel them, follow the progress, and hear of each strategy's row as it is ready;
 * the figures are combined in strategy and seed order, so they do not depend on which run ends first.
 */
public final class Comparison {
    /** How much of the first seed's run the throughput series covers (at least). */
    public static final long THROUGHPUT_SPAN_US = 20_000_000;

    /**
     * What is compared: a fault, how many seeds, and the inputs a what-if may change: parameter
     * overrides, and mechanisms switched off in the designs that have them ({@code switchedOff}: a
     * what-if without implicit heartbeats, say; a design without the mechanism is left as it is).
     */
    public record Setup(String target, FaultKind kind, int runs, int guests, long totalRatePps,
            Map<String, Long> overrides, Set<Mechanism> switchedOff) {
        public Setup {
            if (runs < 1) {
                throw new IllegalArgumentException("at least one run is needed");
            }
            if (guests < 1 || guests > 64) {
                throw new IllegalArgumentException("the topology has 1 to 64 guests, not " + guests);
            }
            overrides = java.util.Collections.unmodifiableMap(new TreeMap<>(overrides));
            switchedOff = java.util.Collections.unmodifiableSet(switchedOff.isEmpty()
                    ? EnumSet.noneOf(Mechanism.class) : EnumSet.copyOf(switchedOff));
        }

        /** Every mechanism of every design on. */
        public Setup(String target, FaultKind kind, int runs, int guests, long totalRatePps, Map<String, Long> overrides) {
            this(target, kind, runs, guests, totalRatePps, overrides, Set.of());
        }

        /** The paper's experiment: a NIC-driver crash, three guests at line rate. */
        public static Setup nicDriverCrash(int runs) {
            return new Setup(ComponentIds.NIC_DRIVER, FaultKind.CRASH, runs, 3, Scenario.PAPER_LINE_RATE_PPS, Map.of());
        }

        public Setup withOverride(String parameterId, long value) {
            Map<String, Long> m = new TreeMap<>(overrides);
            m.put(parameterId, value);
            return new Setup(target, kind, runs, guests, totalRatePps, m, switchedOff);
        }

        public Setup withGuests(int n) {
            return new Setup(target, kind, runs, n, totalRatePps, overrides, switchedOff);
        }

        public Setup withRate(long pps) {
            return new Setup(target, kind, runs, guests, pps, overrides, switchedOff);
        }

        public Setup withRuns(int n) {
            return new Setup(target, kind, n, guests, totalRatePps, overrides, switchedOff);
        }

        /** The setup with {@code m} on (as each design defines it) or off in every design that has it. */
        public Setup withMechanism(Mechanism m, boolean on) {
            EnumSet<Mechanism> off = switchedOff.isEmpty() ? EnumSet.noneOf(Mechanism.class) : EnumSet.copyOf(switchedOff);
            if (on) {
                off.remove(m);
            } else {
                off.add(m);
            }
            return new Setup(target, kind, runs, guests, totalRatePps, overrides, off);
        }

        /** The design {@code strategy} with this setup's overrides and switches. */
        public Strategy strategy(String strategy) {
            Strategy s = StrategyCatalog.load(strategy);
            for (Mechanism m : switchedOff) {
                if (s.has(m)) {
                    s = s.with(m, false);
                }
            }
            for (var e : overrides.entrySet()) {
                Parameter p = Parameter.byId(e.getKey())
                        .orElseThrow(() -> new IllegalArgumentException("unknown parameter '" + e.getKey() + "'"));
                s = s.with(p, e.getValue());
            }
            return s;
        }

        /** Whether some switch changes the design {@code strategy} (it has a mechanism switched off here). */
        boolean switches(String strategy) {
            Strategy s = StrategyCatalog.load(strategy);
            return switchedOff.stream().anyMatch(s::has);
        }
    }

    /**
     * One strategy's figures; means are null when no run gave them. {@code monitoringCpuUsPerS}: the CPU
     * that fault detection cost (pings, timestamps, poll timers, ring checks), in microseconds per
     * virtual second of the run, mean over every run.
     */
    public record Row(String strategy, String title, int runs, int detectedRuns, int completedRuns,
            Double detectionMs, Double recoveryS, Double downtimeS, Double lostPackets,
            Optional<PaperFigures.Row> paper, double monitoringCpuUsPerS) {
        public boolean completed() {
            return completedRuns == runs;
        }
    }

    /** Every strategy's row, and the first seed's throughput over time per strategy. */
    public record Result(Setup setup, long faultAtUs, List<Row> rows, Map<String, List<Long>> throughput, long bucketUs) {
        public Result {
            rows = List.copyOf(rows);
            throughput = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(throughput));
        }
    }

    private Comparison() {
    }

    /** The scenario of one run. */
    public static Scenario scenario(Setup setup, String strategy, long seed) {
        Scenario s = Scenario.paperWorkload(strategy, seed, NicFaultExperiment.FAULT_AT_US + NicFaultExperiment.HORIZON_AFTER_FAULT_US)
                .withGuests(setup.guests()).withRate(setup.totalRatePps() / setup.guests())
                .withFaults(List.of(new ScriptedFault(NicFaultExperiment.FAULT_AT_US, setup.target(), setup.kind())));
        for (var e : setup.overrides().entrySet()) {
            s = s.withOverride(e.getKey(), e.getValue());
        }
        return s;
    }

    /**
     * Empty when the setup's inputs make sense under every strategy of {@code strategies}; otherwise the
     * first range or relation it breaks, in words ({@link ParameterCheck}), for a slider or a usage error.
     */
    public static Optional<String> problem(Setup setup, List<String> strategies) {
        return problemPhrase(setup, strategies).map(org.phoenixlab.engine.trace.Phrase::english);
    }

    /** {@link #problem} as a phrase. */
    public static Optional<org.phoenixlab.engine.trace.Phrase> problemPhrase(Setup setup, List<String> strategies) {
        for (String name : strategies) {
            Strategy s;
            try {
                s = StrategyCatalog.load(name).withOverrides(setup.overrides());
            } catch (IllegalArgumentException e) {
                return Optional.of(org.phoenixlab.engine.trace.Phrase.text(e.getMessage()));
            }
            List<ParameterCheck.Problem> ps = ParameterCheck.problems(s);
            if (!ps.isEmpty()) {
                return Optional.of(org.phoenixlab.engine.trace.Phrase.of("check.under", "{0} {1} (under {2})",
                        new org.phoenixlab.engine.trace.Phrase.Name(ps.get(0).parameter().scenarioName()),
                        new org.phoenixlab.engine.trace.Phrase.Nested(ps.get(0).phrase()),
                        new org.phoenixlab.engine.trace.Phrase.Word("strategy." + name, name)));
            }
        }
        return Optional.empty();
    }

    /** Runs until every fault's figures are final (checked each virtual second) or the scenario ends. */
    public static Simulation runToCompletion(Scenario scenario) {
        return runToCompletion(scenario, () -> false);
    }

    /**
     * As {@link #runToCompletion(Scenario)}, checking {@code cancelled} each virtual second. A run stops
     * as soon as {@link Simulation#figuresFinal()}: the fault repaired, or never to be detected in
     * this design (vanilla Xen's runs stop at the fault instead of running 150 s to say "never").
     */
    public static Simulation runToCompletion(Scenario scenario, BooleanSupplier cancelled) {
        return runToCompletion(new Simulation(scenario), cancelled);
    }

    /** As {@link #runToCompletion(Scenario, BooleanSupplier)}, for a simulation built by the caller. */
    public static Simulation runToCompletion(Simulation sim, BooleanSupplier cancelled) {
        Scenario scenario = sim.scenario();
        long step = 1_000_000;
        long t = 0;
        while (t < scenario.durationUs()) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("the run was cancelled");
            }
            t = Math.min(scenario.durationUs(), t + step);
            sim.runUntil(t);
            if (sim.figuresFinal()) {
                break;
            }
        }
        return sim;
    }

    /**
     * One run's outcome: the fault's figures, what monitoring cost per virtual second up to the moment
     * the figures were final, and the throughput series when this run draws the chart.
     */
    record RunResult(String strategy, int seed, FaultMetrics metrics, double monitoringUsPerS, List<Long> throughput) {
    }

    /**
     * What one run depends on: the fault, the topology and workload, the seed, only those overrides
     * the strategy has a parameter for, and only those switches that turn off a mechanism it has. An override of a parameter the strategy does not define can
     * never reach its run ({@link org.phoenixlab.engine.strategy.Strategy#get} refuses to read a
     * parameter the strategy lacks), so a what-if that moves the heartbeat period leaves the runs of
     * Xoar, TFD-Xen and vanilla Xen as they were.
     */
    private record RunKey(String strategy, int seed, String target, FaultKind kind, int guests, long totalRatePps,
                          Map<String, Long> overrides, Set<Mechanism> switchedOff, boolean chart) {
    }

    /** Results of recent runs (the engine is deterministic: same key, same result), least recently used first out. */
    private static final Map<RunKey, RunResult> RECENT = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<RunKey, RunResult> eldest) {
            return size() > 2_000;
        }
    };
    private static final Map<String, java.util.Set<String>> DEFINED = new TreeMap<>();

    private static RunKey key(Setup setup, String strategy, int seed, boolean chart) {
        java.util.Set<String> defined;
        synchronized (DEFINED) {
            defined = DEFINED.computeIfAbsent(strategy, n -> {
                java.util.Set<String> ids = new java.util.TreeSet<>();
                StrategyCatalog.load(n).values().keySet().forEach(p -> ids.add(p.id()));
                return ids;
            });
        }
        Map<String, Long> relevant = new TreeMap<>();
        for (var e : setup.overrides().entrySet()) {
            if (defined.contains(e.getKey())) {
                relevant.put(e.getKey(), e.getValue());
            }
        }
        Strategy design = StrategyCatalog.load(strategy);
        Set<Mechanism> off = EnumSet.noneOf(Mechanism.class);
        setup.switchedOff().stream().filter(design::has).forEach(off::add);
        return new RunKey(strategy, seed, setup.target(), setup.kind(), setup.guests(), setup.totalRatePps(), relevant, off, chart);
    }

    /** The run of one strategy and seed, as a task for the pool; {@code chart}: also the throughput series. */
    static Function<BooleanSupplier, RunResult> task(Setup setup, String strategy, int seed, boolean chart) {
        RunKey key = key(setup, strategy, seed, chart);
        return stop -> {
            synchronized (RECENT) {
                RunResult known = RECENT.get(key);
                if (known != null) {
                    return known;
                }
            }
            RunResult r = run(setup, strategy, seed, chart, stop);
            synchronized (RECENT) {
                RECENT.put(key, r);
            }
            return r;
        };
    }

    private static RunResult run(Setup setup, String strategy, int seed, boolean chart, BooleanSupplier stop) {
        Scenario scenario = scenario(setup, strategy, seed);
        {
            // Without a switch, the scenario's overrides make the design exactly as `experiment compare` runs it.
            Simulation sim = runToCompletion(setup.switches(strategy)
                    ? new Simulation(scenario, setup.strategy(strategy)) : new Simulation(scenario), stop);
            FaultMetrics m = sim.faults().get(0);
            double monitoring = sim.nowUs() == 0 ? 0 : sim.monitoring().totalUs() / (sim.nowUs() / 1e6);
            List<Long> series = null;
            if (chart) {
                // The figures are taken; the first seed runs on a little so that its throughput
                // shows the steady state after the repair, not a line that stops at it.
                sim.runUntil(Math.min(sim.scenario().durationUs(), Math.max(sim.nowUs(), THROUGHPUT_SPAN_US)));
                series = sim.throughput();
            }
            return new RunResult(strategy, seed, m, monitoring, series == null ? null : List.copyOf(series));
        }
    }

    /** Forgets the runs remembered so far (for measurements of the cold cost). */
    public static void forgetRuns() {
        synchronized (RECENT) {
            RECENT.clear();
        }
    }

    /** Hears how many of a batch's runs are in (on a worker thread). */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(int done, int total);
    }

    /** Hears of a comparison's results as they arrive (on a worker thread: a window hands them to its own). */
    public interface Listener {
        /** {@code done} of {@code total} runs are in. */
        default void progress(int done, int total) {
        }

        /** Every seed of one strategy is in: its row is final (rows come in any order). */
        default void row(Row row) {
        }
    }

    /** A comparison under way on the {@link RunPool}. */
    public static final class Request {
        private final RunPool.Batch<RunResult> batch;
        private final CompletableFuture<Result> result;

        private Request(RunPool.Batch<RunResult> batch, CompletableFuture<Result> result) {
            this.batch = batch;
            this.result = result;
        }

        /** Completes with every row once all runs are in; exceptionally when cancelled. */
        public CompletableFuture<Result> result() {
            return result;
        }

        /** Stops its runs (queued ones never start, running ones stop within a virtual second). */
        public void cancel() {
            batch.cancel();
            result.cancel(false);
        }

        public boolean isCancelled() {
            return batch.isCancelled();
        }

        /** Waits for the result, stopping the runs if {@code cancelled} turns true meanwhile. */
        public Result await(BooleanSupplier cancelled) {
            batch.await(cancelled);
            return result.join();
        }
    }

    /**
     * One comparison at a time, for a window whose inputs move (a what-if slider): each submission
     * cancels the runs of the one before, so that the cores work for the newest value only.
     */
    public static final class Lane {
        private Request current;

        public synchronized Request submit(Setup setup, List<String> strategies, Listener listener) {
            if (current != null) {
                current.cancel();
            }
            current = start(setup, strategies, listener);
            return current;
        }

        /** Cancels whatever runs. */
        public synchronized void cancel() {
            if (current != null) {
                current.cancel();
                current = null;
            }
        }
    }

    /** Starts every strategy's runs on the shared pool, all seeds side by side. */
    public static Request start(Setup setup, List<String> strategies, Listener listener) {
        List<Function<BooleanSupplier, RunResult>> tasks = new ArrayList<>();
        for (String strategy : strategies) {
            for (int seed = 1; seed <= setup.runs(); seed++) {
                tasks.add(task(setup, strategy, seed, seed == 1));
            }
        }
        int total = tasks.size();
        AtomicInteger done = new AtomicInteger();
        AtomicIntegerArray left = new AtomicIntegerArray(strategies.size());
        for (int i = 0; i < strategies.size(); i++) {
            left.set(i, setup.runs());
        }
        RunResult[] byIndex = new RunResult[total];
        Object lock = new Object();
        RunPool.Batch<RunResult> batch = RunPool.shared().start(tasks, (index, r) -> {
            synchronized (lock) { // one call at a time, progress always rising
                byIndex[index] = r;
                int strategy = index / setup.runs();
                if (left.decrementAndGet(strategy) == 0) {
                    List<RunResult> ms = new ArrayList<>();
                    for (int k = strategy * setup.runs(); k < (strategy + 1) * setup.runs(); k++) {
                        ms.add(byIndex[k]);
                    }
                    listener.row(row(strategies.get(strategy), setup, ms));
                }
                listener.progress(done.incrementAndGet(), total);
            }
        });
        CompletableFuture<Result> result = batch.results().thenApply(all -> assemble(setup, strategies, all));
        return new Request(batch, result);
    }

    /** Every strategy, in {@link StrategyCatalog#NAMES} order. */
    public static Result run(Setup setup, BooleanSupplier cancelled, DoubleConsumer progress) {
        return run(setup, StrategyCatalog.NAMES, cancelled, progress);
    }

    /** Runs the comparison on the pool and waits for it; {@code progress} is told from the workers. */
    public static Result run(Setup setup, List<String> strategies, BooleanSupplier cancelled, DoubleConsumer progress) {
        Request r = start(setup, strategies, new Listener() {
            @Override
            public void progress(int done, int total) {
                progress.accept(done / (double) total);
            }
        });
        return r.await(cancelled);
    }

    /** The rows in strategy order, each over its seeds in seed order (the order of the sums never varies). */
    private static Result assemble(Setup setup, List<String> strategies, List<RunResult> all) {
        List<Row> rows = new ArrayList<>();
        Map<String, List<Long>> throughput = new LinkedHashMap<>();
        int k = 0;
        for (String strategy : strategies) {
            List<RunResult> ms = new ArrayList<>();
            for (int seed = 1; seed <= setup.runs(); seed++) {
                RunResult r = all.get(k++);
                ms.add(r);
                if (r.throughput() != null) {
                    throughput.put(strategy, r.throughput());
                }
            }
            rows.add(row(strategy, setup, ms));
        }
        return new Result(setup, NicFaultExperiment.FAULT_AT_US, rows, throughput, Simulation.throughputBucketUs());
    }

    static Row row(String strategy, Setup setup, List<RunResult> seeds) {
        Aggregate a = new Aggregate();
        for (RunResult r : seeds) {
            a.add(r);
        }
        return a.row(strategy, setup);
    }

    /** The row of the faults' figures alone, runs whose monitoring cost is not known (counted as 0). */
    static Row rowOfFigures(String strategy, Setup setup, List<FaultMetrics> seeds) {
        List<RunResult> runs = new ArrayList<>();
        for (FaultMetrics m : seeds) {
            runs.add(new RunResult(strategy, 0, m, 0, null));
        }
        return row(strategy, setup, runs);
    }

    /** Sums over the seeds of one strategy. */
    static final class Aggregate {
        private int runs;
        private int detected;
        private int completed;
        private double detectionMs;
        private double recoveryS;
        private double downtimeS;
        private double lost;
        private double monitoringUsPerS;

        void add(RunResult r) {
            FaultMetrics m = r.metrics();
            runs++;
            monitoringUsPerS += r.monitoringUsPerS();
            if (m.detected()) {
                detected++;
                detectionMs += m.detectionUs().getAsLong() / 1000.0;
            }
            if (m.completed()) {
                completed++;
                recoveryS += m.recoveryUs().getAsLong() / 1e6;
                downtimeS += m.downtimeUs().orElse(0) / 1e6;
                lost += m.lostPackets();
            }
        }

        Row row(String strategy, Setup setup) {
            boolean paperExperiment = setup.target().equals(ComponentIds.NIC_DRIVER) && setup.kind() == FaultKind.CRASH
                    && setup.guests() == 3 && setup.totalRatePps() == Scenario.PAPER_LINE_RATE_PPS && setup.overrides().isEmpty()
                    && setup.switchedOff().isEmpty();
            return new Row(strategy, StrategyCatalog.load(strategy).title(), runs, detected, completed,
                    detected == 0 ? null : detectionMs / detected,
                    completed == 0 ? null : recoveryS / completed,
                    completed == 0 ? null : downtimeS / completed,
                    completed == 0 ? null : lost / completed,
                    paperExperiment ? PaperFigures.nicDriverCrash(strategy) : Optional.empty(),
                    monitoringUsPerS / runs);
        }
    }
}
