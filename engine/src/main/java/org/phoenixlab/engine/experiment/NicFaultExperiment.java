package org.phoenixlab.engine.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedFault;
import org.phoenixlab.engine.sim.FaultMetrics;
import org.phoenixlab.engine.sim.Simulation;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/**
 * Table 2 of the paper, rebuilt: a NIC-driver crash during the network benchmark, under each
 * strategy, over many seeds (each seed moves the fault's phase against every probe's timer), so
 * that the figures are means of what the mechanisms produce rather than one lucky phase.
 */
public final class NicFaultExperiment {
    /** The crash strikes once the benchmark is in steady state. */
    public static final long FAULT_AT_US = 2_000_000;
    /** A run that has not recovered this long after the fault is reported as not completing. */
    public static final long HORIZON_AFTER_FAULT_US = 150_000_000;
    public static final int DEFAULT_RUNS = 500;

    private NicFaultExperiment() {
    }

    /** The scenario of one run. */
    public static Scenario scenario(String strategy, long seed) {
        return Scenario.paperWorkload(strategy, seed, FAULT_AT_US + HORIZON_AFTER_FAULT_US)
                .withFaults(List.of(new ScriptedFault(FAULT_AT_US, ComponentIds.NIC_DRIVER, FaultKind.CRASH)));
    }

    /** Runs one scenario until its faults are over (or the horizon) and returns their figures. */
    public static FaultMetrics runOnce(Scenario scenario) {
        return Comparison.runToCompletion(scenario).faults().get(0);
    }

    /** Every strategy, all runs side by side on the {@link RunPool}; {@code progress}: strategies done so far. */
    public static List<NicFaultRow> run(int runs, IntConsumer progress) {
        List<Function<BooleanSupplier, FaultMetrics>> tasks = new ArrayList<>();
        for (String s : StrategyCatalog.NAMES) {
            for (int seed = 1; seed <= runs; seed++) {
                Scenario scenario = scenario(s, seed);
                tasks.add(stop -> Comparison.runToCompletion(scenario, stop).faults().get(0));
            }
        }
        AtomicIntegerArray left = new AtomicIntegerArray(StrategyCatalog.NAMES.size());
        for (int i = 0; i < left.length(); i++) {
            left.set(i, runs);
        }
        AtomicInteger strategiesDone = new AtomicInteger();
        List<FaultMetrics> all = RunPool.shared().start(tasks, (i, m) -> {
            if (left.decrementAndGet(i / runs) == 0) {
                progress.accept(strategiesDone.incrementAndGet());
            }
        }).await(() -> false);
        List<NicFaultRow> rows = new ArrayList<>();
        for (int k = 0; k < StrategyCatalog.NAMES.size(); k++) {
            rows.add(row(StrategyCatalog.NAMES.get(k), all.subList(k * runs, (k + 1) * runs)));
        }
        return rows;
    }

    /** Seeds 1..runs for one strategy. */
    public static NicFaultRow row(String strategy, int runs) {
        List<FaultMetrics> seeds = new ArrayList<>();
        for (int seed = 1; seed <= runs; seed++) {
            seeds.add(runOnce(scenario(strategy, seed)));
        }
        return row(strategy, seeds);
    }

    /** The row of one strategy from its runs' figures, taken in seed order. */
    static NicFaultRow row(String strategy, List<FaultMetrics> seeds) {
        int runs = seeds.size();
        int completed = 0;
        double det = 0;
        double detMin = Double.MAX_VALUE;
        double detMax = 0;
        double rec = 0;
        double lost = 0;
        double peak = 0;
        int detected = 0;
        for (FaultMetrics m : seeds) {
            if (m.detected()) {
                double d = m.detectionUs().getAsLong() / 1000.0;
                det += d;
                detMin = Math.min(detMin, d);
                detMax = Math.max(detMax, d);
                detected++;
            }
            if (m.completed()) {
                completed++;
                rec += m.recoveryUs().getAsLong() / 1e6;
                lost += m.lostPackets();
                peak += m.peakBuffered();
            }
        }
        String title = StrategyCatalog.load(strategy).title();
        return new NicFaultRow(strategy, title, runs, completed,
                detected == 0 ? null : det / detected,
                detected == 0 ? null : detMin,
                detected == 0 ? null : detMax,
                completed == 0 ? null : rec / completed,
                completed == 0 ? null : lost / completed,
                completed == 0 ? null : peak / completed,
                PaperFigures.nicDriverCrash(strategy));
    }
}
