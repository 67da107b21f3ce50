package org.phoenixlab.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phoenixlab.engine.sim.Runs.fault;
import static org.phoenixlab.engine.sim.Runs.op;
import static org.phoenixlab.engine.sim.Runs.run;
import static org.phoenixlab.engine.sim.Runs.with;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.scenario.ScriptedOperation.Kind;

/** Migration and creation under faults of tool_uk, and Nova's hand-off. */
class ToolStackTest {
    private static final long S = 1_000_000;
    // Phases with the chosen durations, migration started at 1 s: pre-copy until 4 s, suspend until
    // 4.05 s, transfer until 4.35 s, acknowledgement until 4.36 s, resume until 4.46 s.

    @Test
    void aMigrationWithoutFaultsEndsWithOneCopyOnTheRemoteHost() {
        Simulation sim = run(with("vanilla", 1, 10 * S, List.of(), List.of(op(S, Kind.MIGRATE, "guest/2"))));
        VmOperationView m = sim.snapshot().operations().get(0);
        assertTrue(m.succeeded());
        assertEquals(1, m.runningCopies());
        assertEquals(List.of("pre-copy", "suspend", "transfer", "acknowledgement", "resume", "done"),
                Runs.payloads(sim.trace(), org.phoenixlab.engine.trace.Payload.OperationPhase.class).stream()
                        .map(org.phoenixlab.engine.trace.Payload.OperationPhase::phase).toList());
    }

    @ParameterizedTest(name = "tool_uk crash at {0} us ({1})")
    @CsvSource({"2000000, pre-copy", "4020000, suspend", "4200000, transfer", "4355000, acknowledgement", "4400000, resume"})
    void underPhoenixACrashInAnyPhaseIsRolledBackAndRetriedToExactlyOneCopy(long at, String phase) {
        Simulation sim = run(with("phoenix-fine", 2, 30 * S, List.of(fault(at, "tool_uk", FaultKind.CRASH)),
                List.of(op(S, Kind.MIGRATE, "guest/2"))));
        VmOperationView m = sim.snapshot().operations().get(0);
        assertTrue(m.succeeded(), phase + ": " + m.detail());
        assertEquals(2, m.attempt(), phase);
        assertEquals(1, m.runningCopies(), phase);
        FaultMetrics f = sim.faults().get(0);
        assertEquals("heartbeat", f.detectedBy());
        assertEquals("toolstack-reboot", f.actuator());
    }

    @ParameterizedTest(name = "vanilla, tool_uk crash at {0} us ({1}): {2} copies")
    @CsvSource({"2000000, pre-copy, 1", "4200000, transfer, 1", "4355000, acknowledgement, 2", "4400000, resume, 2"})
    void underVanillaACrashAfterTheTransferLeavesTwoCopies(long at, String phase, int copies) {
        Simulation sim = run(with("vanilla", 3, 30 * S, List.of(fault(at, "tool_uk", FaultKind.CRASH)),
                List.of(op(S, Kind.MIGRATE, "guest/2"))));
        VmOperationView m = sim.snapshot().operations().get(0);
        assertFalse(m.succeeded());
        assertEquals(copies, m.runningCopies(), phase + ": " + m.detail());
        assertEquals(ComponentState.HEALTHY, sim.snapshot().component("guest/2").orElseThrow().state(),
                "the source resumed in place");
    }

    @Test
    void aLostAcknowledgementIsCaughtByTheWatchdogUnderPhoenixAndLeavesTwoCopiesElsewhere() {
        for (String s : List.of("phoenix-fine", "phoenix-coarse", "vanilla", "xoar")) {
            Simulation sim = run(with(s, 4, 30 * S, List.of(fault(S, "remote-host", FaultKind.LOSE_ACK)),
                    List.of(op(S, Kind.MIGRATE, "guest/2"))));
            VmOperationView m = sim.snapshot().operations().get(0);
            boolean phoenix = s.startsWith("phoenix");
            assertEquals(phoenix ? 1 : 2, m.runningCopies(), s + ": " + m.detail());
            assertEquals(phoenix, m.succeeded(), s);
            if (phoenix) {
                assertEquals("migration-watchdog", sim.faults().get(0).detectedBy());
            }
        }
    }

    @Test
    void aToolstackCrashDuringCreationIsRetriedUnderPhoenix() {
        Simulation sim = run(with("phoenix-fine", 5, 30 * S, List.of(fault(S + 500, "tool_uk", FaultKind.CRASH)),
                List.of(op(S, Kind.CREATE, "guest/3"))));
        VmOperationView c = sim.snapshot().operations().get(0);
        assertTrue(c.succeeded(), c.detail());
        assertEquals(2, c.attempt());
        assertEquals(ComponentState.HEALTHY, sim.snapshot().component("guest/3").orElseThrow().state());
    }

    @Test
    void aCheckpointPausesSavesAndResumesAndIsRetriedAfterACrashUnderPhoenix() {
        Simulation ok = run(with("vanilla", 7, 20 * S, List.of(), List.of(op(S, Kind.CHECKPOINT, "guest/1"))));
        VmOperationView c = ok.snapshot().operations().get(0);
        assertTrue(c.succeeded(), c.detail());
        assertEquals(ComponentState.HEALTHY, ok.snapshot().component("guest/1").orElseThrow().state());
        Simulation crashed = run(with("phoenix-fine", 7, 30 * S, List.of(fault(S + 800_000, "tool_uk", FaultKind.CRASH)),
                List.of(op(S, Kind.CHECKPOINT, "guest/1"))));
        VmOperationView r = crashed.snapshot().operations().get(0);
        assertTrue(r.succeeded(), r.detail());
        assertEquals(2, r.attempt());
        Simulation vanilla = run(with("vanilla", 7, 30 * S, List.of(fault(S + 800_000, "tool_uk", FaultKind.CRASH)),
                List.of(op(S, Kind.CHECKPOINT, "guest/1"))));
        assertFalse(vanilla.snapshot().operations().get(0).succeeded());
        assertEquals(ComponentState.HEALTHY, vanilla.snapshot().component("guest/1").orElseThrow().state(),
                "the paused guest resumes in place");
    }

    @Test
    void destroyStopsTheGuestAndFailsWhenXenStoreIsDownUnderVanilla() {
        Simulation ok = run(with("phoenix-fine", 8, 10 * S, List.of(), List.of(op(S, Kind.DESTROY, "guest/3"))));
        assertTrue(ok.snapshot().operations().get(0).succeeded());
        assertEquals(ComponentState.STOPPED, ok.snapshot().component("guest/3").orElseThrow().state());
        Simulation down = run(with("vanilla", 8, 10 * S, List.of(fault(S / 2, "xenstore_uk/1", FaultKind.CRASH)),
                List.of(op(S, Kind.DESTROY, "guest/3"))));
        assertFalse(down.snapshot().operations().get(0).succeeded());
    }

    @Test
    void aGuestOutOfMemoryIsHandedToNovaUnderPhoenixOnly() {
        Simulation phoenix = run(with("phoenix-fine", 6, 20 * S, List.of(fault(S, "guest/1", FaultKind.OUT_OF_MEMORY)), List.of()));
        FaultMetrics m = phoenix.faults().get(0);
        assertEquals("nova-restart", m.actuator());
        assertTrue(m.completed());
        assertTrue(phoenix.snapshot().component("guest/1").orElseThrow().reason().english().contains("Nova"));
        Simulation vanilla = run(with("vanilla", 6, 20 * S, List.of(fault(S, "guest/1", FaultKind.OUT_OF_MEMORY)), List.of()));
        assertFalse(vanilla.faults().get(0).completed());
    }
}
