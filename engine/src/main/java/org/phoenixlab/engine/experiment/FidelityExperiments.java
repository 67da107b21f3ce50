package org.phoenixlab.engine.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedFault;
import org.phoenixlab.engine.scenario.ScriptedOperation;
import org.phoenixlab.engine.sim.FaultMetrics;
import org.phoenixlab.engine.sim.MonitoringView;
import org.phoenixlab.engine.sim.Simulation;
import org.phoenixlab.engine.sim.VmOperationView;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.strategy.Strategy;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/**
 * The paper's claims beyond Table 2, each measured on runs of the engine (none is an input): VM
 * creation without a fault (replication's price, request by request), what monitoring costs with
 * and without implicit heartbeats, what the scheduler marking changes, and throughput without and
 * with the NIC fault. Means over seeds 1..runs.
 */
public final class FidelityExperiments {
    private static final long S = 1_000_000;
    /** The fault-free benchmark behind the monitoring and throughput figures. */
    public static final long BENCHMARK_US = 60 * S;
    /**
     * The benchmark with the NIC fault (at 2 s): long enough that even Xoar's latest timed restart (its
     * period is 104 s) and its reboot fall inside it, so every design that recovers does so in the window.
     */
    public static final long FAULT_BENCHMARK_US = 120 * S;
    /** The scheduler experiment's busy host: one physical CPU under the guests' busy vCPUs. */
    public static final long BUSY_HOST_CPUS = 1;
    private static final long SCHEDULER_RUN_US = 20 * S;

    private FidelityExperiments() {
    }

    /** Creating guest/3 without any fault. */
    public record CreationRow(String strategy, int runs, int completed, Double creationS, double xenstoreRequests,
                              Double slowdownVsVanilla) {
    }

    /** What fault detection costs over the fault-free benchmark, per 60 s. */
    public record HeartbeatCpuRow(String strategy, boolean implicitHeartbeats, int runs, double monitoringCpuUs,
                                  double explicitPings, double implicitBeats, MonitoringView example) {
    }

    /** The NIC-driver crash on a host of {@code physicalCpus}, with or without Phoenix's marking. */
    public record SchedulerRow(String strategy, long physicalCpus, boolean unikernelsMarked, int runs, int detectedRuns,
                               Double detectionMs, long falseAlarms) {
    }

    /** Throughput fault-free and over the benchmark with the NIC fault, and the fault-free round trip. */
    public record ThroughputRow(String strategy, int runs, double faultFreePps, double withFaultMeanPps,
                                double meanLatencyUs) {
    }

    public static List<CreationRow> vmCreationWithoutFault(int runs) {
        List<CreationRow> rows = new ArrayList<>();
        Double vanilla = null;
        for (String s : vanillaFirst()) {
            int completed = 0;
            double dur = 0;
            double requests = 0;
            for (int seed = 1; seed <= runs; seed++) {
                Simulation sim = new Simulation(Scenario.paperWorkload(s, seed, 5 * S)
                        .withOperations(List.of(new ScriptedOperation(S, ScriptedOperation.Kind.CREATE, "guest/3"))));
                sim.run();
                VmOperationView op = sim.snapshot().operations().get(0);
                if (Boolean.TRUE.equals(op.succeeded())) {
                    completed++;
                    dur += (op.endedUs() - op.startedUs()) / 1e6;
                }
                requests += op.xenstoreRequests();
            }
            Double creation = completed == 0 ? null : dur / completed;
            if (s.equals("vanilla")) {
                vanilla = creation;
            }
            rows.add(new CreationRow(s, runs, completed, creation, requests / runs,
                    creation == null || vanilla == null ? null : creation / vanilla));
        }
        return inCatalogOrder(rows, CreationRow::strategy);
    }

    /** Every design; the Phoenix designs twice, with and without implicit heartbeats. */
    public static List<HeartbeatCpuRow> heartbeatCpu(int runs) {
        List<HeartbeatCpuRow> rows = new ArrayList<>();
        for (String s : StrategyCatalog.NAMES) {
            Strategy base = StrategyCatalog.load(s);
            List<Boolean> variants = base.has(Mechanism.IMPLICIT_HEARTBEAT) ? List.of(true, false) : List.of(false);
            for (boolean implicit : variants) {
                Strategy st = base.with(Mechanism.IMPLICIT_HEARTBEAT, implicit);
                double cpu = 0;
                double pings = 0;
                double beats = 0;
                MonitoringView example = null;
                for (int seed = 1; seed <= runs; seed++) {
                    Simulation sim = new Simulation(Scenario.paperWorkload(s, seed, BENCHMARK_US), st);
                    sim.run();
                    MonitoringView m = sim.monitoring();
                    example = seed == 1 ? m : example;
                    cpu += m.totalUs();
                    pings += m.explicitPings();
                    beats += m.implicitBeats();
                }
                double per60s = 60.0 * S / BENCHMARK_US / runs;
                rows.add(new HeartbeatCpuRow(s, implicit, runs, cpu * per60s, pings * per60s, beats * per60s, example));
            }
        }
        return rows;
    }

    /**
     * The NIC-driver crash (a crash in net_uk) 2 s into the benchmark under both Phoenix designs, on the
     * default host and on a busy one, with the unikernels marked or not; false alarms over all runs.
     */
    public static List<SchedulerRow> scheduler(int runs) {
        List<SchedulerRow> rows = new ArrayList<>();
        for (String s : List.of("phoenix-fine", "phoenix-coarse")) {
            Strategy base = StrategyCatalog.load(s);
            for (long cpus : List.of(base.get(Parameter.PHYSICAL_CPUS), BUSY_HOST_CPUS)) {
                for (boolean marked : List.of(true, false)) {
                    Strategy st = base.with(Parameter.PHYSICAL_CPUS, cpus).with(Mechanism.SCHEDULER_MARKING, marked);
                    int detected = 0;
                    double det = 0;
                    long falseAlarms = 0;
                    for (int seed = 1; seed <= runs; seed++) {
                        Simulation sim = new Simulation(Scenario.paperWorkload(s, seed, SCHEDULER_RUN_US).withFaults(List.of(
                                new ScriptedFault(NicFaultExperiment.FAULT_AT_US, ComponentIds.NIC_DRIVER, FaultKind.CRASH))), st);
                        sim.run();
                        FaultMetrics m = sim.faults().get(0);
                        if (m.detected()) {
                            detected++;
                            det += m.detectionUs().getAsLong() / 1e3;
                        }
                        falseAlarms += sim.monitoring().falseAlarms();
                    }
                    rows.add(new SchedulerRow(s, cpus, marked, runs, detected, detected == 0 ? null : det / detected, falseAlarms));
                }
            }
        }
        return rows;
    }

    public static List<ThroughputRow> throughput(int runs) {
        return throughput(runs, () -> false, (done, total) -> { });
    }

    /**
     * As {@link #throughput(int)}, every seed's pair of runs side by side on the {@link RunPool}; the
     * sums are taken in strategy and seed order, so the figures are those of one run after another.
     * {@code cancelled} is checked each virtual second; {@code progress} hears (on a worker) of each pair done.
     */
    public static List<ThroughputRow> throughput(int runs, BooleanSupplier cancelled, Comparison.ProgressListener progress) {
        List<Function<BooleanSupplier, double[]>> tasks = new ArrayList<>();
        for (String s : StrategyCatalog.NAMES) {
            for (int seed = 1; seed <= runs; seed++) {
                long sd = seed;
                tasks.add(stop -> {
                    Simulation ok = new Simulation(Scenario.paperWorkload(s, sd, BENCHMARK_US));
                    runChecked(ok, stop);
                    Simulation f = new Simulation(Scenario.paperWorkload(s, sd, FAULT_BENCHMARK_US).withFaults(List.of(
                            new ScriptedFault(NicFaultExperiment.FAULT_AT_US, ComponentIds.NIC_DRIVER, FaultKind.CRASH))));
                    runChecked(f, stop);
                    return new double[] {ok.snapshot().traffic().delivered() / (BENCHMARK_US / 1e6), ok.packetRoundTripUs(),
                            f.snapshot().traffic().delivered() / (FAULT_BENCHMARK_US / 1e6)};
                });
            }
        }
        int total = tasks.size();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        List<double[]> all = RunPool.shared().start(tasks, (i, r) -> {
            synchronized (done) { // one call at a time, always rising
                progress.progress(done.incrementAndGet(), total);
            }
        }).await(cancelled);
        List<ThroughputRow> rows = new ArrayList<>();
        int k = 0;
        for (String s : StrategyCatalog.NAMES) {
            double free = 0;
            double withFault = 0;
            double latency = 0;
            for (int seed = 1; seed <= runs; seed++) {
                double[] r = all.get(k++);
                free += r[0];
                latency += r[1];
                withFault += r[2];
            }
            rows.add(new ThroughputRow(s, runs, free / runs, withFault / runs, latency / runs));
        }
        return rows;
    }

    /** Runs to the scenario's end a virtual second at a time, stopping if {@code stop} turns true. */
    private static void runChecked(Simulation sim, BooleanSupplier stop) {
        long end = sim.scenario().durationUs();
        for (long t = 0; t < end; ) {
            if (stop.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("the run was cancelled");
            }
            t = Math.min(end, t + S);
            sim.runUntil(t);
        }
    }

    private static List<String> vanillaFirst() {
        List<String> out = new ArrayList<>(List.of("vanilla"));
        StrategyCatalog.NAMES.stream().filter(s -> !s.equals("vanilla")).forEach(out::add);
        return out;
    }

    private static <R> List<R> inCatalogOrder(List<R> rows, java.util.function.Function<R, String> strategy) {
        List<R> out = new ArrayList<>();
        for (String s : StrategyCatalog.NAMES) {
            rows.stream().filter(r -> strategy.apply(r).equals(s)).forEach(out::add);
        }
        return out;
    }
}
