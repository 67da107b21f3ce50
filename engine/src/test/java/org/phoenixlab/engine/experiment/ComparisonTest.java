package org.phoenixlab.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.strategy.Parameter;
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
}
