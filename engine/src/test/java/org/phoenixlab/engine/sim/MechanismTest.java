package org.phoenixlab.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phoenixlab.engine.model.ComponentState.DETECTED;
import static org.phoenixlab.engine.model.ComponentState.FAULTY;
import static org.phoenixlab.engine.model.ComponentState.HEALTHY;
import static org.phoenixlab.engine.model.ComponentState.REPAIRING;
import static org.phoenixlab.engine.model.ComponentState.STOPPED;
import static org.phoenixlab.engine.sim.Runs.FAULT_AT;
import static org.phoenixlab.engine.sim.Runs.oneFault;
import static org.phoenixlab.engine.sim.Runs.only;
import static org.phoenixlab.engine.sim.Runs.run;
import static org.phoenixlab.engine.sim.Runs.states;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.trace.Payload;

/** One test per mechanism: the right probe detects, the right actuator repairs, states in order. */
class MechanismTest {

    @Test
    void driverTimeoutDetectsADriverCrashAndOnlyTheDriverIsReloaded() {
        Simulation sim = run(oneFault("phoenix-fine", "net_uk/nic-driver", FaultKind.CRASH, 1));
        FaultMetrics m = only(sim);
        assertEquals("driver-timeout", m.detectedBy());
        assertEquals("driver-reload", m.actuator());
        assertEquals(List.of(FAULTY, DETECTED, REPAIRING, HEALTHY), states(sim.trace(), "net_uk/nic-driver"));
        // The unikernel itself is never rebooted: it is only degraded while its driver is out.
        assertFalse(states(sim.trace(), "net_uk").contains(REPAIRING));
        long detection = m.detectionUs().getAsLong();
        assertTrue(detection >= 27_000 && detection <= 28_000, "timeout 27 ms + up to one tick: " + detection);
        assertEquals(4_700_000, m.recoveryUs().getAsLong());
    }

    @Test
    void driverHangIsCaughtByTheSameTimeout() {
        FaultMetrics m = only(run(oneFault("phoenix-fine", "net_uk/nic-driver", FaultKind.HANG, 2)));
        assertEquals("driver-timeout", m.detectedBy());
        assertEquals("driver-reload", m.actuator());
    }

    @Test
    void shadowDriverLosesNothingAndReplaysWhatItHeld() {
        Simulation sim = run(oneFault("phoenix-fine", "net_uk/nic-driver", FaultKind.CRASH, 3));
        FaultMetrics m = only(sim);
        assertEquals(0, m.lostPackets());
        assertTrue(m.peakBuffered() > 0);
        Payload.TrafficRestored restored = Runs.payloads(sim.trace(), Payload.TrafficRestored.class).get(0);
        assertEquals(m.peakBuffered(), restored.replayedPackets());
        Snapshot s = sim.snapshot();
        long queued = s.rings().stream().mapToLong(RingView::occupancy).sum();
        assertEquals(s.traffic().offered(), s.traffic().delivered() + s.traffic().lost() + s.traffic().buffered() + queued,
                "every packet is delivered, held, lost or queued");
    }

    @Test
    void ringIndexCheckDetectsANetBackFaultAndOnlyNetBackIsReloaded() {
        Simulation sim = run(oneFault("phoenix-fine", "net_uk/netback", FaultKind.CRASH, 4));
        FaultMetrics m = only(sim);
        assertEquals("ring-index-check", m.detectedBy());
        assertEquals("netback-reload", m.actuator());
        assertEquals(List.of(FAULTY, DETECTED, REPAIRING, HEALTHY), states(sim.trace(), "net_uk/netback"));
        long period = sim.strategy().get(org.phoenixlab.engine.strategy.Parameter.RING_CHECK_PERIOD_US);
        long tick = sim.strategy().get(org.phoenixlab.engine.strategy.Parameter.TICK_US);
        assertTrue(m.detectionUs().getAsLong() <= 2 * period + tick, "within two checks: " + m.detectionUs());
        // NetBack resumes from the shared indices: the ring's 256 slots absorb part of the outage.
        int slots = 256 * sim.topology().guests();
        long arrived = (long) (sim.snapshot().traffic().ratePps() * m.downtimeUs().getAsLong() / 1e6);
        assertTrue(m.lostPackets() >= arrived - slots - 100 && m.lostPackets() <= arrived - slots + 100,
                "lost " + m.lostPackets() + " vs arrived " + arrived + " minus ring room " + slots);
    }

    @Test
    void heartbeatDetectsAWholeUnikernelCrashAndTheUnikernelIsRebooted() {
        Simulation sim = run(oneFault("phoenix-coarse", "net_uk", FaultKind.CRASH, 5));
        FaultMetrics m = only(sim);
        assertEquals("heartbeat", m.detectedBy());
        assertEquals("unikernel-reboot", m.actuator());
        assertEquals(List.of(FAULTY, DETECTED, REPAIRING, HEALTHY), states(sim.trace(), "net_uk"));
        assertEquals(List.of(STOPPED, HEALTHY), states(sim.trace(), "net_uk/netback"));
        List<Payload.Heartbeat> beats = Runs.payloads(sim.trace(), Payload.Heartbeat.class);
        assertTrue(beats.stream().anyMatch(b -> b.explicit() && !b.answered()), "one explicit ping went unanswered");
        long period = 62_000;
        long d = m.detectionUs().getAsLong();
        assertTrue(d >= period + 5_000 - 1_000 && d <= 2 * period + 5_000, "detection in [P+5, 2P+5] ms: " + d);
    }

    @Test
    void withoutFaultIsolationADriverCrashTakesTheWholeUnikernelDown() {
        Simulation sim = run(oneFault("phoenix-coarse", "net_uk/nic-driver", FaultKind.CRASH, 6));
        FaultMetrics m = only(sim);
        assertEquals("net_uk", m.repairedUnit());
        assertEquals("heartbeat", m.detectedBy());
        assertEquals("unikernel-reboot", m.actuator());
        assertEquals(FAULTY, states(sim.trace(), "net_uk").get(0));
        assertEquals(6_900_000, m.recoveryUs().getAsLong());
    }

    @Test
    void implicitHeartbeatsSaveCpuComparedWithExplicitOnly() {
        Scenario s = Scenario.paperWorkload("phoenix-coarse", 1, 10_000_000);
        Simulation withImplicit = run(s);
        Simulation explicitOnly = new Simulation(s, org.phoenixlab.engine.strategy.StrategyCatalog.load("phoenix-coarse")
                .with(org.phoenixlab.engine.strategy.Mechanism.IMPLICIT_HEARTBEAT, false));
        explicitOnly.run();
        HeartbeatView a = withImplicit.snapshot().heartbeats();
        HeartbeatView b = explicitOnly.snapshot().heartbeats();
        assertTrue(a.implicit() > 0);
        assertEquals(0, b.implicit());
        assertEquals(a.explicit() + a.implicit(), b.explicit(), "the same checks, some of them free");
        assertTrue(a.cpuUs() < b.cpuUs(), a.cpuUs() + " < " + b.cpuUs());
    }

    @Test
    void ringLagDetectsTheDriverDomainFailureAndTfdFailsOverToTheBackupNic() {
        Simulation sim = run(oneFault("tfd-xen", "net_uk/nic-driver", FaultKind.CRASH, 7));
        FaultMetrics m = only(sim);
        assertEquals("ring-lag", m.detectedBy());
        assertEquals("nic-failover", m.actuator());
        assertEquals("nic-backup", sim.snapshot().traffic().activeNic());
        assertEquals(m.detectedUs(), m.restoredUs(), "the standby forwards from the start of the fail-over");
        assertEquals(800_000, m.recoveryUs().getAsLong());
        assertTrue(sim.snapshot().traffic().forwarding());
    }

    @Test
    void xoarNoticesNothingUntilItsTimedRestartThenRebootsTheServiceVm() {
        Scenario s = oneFault("xoar", "net_uk/nic-driver", FaultKind.CRASH, 8).withDuration(130_000_000);
        Simulation sim = run(s);
        FaultMetrics m = only(sim);
        assertEquals("periodic-restart", m.detectedBy());
        assertEquals("service-vm-restart", m.actuator());
        assertTrue(m.detectionUs().getAsLong() < 104_000_000);
        assertTrue(Runs.payloads(sim.trace(), Payload.TimedRestart.class).stream().anyMatch(Payload.TimedRestart::wasFaulty));
        assertEquals(6_900_000, m.recoveryUs().getAsLong());
    }

    @Test
    void vanillaNeverDetectsNorRepairs() {
        Simulation sim = run(oneFault("vanilla", "net_uk/nic-driver", FaultKind.CRASH, 9).withDuration(200_000_000));
        FaultMetrics m = only(sim);
        assertFalse(m.detected());
        assertFalse(m.completed());
        assertEquals(ComponentState.FAULTY, sim.snapshot().component("net_uk").orElseThrow().state());
        assertFalse(sim.snapshot().traffic().forwarding());
        assertTrue(m.lostPackets() > 0);
    }

    @Test
    void guestsAreDegradedWhileTheirNetworkIsDownAndSayWhatTheyWaitFor() {
        Scenario s = oneFault("phoenix-coarse", "net_uk", FaultKind.CRASH, 10);
        Simulation sim = new Simulation(s);
        sim.runUntil(FAULT_AT + 1_000);
        ComponentView g = sim.snapshot().component("guest/2").orElseThrow();
        assertEquals(ComponentState.DEGRADED, g.state());
        assertEquals("net_uk", g.waitingFor());
        sim.runUntil(FAULT_AT + 1_000_000);
        ComponentView uk = sim.snapshot().component("net_uk").orElseThrow();
        assertEquals(REPAIRING, uk.state());
        assertTrue(uk.repairProgress() > 0 && uk.repairProgress() < 1);
        sim.run();
        assertEquals(HEALTHY, sim.snapshot().component("guest/2").orElseThrow().state());
    }

    @Test
    void aWholeUnikernelCrashUnderFineGrainedIsCaughtByTheHeartbeatAndRebooted() {
        Simulation sim = run(oneFault("phoenix-fine", "net_uk", FaultKind.CRASH, 11));
        FaultMetrics m = only(sim);
        assertEquals("heartbeat", m.detectedBy());
        assertEquals("unikernel-reboot", m.actuator());
        assertTrue(m.completed());
        assertEquals(HEALTHY, sim.snapshot().component("net_uk/netback").orElseThrow().state());
    }

    @Test
    void injectingAtRunTimeRefusesFaultsThatMakeNoSense() {
        Simulation sim = new Simulation(Scenario.paperWorkload("phoenix-fine", 1, 1_000_000));
        var e1 = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> sim.inject("nic", FaultKind.CRASH));
        assertTrue(e1.getMessage().contains("'nic'"), e1.getMessage());
        var e2 = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> sim.inject("guest/99", FaultKind.CRASH));
        assertTrue(e2.getMessage().contains("unknown component"), e2.getMessage());
    }
}
