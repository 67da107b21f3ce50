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
import org.phoenixlab.engine.scenario.ScriptedFault;
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
        // The election comes once the coordinators' heartbeat finds the crash (within a period and the
        // deadline, 50 + 5 ms), and no request fails meanwhile: those that came waited for the new master.
        FaultMetrics m = sim.faults().get(0);
        long waitedFor = sim.trace().events().stream().filter(e -> e.payload() instanceof Payload.MasterElected).findFirst()
                .orElseThrow().timeUs() - m.injectedUs();
        assertTrue(waitedFor > 0 && waitedFor <= 55_000, "the election came after the heartbeat found the crash: " + waitedFor);
        assertEquals(0, sim.snapshot().xenstore().failed(), "no request failed");
        assertTrue(sim.snapshot().xenstore().violations().isEmpty());
        assertTrue(m.completed());
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

    /**
     * Seed 4008 of the fault campaign: replica 3 crashes, then the master (replica 1), and while both are
     * being replaced the last running replica's entry is corrupted. With one replica left, the check
     * blamed the healthy coordinator and served the corrupt value; the other coordinators' hashes say
     * the replica is wrong, and the hypervisor's backup answers until a good replica is back.
     */
    @Test
    void withOneReplicaLeftACorruptEntryIsNeverServed() {
        Simulation sim = run(with("phoenix-fine", 4008, 20 * S, List.of(
                fault(4_550_571, "xenstore_uk/3", FaultKind.CRASH),
                fault(4_761_348, "xenstore", FaultKind.CRASH_MASTER),
                fault(5_725_070, "xenstore_uk/2", FaultKind.CORRUPT_ENTRY)), List.of()));
        assertTrue(sim.snapshot().xenstore().violations().isEmpty(), sim.snapshot().xenstore().violations().toString());
        FaultMetrics corrupt = sim.faults().get(2);
        assertEquals("xenstore_uk/2", corrupt.target());
        assertEquals(XenStore.SANITY_PROBE, corrupt.detectedBy(), "the corrupt replica, not a coordinator, is blamed");
        assertEquals("replica-replace", corrupt.actuator());
        assertTrue(sim.faults().stream().allMatch(FaultMetrics::completed));
        assertTrue(sim.trace().events().stream().noneMatch(e -> e.component().startsWith("xs_coord")
                && e.payload() instanceof Payload.Detected), "no coordinator was wrongly accused");
    }

    /** The same, with nothing left to decide: only one replica and one coordinator run, and they disagree. */
    @Test
    void whenNoOtherCopyCanDecideTheBackupAnswersOrTheReadFailsVisibly() {
        List<ScriptedFault> faults = List.of(
                fault(S, "xs_coord/2", FaultKind.CRASH), fault(S, "xs_coord/3", FaultKind.CRASH),
                fault(S, "xenstore_uk/2", FaultKind.CRASH), fault(S, "xenstore_uk/3", FaultKind.CRASH),
                fault(1_010_000, "xenstore_uk/1", FaultKind.CORRUPT_ENTRY));
        Simulation withBackup = run(with("phoenix-fine", 9, 20 * S, faults, List.of()));
        assertTrue(withBackup.snapshot().xenstore().violations().isEmpty(), withBackup.snapshot().xenstore().violations().toString());
        assertTrue(Runs.payloads(withBackup.trace(), Payload.XenStoreFailed.class).stream()
                .anyMatch(f -> f.reason().english().contains("hypervisor's backup decides")), "the undecided check is in the trace");
        assertEquals(XenStore.SANITY_PROBE, withBackup.faults().get(4).detectedBy());

        var noBackup = org.phoenixlab.engine.strategy.StrategyCatalog.load("phoenix-fine")
                .with(org.phoenixlab.engine.strategy.Mechanism.VMM_BACKUP, false);
        Simulation sim = new Simulation(with("phoenix-fine", 9, 20 * S, faults, List.of()), noBackup);
        sim.run();
        assertTrue(sim.snapshot().xenstore().violations().isEmpty(), sim.snapshot().xenstore().violations().toString());
        assertTrue(sim.snapshot().xenstore().failed() > 0, "reads fail rather than return a value nobody can vouch for");
        assertTrue(Runs.payloads(sim.trace(), Payload.XenStoreFailed.class).stream()
                .anyMatch(f -> f.reason().english().contains("the read fails")));
    }

    /** Seed 12387: a replica replaced while its only running peer is corrupt must not copy the corruption. */
    @Test
    void aReplacementReplicaDoesNotCopyAPeersCorruption() {
        Simulation sim = run(with("phoenix-fine", 12387, 20 * S, List.of(
                fault(8_143_929, "xenstore_uk/2", FaultKind.CORRUPT_ENTRY),
                fault(9_111_589, "xenstore_uk/3", FaultKind.CRASH),
                fault(9_723_595, "xenstore_uk/1", FaultKind.CRASH)), List.of()));
        assertTrue(sim.snapshot().xenstore().violations().isEmpty(), sim.snapshot().xenstore().violations().toString());
    }

    /** Seed 19078: every pVM component crashes while a replica hangs; afterwards the restored master is corrupted. */
    @Test
    void aCorruptionAfterEverythingCrashedIsFoundAndNeverServed() {
        Simulation sim = run(with("phoenix-fine", 19078, 20 * S, List.of(
                fault(1_209_335, "xenstore_uk/1", FaultKind.HANG),
                fault(2_547_192, "vmm", FaultKind.CRASH_ALL_PVM),
                fault(4_322_192, "xenstore_uk/1", FaultKind.CORRUPT_ENTRY)), List.of()));
        assertTrue(sim.snapshot().xenstore().violations().isEmpty(), sim.snapshot().xenstore().violations().toString());
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
