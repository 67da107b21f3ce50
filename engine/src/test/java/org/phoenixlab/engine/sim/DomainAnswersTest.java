package org.phoenixlab.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedOperation;

/** The questions the window asks, answered by the engine rather than by matching ids. */
class DomainAnswersTest {
    @Test
    void theSnapshotCarriesTheRepairQueueInTheLoopsOrder() {
        Simulation sim = new Simulation(Scenario.paperWorkload("phoenix-fine", 1, 40_000_000));
        sim.runUntil(1_000_000);
        assertEquals(List.of(), sim.snapshot().repairQueue());
        sim.inject("vmm", FaultKind.CRASH_ALL_PVM);
        sim.runUntil(1_200_000);
        List<String> queue = sim.snapshot().repairQueue();
        assertTrue(queue.indexOf("xs_coord") < queue.indexOf("xenstore_uk/1"), queue.toString());
        assertTrue(queue.indexOf("xenstore_uk/1") < queue.indexOf("net_uk"), queue.toString());
        assertTrue(queue.containsAll(List.of("net_uk", "disk_uk")), queue.toString());
        assertEquals(sim.topology().repairOrder(queue), queue, "already in repair order");
        sim.runUntil(40_000_000);
        assertEquals(List.of(), sim.snapshot().repairQueue(), "everything came back");
    }

    @ParameterizedTest(name = "{0} interrupts {1}")
    @CsvSource({"net_uk/nic-driver, NETWORK", "net_uk/netback, NETWORK", "net_uk, NETWORK", "disk_uk/disk-driver, STORAGE",
            "disk_uk, STORAGE", "xenstore_uk/2, NONE", "tool_uk, NONE"})
    void aFaultSaysWhatItInterrupts(String target, Interruption expected) {
        Simulation sim = new Simulation(Scenario.paperWorkload("phoenix-fine", 1, 3_000_000));
        sim.runUntil(500_000);
        if (target.equals("tool_uk")) {
            sim.operate(ScriptedOperation.Kind.MIGRATE, "guest/1"); // tool_uk runs only during an operation
            sim.runUntil(600_000);
        }
        sim.inject(target, FaultKind.CRASH);
        sim.runUntil(1_000_000);
        assertEquals(expected, sim.faults().get(0).interrupts());
    }

    @Test
    void operationsApplyToGuestsOfTheTopologyOnly() {
        Simulation sim = new Simulation(Scenario.paperWorkload("phoenix-fine", 1, 1_000_000));
        assertThrows(IllegalArgumentException.class, () -> sim.operate(ScriptedOperation.Kind.MIGRATE, "guest/4"));
        assertThrows(IllegalArgumentException.class, () -> sim.operate(ScriptedOperation.Kind.MIGRATE, "guest/1/netfront"));
        sim.operate(ScriptedOperation.Kind.MIGRATE, "guest/3");
        assertEquals(1, sim.commands().size());
    }
}
