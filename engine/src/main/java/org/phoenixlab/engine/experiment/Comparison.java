package org.phoenixlab.engine.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedFault;
import org.phoenixlab.engine.sim.FaultMetrics;
import org.phoenixlab.engine.sim.Simulation;
import org.phoenixlab.engine.strategy.ParameterCheck;
import org.phoenixlab.engine.strategy.Strategy;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/**
 * One fault, every strategy, the same seeds: the paper's comparison rebuilt for any fault of the
 * engine. Each run is the paper's benchmark (line rate shared by the guests) with the fault 2 s in,
 * run until every fault is over or 150 s have passed. Figures are means over the seeds (detection
 * over the runs that detected it; recovery and losses over the runs that completed), beside the
 * paper's where it has one. No threads here: the caller runs it where it likes, and may cancel
 * between runs and follow the progress.
 */
public final class Comparison {
    /** How much of the first seed's run the throughput series covers (at least). */
    public static final long THROUGHPUT_SPAN_US = 20_000_000;

    /** What is compared: a fault, how many seeds, and the inputs a what-if may change. */
    public record Setup(String target, FaultKind kind, int runs, int guests, long totalRatePps,
            Map<String, Long> overrides) {
        public Setup {
            if (runs < 1) {
                throw new IllegalArgumentException("at least one run is needed");
            }
            if (guests < 1 || guests > 64) {
                throw new IllegalArgumentException("the topology has 1 to 64 guests, not " + guests);
            }
            overrides = java.util.Collections.unmodifiableMap(new TreeMap<>(overrides));
        }

        /** The paper's experiment: a NIC-driver crash, three guests at line rate. */
        public static Setup nicDriverCrash(int runs) {
            return new Setup(ComponentIds.NIC_DRIVER, FaultKind.CRASH, runs, 3, Scenario.PAPER_LINE_RATE_PPS, Map.of());
        }

        public Setup withOverride(String parameterId, long value) {
            Map<String, Long> m = new TreeMap<>(overrides);
            m.put(parameterId, value);
            return new Setup(target, kind, runs, guests, totalRatePps, m);
        }

        public Setup withGuests(int n) {
            return new Setup(target, kind, runs, n, totalRatePps, overrides);
        }

        public Setup withRate(long pps) {
            return new Setup(target, kind, runs, guests, pps, overrides);
        }

        public Setup withRuns(int n) {
            return new Setup(target, kind, n, guests, totalRatePps, overrides);
        }
    }

    /** One strategy's figures; means are null when no run gave them. */
    public record Row(String strategy, String title, int runs, int detectedRuns, int completedRuns,
            Double detectionMs, Double recoveryS, Double downtimeS, Double lostPackets,
            Optional<PaperFigures.Row> paper) {
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
        for (String name : strategies) {
            Strategy s;
            try {
                s = StrategyCatalog.load(name).withOverrides(setup.overrides());
            } catch (IllegalArgumentException e) {
                return Optional.of(e.getMessage());
            }
            List<ParameterCheck.Problem> ps = ParameterCheck.problems(s);
            if (!ps.isEmpty()) {
                return Optional.of(ps.get(0).parameter().scenarioName() + " " + ps.get(0).message() + " (under " + name + ")");
            }
        }
        return Optional.empty();
    }

    /** Runs until every fault is over (checked each virtual second) or the scenario ends. */
    public static Simulation runToCompletion(Scenario scenario) {
        Simulation sim = new Simulation(scenario);
        long step = 1_000_000;
        long t = 0;
        while (t < scenario.durationUs()) {
            t = Math.min(scenario.durationUs(), t + step);
            sim.runUntil(t);
            List<FaultMetrics> f = sim.faults();
            if (!f.isEmpty() && f.stream().allMatch(FaultMetrics::completed)) {
                break;
            }
        }
        return sim;
    }

    /** Every strategy, in {@link StrategyCatalog#NAMES} order. */
    public static Result run(Setup setup, BooleanSupplier cancelled, DoubleConsumer progress) {
        return run(setup, StrategyCatalog.NAMES, cancelled, progress);
    }

    public static Result run(Setup setup, List<String> strategies, BooleanSupplier cancelled, DoubleConsumer progress) {
        List<Row> rows = new ArrayList<>();
        Map<String, List<Long>> throughput = new LinkedHashMap<>();
        int total = strategies.size() * setup.runs();
        int done = 0;
        for (String strategy : strategies) {
            Aggregate a = new Aggregate();
            for (int seed = 1; seed <= setup.runs(); seed++) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("the comparison was cancelled");
                }
                Simulation sim = runToCompletion(scenario(setup, strategy, seed));
                a.add(sim.faults().get(0));
                if (seed == 1) {
                    // The figures are taken; the first seed runs on a little so that its throughput
                    // shows the steady state after the repair, not a line that stops at it.
                    sim.runUntil(Math.min(sim.scenario().durationUs(), Math.max(sim.nowUs(), THROUGHPUT_SPAN_US)));
                    throughput.put(strategy, sim.throughput());
                }
                progress.accept(++done / (double) total);
            }
            rows.add(a.row(strategy, setup));
        }
        return new Result(setup, NicFaultExperiment.FAULT_AT_US, rows, throughput, Simulation.throughputBucketUs());
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

        void add(FaultMetrics m) {
            runs++;
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
                    && setup.guests() == 3 && setup.totalRatePps() == Scenario.PAPER_LINE_RATE_PPS && setup.overrides().isEmpty();
            return new Row(strategy, StrategyCatalog.load(strategy).title(), runs, detected, completed,
                    detected == 0 ? null : detectionMs / detected,
                    completed == 0 ? null : recoveryS / completed,
                    completed == 0 ? null : downtimeS / completed,
                    completed == 0 ? null : lost / completed,
                    paperExperiment ? PaperFigures.nicDriverCrash(strategy) : Optional.empty());
        }
    }
}
