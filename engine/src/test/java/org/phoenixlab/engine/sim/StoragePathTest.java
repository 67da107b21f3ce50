package org.phoenixlab.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phoenixlab.engine.model.ComponentState.DETECTED;
import static org.phoenixlab.engine.model.ComponentState.FAULTY;
import static org.phoenixlab.engine.model.ComponentState.HEALTHY;
import static org.phoenixlab.engine.model.ComponentState.REPAIRING;
import static org.phoenixlab.engine.sim.Runs.oneFault;
import static org.phoenixlab.engine.sim.Runs.only;
import static org.phoenixlab.engine.sim.Runs.run;
import static org.phoenixlab.engine.sim.Runs.states;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.fault.FaultKind;

/** disk_uk mirrors net_uk: the same mechanisms on BlockBack, the disk driver and the block rings. */
class StoragePathTest {
    @Test
    void diskDriverCrashIsCaughtByTheTimeoutAndOnlyTheDriverIsReloadedWithoutLoss() {
        Simulation sim = run(oneFault("phoenix-fine", "disk_uk/disk-driver", FaultKind.CRASH, 1));
        FaultMetrics m = only(sim);
        assertEquals("driver-timeout", m.detectedBy());
        assertEquals("disk-driver-reload", m.actuator());
        assertEquals(0, m.lostPackets());
        assertTrue(m.peakBuffered() > 0);
        assertEquals(List.of(FAULTY, DETECTED, REPAIRING, HEALTHY), states(sim.trace(), "disk_uk/disk-driver"));
        assertTrue(sim.snapshot().traffic().forwarding(), "the network path never noticed");
        assertEquals(0, sim.snapshot().traffic().lost());
    }

    @Test
    void blockBackFaultIsCaughtByTheRingIndexCheck() {
        FaultMetrics m = only(run(oneFault("phoenix-fine", "disk_uk/blkback", FaultKind.HANG, 2)));
        assertEquals("ring-index-check", m.detectedBy());
        assertEquals("blkback-reload", m.actuator());
        assertTrue(m.completed());
    }

    @Test
    void coarseGrainedRebootsTheWholeStorageUnikernel() {
        FaultMetrics m = only(run(oneFault("phoenix-coarse", "disk_uk/disk-driver", FaultKind.CRASH, 3)));
        assertEquals("disk_uk", m.repairedUnit());
        assertEquals("heartbeat", m.detectedBy());
        assertEquals("unikernel-reboot", m.actuator());
        assertTrue(m.lostPackets() > 0);
    }

    @Test
    void tfdXenWatchesTheNetworkOnlySoAStorageFaultIsNeverDetected() {
        Simulation sim = run(oneFault("tfd-xen", "disk_uk", FaultKind.CRASH, 4).withDuration(60_000_000));
        FaultMetrics m = only(sim);
        assertFalse(m.detected());
        assertFalse(sim.snapshot().storage().forwarding());
        assertTrue(sim.snapshot().traffic().forwarding());
    }

    @Test
    void xoarRestartsTheBlockBackServiceVmOnItsOwnTimer() {
        FaultMetrics m = only(run(oneFault("xoar", "disk_uk/blkback", FaultKind.CRASH, 5).withDuration(130_000_000)));
        assertEquals("periodic-restart", m.detectedBy());
        assertEquals("service-vm-restart", m.actuator());
    }

    @Test
    void storageCountsAddUp() {
        Simulation sim = run(oneFault("phoenix-coarse", "disk_uk", FaultKind.CRASH, 6));
        Snapshot s = sim.snapshot();
        long queued = s.rings().stream().filter(r -> r.id().endsWith("/blk")).mapToLong(RingView::occupancy).sum();
        assertEquals(s.storage().offered(), s.storage().delivered() + s.storage().lost() + s.storage().buffered() + queued);
        assertEquals(1_500, s.storage().ratePps(), "500 requests/s for each of three guests");
    }
}
