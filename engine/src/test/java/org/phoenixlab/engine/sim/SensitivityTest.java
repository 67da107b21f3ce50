package org.phoenixlab.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phoenixlab.engine.sim.Runs.meanDetectionMs;
import static org.phoenixlab.engine.sim.Runs.oneFault;
import static org.phoenixlab.engine.sim.Runs.only;
import static org.phoenixlab.engine.sim.Runs.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.scenario.Scenario;

/** The figures move with the inputs the way the mechanisms say they should: nothing is hard-coded. */
class SensitivityTest {
    private static final int SEEDS = 40;

    @Test
    void aLongerHeartbeatPeriodLengthensDetection() {
        Scenario base = oneFault("phoenix-coarse", "net_uk/nic-driver", FaultKind.CRASH, 1);
        double p62 = meanDetectionMs(base, SEEDS);
        double p124 = meanDetectionMs(base.withOverride("heartbeatPeriodUs", 124_000), SEEDS);
        assertTrue(p124 > p62 + 60, "doubling the period adds ~1.5 x 62 ms on average: " + p62 + " -> " + p124);
        // 1.5 P + 5 ms with P = 124 ms is 191 ms; the sample mean lands near it.
        assertEquals(191, p124, 191 * 0.1);
    }

    @Test
    void aLongerDriverTimeoutLengthensDetection() {
        Scenario base = oneFault("phoenix-fine", "net_uk/nic-driver", FaultKind.CRASH, 1);
        double t27 = meanDetectionMs(base, SEEDS);
        double t50 = meanDetectionMs(base.withOverride("driverTimeoutUs", 50_000), SEEDS);
        assertEquals(23, t50 - t27, 1.0, "detection follows the timeout one for one");
    }

    @ParameterizedTest
    @ValueSource(strings = {"phoenix-coarse", "tfd-xen", "xoar"})
    void aHigherPacketRateRaisesLossesWithoutAShadowDriver(String strategy) {
        Scenario base = oneFault(strategy, "net_uk/nic-driver", FaultKind.CRASH, 3).withDuration(130_000_000);
        long low = only(run(base.withRate(2_000))).lostPackets();
        long high = only(run(base.withRate(6_000))).lostPackets();
        assertTrue(high > low, strategy + ": " + low + " -> " + high);
    }

    @Test
    void fineGrainedLosesNothingAtAnyRate() {
        Scenario base = oneFault("phoenix-fine", "net_uk/nic-driver", FaultKind.CRASH, 3);
        for (long rate : new long[] {1_000, 10_000, 26_000}) {
            assertEquals(0, only(run(base.withRate(rate))).lostPackets(), "rate " + rate);
        }
    }

    @Test
    void shadowBufferPeakEqualsThePacketsThatArrivedDuringTheOutage() {
        Scenario s = oneFault("phoenix-fine", "net_uk/nic-driver", FaultKind.CRASH, 5);
        Simulation sim = new Simulation(s);
        sim.runUntil(Runs.FAULT_AT - 1);
        long offeredBefore = sim.snapshot().traffic().offered();
        long deliveredBefore = sim.snapshot().traffic().delivered();
        sim.run();
        FaultMetrics m = only(sim);
        Snapshot end = sim.snapshot();
        // Count what the guests offered from the fault to the restoration by re-running to that instant.
        Simulation upTo = new Simulation(s);
        upTo.runUntil(m.restoredUs() - 1);
        long arrived = upTo.snapshot().traffic().offered() - offeredBefore
                - (upTo.snapshot().traffic().delivered() - deliveredBefore);
        long queued = upTo.snapshot().rings().stream().mapToLong(RingView::occupancy).sum();
        assertEquals(arrived - queued, m.peakBuffered());
        assertEquals(0, end.traffic().buffered(), "the buffer was replayed");
    }

    @Test
    void anotherSeedMovesTheFaultPhaseButDetectionStaysInTheProbesWindow() {
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int seed = 1; seed <= 60; seed++) {
            long d = only(run(oneFault("phoenix-coarse", "net_uk", FaultKind.CRASH, seed))).detectionUs().getAsLong();
            min = Math.min(min, d);
            max = Math.max(max, d);
            // implicit heartbeats: [P + deadline - one tick, 2P + deadline]
            assertTrue(d >= 62_000 + 5_000 - 1_000 && d <= 2 * 62_000 + 5_000, "seed " + seed + ": " + d);
        }
        assertTrue(max - min > 30_000, "the phase really moves: " + min + ".." + max);
    }
}
