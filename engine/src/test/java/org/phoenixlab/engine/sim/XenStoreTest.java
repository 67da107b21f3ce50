package org.phoenixlab.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phoenixlab.engine.sim.Runs.fault;
import static org.phoenixlab.engine.sim.Runs.op;
import static org.phoenixlab.engine.sim.Runs.run;
import static org.phoenixlab.engine.sim.Runs.with;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.scenario.ScriptedOperation.Kind;
import org.phoenixlab.engine.trace.Payload;

/** XenStore's mechanisms, one by one. */
class XenStoreTest {
    private static final long S = 1_000_000;

    @Test
    void aDeadReplicaIsFoundByTheCoordinatorsHeartbeatAndReplacedProactively() {
        Simulation sim = run(with("phoenix-fine", 1, 10 * S, List.of(fault(S, "xenstore_uk/3", FaultKind.CRASH)), List.of()));
        FaultMetrics m = sim.faults().get(0);
        assertEquals(XenStore.HEARTBEAT_PROBE, m.detectedBy());
        assertEquals("replica-replace", m.actuator());
        assertTrue(m.detectionUs().getAsLong() <= 50_000 + 5_000, "within one heartbeat period and the deadline");
        assertEquals(ComponentState.HEALTHY, sim.snapshot().component("xenstore_uk/3").orElseThrow().state());
        assertEquals(0, sim.snapshot().xenstore().delayed(), "a dead non-master replica delays nobody");
        assertTrue(sim.snapshot().xenstore().violations().isEmpty());
    }

    @Test
    void aDeadMasterReplicaIsReplacedByElectingAnother() {
        Simulation sim = run(with("phoenix-fine", 2, 10 * S, List.of(fault(S, "xenstore", FaultKind.CRASH_MASTER)), List.of()));
        assertEquals("xenstore_uk/1", sim.faults().get(0).target());
        assertNotEquals("xenstore_uk/1", sim.snapshot().xenstore().masterReplica(), "another replica became master");
        assertEquals(1, Runs.payloads(sim.trace(), Payload.MasterElected.class).size());
        assertTrue(sim.snapshot().xenstore().delayed() >= 0);
        assertTrue(sim.faults().get(0).completed());
    }

    @Test
    void theSanityCheckFindsACorruptMasterReplicaAndNeverServesItAgain() {
        Simulation sim = run(with("phoenix-fine", 3, 10 * S, List.of(fault(S, "xenstore_uk/1", FaultKind.CORRUPT_ENTRY)), List.of()));
        FaultMetrics m = sim.faults().get(0);
        assertEquals(XenStore.SANITY_PROBE, m.detectedBy());
        assertEquals("replica-replace", m.actuator());
        assertTrue(sim.snapshot().xenstore().violations().isEmpty(), sim.snapshot().xenstore().violations().toString());
        assertEquals("xenstore_uk/2", sim.snapshot().xenstore().masterReplica());
    }

    @Test
    void theSanityCheckFindsACorruptCoordinatorHashAndCorrectsIt() {
        Simulation sim = run(with("phoenix-fine", 4, 10 * S, List.of(fault(S, "xs_coord/1", FaultKind.CORRUPT_HASH)), List.of()));
        FaultMetrics m = sim.faults().get(0);
        assertEquals(XenStore.SANITY_PROBE, m.detectedBy());
        assertEquals("hash-correct", m.actuator());
        assertEquals("xenstore_uk/1", sim.snapshot().xenstore().masterReplica(), "the replicas were right: no election");
        assertTrue(sim.snapshot().xenstore().violations().isEmpty());
    }

    @Test
    void withoutTheHashCheckACorruptEntryIsServedSilently() {
        Simulation sim = run(with("phoenix-coarse", 3, 10 * S, List.of(fault(S, "xenstore_uk/1", FaultKind.CORRUPT_ENTRY)), List.of()));
        assertFalse(sim.faults().get(0).detected());
        assertFalse(sim.snapshot().xenstore().violations().isEmpty(), "the corrupt value reached a client");
    }

    @Test
    void whenEveryCoordinatorDiesTheHypervisorNoticesAndRestoresThemFromItsBackup() {
        Simulation sim = run(with("phoenix-fine", 5, 10 * S, List.of(fault(S, "xs_coord", FaultKind.CRASH_ALL)), List.of()));
        assertEquals(3, sim.faults().size());
        for (FaultMetrics m : sim.faults()) {
            assertEquals(HeartbeatProbe.NAME, m.detectedBy(), m.target() + " is found by the hypervisor's heartbeat");
            assertTrue(m.completed(), m.target());
        }
        assertTrue(sim.snapshot().xenstore().delayed() > 0, "requests waited while no coordinator ran");
        assertEquals(0, sim.snapshot().xenstore().failed());
        assertTrue(sim.snapshot().xenstore().violations().isEmpty());
    }

    @Test
    void whenAllOfXenStoreDiesNoAcknowledgedWriteIsLost() {
        Simulation sim = run(with("phoenix-fine", 6, 20 * S, List.of(fault(2 * S, "xenstore", FaultKind.CRASH_ALL)), List.of()));
        assertTrue(sim.faults().stream().allMatch(FaultMetrics::completed));
        assertTrue(sim.snapshot().xenstore().violations().isEmpty(), sim.snapshot().xenstore().violations().toString());
        // the replicas are repaired only after the coordinators they need
        long coordsBack = sim.faults().stream().filter(f -> f.target().startsWith("xs_coord"))
                .mapToLong(FaultMetrics::repairedUs).max().orElseThrow();
        long firstReplicaRepairStart = sim.faults().stream().filter(f -> f.target().startsWith("xenstore_uk"))
                .mapToLong(FaultMetrics::repairStartedUs).min().orElseThrow();
        assertTrue(firstReplicaRepairStart >= coordsBack);
    }

    @Test
    void vmCreationCompletesUnderPhoenixButFailsUnderVanillaAndXoarWhenXenStoreCrashes() {
        for (String s : List.of("phoenix-fine", "phoenix-coarse", "vanilla", "xoar", "tfd-xen")) {
            Simulation sim = run(with(s, 7, 20 * S, List.of(fault(S, "xenstore_uk/1", FaultKind.CRASH)),
                    List.of(op(S, Kind.CREATE, "guest/3"))));
            VmOperationView create = sim.snapshot().operations().get(0);
            boolean phoenix = s.startsWith("phoenix");
            assertEquals(phoenix, create.succeeded(), s + ": " + create.detail());
            assertEquals(phoenix ? ComponentState.HEALTHY : ComponentState.STOPPED,
                    sim.snapshot().component("guest/3").orElseThrow().state(), s);
        }
    }

    @Test
    void replicationCostsSlowerXenStoreRequests() {
        double vanilla = run(with("vanilla", 8, 10 * S, List.of(), List.of())).snapshot().xenstore().meanLatencyUs();
        double fine = run(with("phoenix-fine", 8, 10 * S, List.of(), List.of())).snapshot().xenstore().meanLatencyUs();
        assertTrue(fine > vanilla * 1.1, fine + " vs " + vanilla);
    }

    @Test
    void replicasThatDoNotExistInADesignCannotBeFailed() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Simulation(with("vanilla", 1, S, List.of(fault(0, "xenstore_uk/2", FaultKind.CRASH)), List.of())));
        assertTrue(e.getMessage().contains("not replicated"), e.getMessage());
    }
}
