package org.phoenixlab.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.sim.Simulation;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.strategy.Strategy;
import org.phoenixlab.engine.strategy.StrategyCatalog;

class ComparisonTest {
    @Test
    void theNicDriverCrashComparisonGivesTheFiguresOfExperimentPaper() {
        Comparison.Result r = Comparison.run(Comparison.Setup.nicDriverCrash(3), () -> false, f -> { });
        assertEquals(StrategyCatalog.NAMES, r.rows().stream().map(Comparison.Row::strategy).toList());
        for (Comparison.Row row : r.rows()) {
            NicFaultRow paper = NicFaultExperiment.row(row.strategy(), 3);
            assertEquals(paper.detectionMs(), row.detectionMs(), row.strategy());
            assertEquals(paper.recoveryS(), row.recoveryS(), row.strategy());
            assertEquals(paper.lostPackets(), row.lostPackets(), row.strategy());
            assertEquals(paper.completedRuns(), row.completedRuns(), row.strategy());
            assertEquals(paper.paper(), row.paper(), "the paper's figures sit beside ours");
        }
        assertTrue(r.throughput().get("phoenix-fine").size() > 20, "a throughput series per strategy");
    }

    @Test
    void progressReachesOneAndCancellingStopsTheRuns() {
        List<Double> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        Comparison.run(Comparison.Setup.nicDriverCrash(1), List.of("phoenix-fine", "tfd-xen"), () -> false, seen::add);
        assertEquals(List.of(0.5, 1.0), seen, "progress rises one run at a time, whichever run ends first");
        List<Double> cancelled = new java.util.concurrent.CopyOnWriteArrayList<>();
        assertThrows(CancellationException.class, () -> Comparison.run(Comparison.Setup.nicDriverCrash(4),
                () -> !cancelled.isEmpty(), cancelled::add));
        assertTrue(cancelled.size() < 20, "the cancelled comparison stopped before its 20 runs: " + cancelled.size());
    }

    @Test
    void rowsArriveAsTheyAreReadyAndMatchTheFinalResult() throws Exception {
        List<Comparison.Row> arrived = new java.util.concurrent.CopyOnWriteArrayList<>();
        Comparison.Request r = Comparison.start(Comparison.Setup.nicDriverCrash(2), StrategyCatalog.NAMES, new Comparison.Listener() {
            @Override
            public void row(Comparison.Row row) {
                arrived.add(row);
            }
        });
        Comparison.Result result = r.result().get();
        assertEquals(5, arrived.size());
        for (Comparison.Row row : result.rows()) {
            assertTrue(arrived.contains(row), "row of " + row.strategy() + " was reported as it arrived");
        }
    }

    @Test
    void aNewerSubmissionCancelsTheOlderOne() throws Exception {
        Comparison.Lane lane = new Comparison.Lane();
        java.util.concurrent.atomic.AtomicInteger olderRuns = new java.util.concurrent.atomic.AtomicInteger();
        Comparison.Request older = lane.submit(Comparison.Setup.nicDriverCrash(6), StrategyCatalog.NAMES, new Comparison.Listener() {
            @Override
            public void progress(int done, int total) {
                olderRuns.set(done);
            }
        });
        Comparison.Request newer = lane.submit(Comparison.Setup.nicDriverCrash(1).withOverride(
                Parameter.DRIVER_TIMEOUT_US.id(), 40_000), List.of("phoenix-fine"), new Comparison.Listener() { });
        Comparison.Result now = newer.result().get();
        assertTrue(older.isCancelled());
        assertTrue(older.result().isCompletedExceptionally(), "the older request ends without figures");
        assertTrue(olderRuns.get() < 30, "the older request's runs stopped: " + olderRuns.get() + " of 30 ran");
        assertEquals(40.0, now.rows().get(0).detectionMs(), 1.0, "the newer value's figures");
    }

    @Test
    void otherFaultsHaveNoPaperFigure() {
        var setup = new Comparison.Setup("net_uk/netback", FaultKind.HANG, 1, 3, 81_274, java.util.Map.of());
        Comparison.Result r = Comparison.run(setup, List.of("phoenix-fine"), () -> false, f -> { });
        assertTrue(r.rows().get(0).paper().isEmpty());
        assertTrue(r.rows().get(0).detectionMs() != null);
    }

    @Test
    void aLongerHeartbeatPeriodDetectsLaterUnderCoarsePhoenix() {
        List<Sweep.Point> points = Sweep.run(Sweep.Knob.HEARTBEAT_PERIOD, 20_000, 100_000, 3, Comparison.Setup.nicDriverCrash(3),
                List.of("phoenix-coarse"), () -> false, f -> { });
        assertEquals(List.of(20_000L, 60_000L, 100_000L), points.stream().map(Sweep.Point::value).toList());
        double first = points.get(0).rows().get(0).detectionMs();
        double last = points.get(2).rows().get(0).detectionMs();
        assertTrue(last > first * 2, first + " ms then " + last + " ms");
        assertEquals(Parameter.HEARTBEAT_PERIOD_US.id(), "heartbeatPeriodUs");
    }

    @Test
    void sweepValuesAreEvenlySpacedAndOutOfRangeValuesAreRefused() {
        assertEquals(List.of(1L, 3L, 5L), Sweep.values(1, 5, 3));
        assertEquals(List.of(7L), Sweep.values(7, 9, 1));
        assertThrows(IllegalArgumentException.class, () -> Sweep.run(Sweep.Knob.GUESTS, 1, 65, 2,
                Comparison.Setup.nicDriverCrash(1), List.of("phoenix-fine"), () -> false, f -> { }));
    }
    @Test
    void aSwitchedOffMechanismChangesOnlyTheDesignsThatHaveItAsAnExplicitStrategyRunWould() {
        Comparison.Setup busy = Comparison.Setup.nicDriverCrash(2).withOverride(Parameter.PHYSICAL_CPUS.id(), 1);
        Comparison.Setup unmarked = busy.withMechanism(Mechanism.SCHEDULER_MARKING, false);
        assertEquals(java.util.Set.of(Mechanism.SCHEDULER_MARKING), unmarked.switchedOff());
        assertEquals(busy, unmarked.withMechanism(Mechanism.SCHEDULER_MARKING, true), "switched on again: the setup before");
        Comparison.Result marked = Comparison.run(busy, () -> false, f -> { });
        Comparison.Result off = Comparison.run(unmarked, () -> false, f -> { });
        for (int i = 0; i < marked.rows().size(); i++) {
            String s = marked.rows().get(i).strategy();
            if (!StrategyCatalog.load(s).has(Mechanism.SCHEDULER_MARKING)) {
                assertEquals(marked.rows().get(i), off.rows().get(i), s + " has no marking to switch off");
            }
        }
        // What the switch does is what the engine does with the strategy built by hand.
        for (int seed = 1; seed <= 2; seed++) {
            Strategy byHand = StrategyCatalog.load("phoenix-fine").with(Parameter.PHYSICAL_CPUS, 1).with(Mechanism.SCHEDULER_MARKING, false);
            assertEquals(byHand, unmarked.strategy("phoenix-fine"));
            Simulation sim = Comparison.runToCompletion(new Simulation(Comparison.scenario(unmarked, "phoenix-fine", seed), byHand), () -> false);
            assertTrue(sim.faults().get(0).detected());
        }
        double markedMs = marked.rows().get(0).detectionMs();
        double offMs = off.rows().get(0).detectionMs();
        assertTrue(offMs > 3 * markedMs, "one CPU, no marking: fine-grained Phoenix's heartbeats wait for the CPU: "
                + markedMs + " ms then " + offMs + " ms");
        assertTrue(off.rows().get(0).paper().isEmpty(), "not the paper's experiment any more");
    }

    @Test
    void monitoringCpuIsCountedPerRunAndImplicitHeartbeatsLowerIt() {
        Comparison.Setup base = Comparison.Setup.nicDriverCrash(2);
        Comparison.Result on = Comparison.run(base, List.of("phoenix-coarse", "xoar"), () -> false, f -> { });
        Comparison.Result off = Comparison.run(base.withMechanism(Mechanism.IMPLICIT_HEARTBEAT, false), List.of("phoenix-coarse", "xoar"),
                () -> false, f -> { });
        assertTrue(on.rows().get(0).monitoringCpuUsPerS() > 0);
        assertTrue(off.rows().get(0).monitoringCpuUsPerS() > on.rows().get(0).monitoringCpuUsPerS(),
                on.rows().get(0).monitoringCpuUsPerS() + " then " + off.rows().get(0).monitoringCpuUsPerS());
        assertEquals(0.0, on.rows().get(1).monitoringCpuUsPerS(), "Xoar detects nothing by heartbeats: no monitoring CPU");
        Simulation sim = Comparison.runToCompletion(Comparison.scenario(base, "phoenix-coarse", 1));
        Simulation sim2 = Comparison.runToCompletion(Comparison.scenario(base, "phoenix-coarse", 2));
        double mean = (sim.monitoring().totalUs() / (sim.nowUs() / 1e6) + sim2.monitoring().totalUs() / (sim2.nowUs() / 1e6)) / 2;
        assertEquals(mean, on.rows().get(0).monitoringCpuUsPerS(), 1e-9, "the mean over the runs of CPU per virtual second");
    }

    @Test
    void thePhysicalCpusAreAKnobOfTheirOwnWithTheParametersLimits() {
        Sweep.Knob k = Sweep.Knob.byId("physical-cpus").orElseThrow();
        assertEquals(Sweep.Knob.PHYSICAL_CPUS, k);
        assertTrue(!k.isDuration());
        assertEquals(Parameter.PHYSICAL_CPUS.min(), k.min());
        assertEquals(Parameter.PHYSICAL_CPUS.max(), k.max());
        assertEquals(1L, k.apply(Comparison.Setup.nicDriverCrash(1), 1).overrides().get("physicalCpus"));
        assertThrows(IllegalArgumentException.class, () -> k.apply(Comparison.Setup.nicDriverCrash(1), 0));
    }

    @Test
    void throughputOnThePoolIsThatOfOneRunAfterTheOther() {
        List<FidelityExperiments.ThroughputRow> pooled = FidelityExperiments.throughput(1);
        for (FidelityExperiments.ThroughputRow row : pooled) {
            Simulation ok = new Simulation(org.phoenixlab.engine.scenario.Scenario.paperWorkload(row.strategy(), 1, FidelityExperiments.BENCHMARK_US));
            ok.run();
            assertEquals(ok.snapshot().traffic().delivered() / (FidelityExperiments.BENCHMARK_US / 1e6), row.faultFreePps(), row.strategy());
            assertEquals(ok.packetRoundTripUs(), row.meanLatencyUs(), row.strategy());
        }
        assertThrows(CancellationException.class, () -> FidelityExperiments.throughput(2, () -> true, (d, t) -> { }));
    }
}
