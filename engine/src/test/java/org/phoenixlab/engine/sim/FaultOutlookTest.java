package org.phoenixlab.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedFault;
import org.phoenixlab.engine.scenario.ScriptedOperation;
import org.phoenixlab.engine.trace.Payload;
import org.phoenixlab.engine.trace.TraceEvent;

/** The engine's answer to "will anything notice this fault?" agrees with what every design does in a run. */
class FaultOutlookTest {
    @ParameterizedTest(name = "{0}: {2} of {1}")
    @MethodSource("org.phoenixlab.engine.sim.EveryFaultEveryStrategyTest#cases") // every fault of every component, under every design
    void whatTheOutlookPromisesIsWhatTheRunDoes(String strategy, String target, FaultKind kind) {
        long s = 1_000_000;
        long at = target.equals("tool_uk") ? 2 * s : s; // a lost acknowledgement needs the migration started at 1 s
        Scenario sc = Scenario.paperWorkload(strategy, 1, 125 * s)
                .withFaults(List.of(new ScriptedFault(at, target, kind)))
                .withOperations(List.of(new ScriptedOperation(s, ScriptedOperation.Kind.MIGRATE, "guest/2")));
        Simulation sim = new Simulation(sc);
        FaultOutlook outlook = sim.outlook(target, kind);
        sim.runUntil(at - 1);
        var xs = sim.snapshot().xenstore();
        boolean readFromIt = target.equals(xs.masterReplica()) || target.equals(xs.masterCoordinator());
        sim.run();
        List<String> probes = new ArrayList<>();
        for (TraceEvent e : sim.trace().events()) {
            if (e.timeUs() >= at && e.payload() instanceof Payload.Detected d && !d.falseAlarm()) {
                probes.add(d.probe());
            }
        }
        boolean noticed = sim.faults().stream().anyMatch(FaultMetrics::detected);
        boolean corruption = kind == FaultKind.CORRUPT_ENTRY || kind == FaultKind.CORRUPT_HASH;
        if (corruption && outlook.watched() && !readFromIt) {
            // The hash check runs on reads from the master's copy: a corrupt copy nobody reads stays latent.
            assertTrue(outlook.words().contains("read from the master"), outlook.words());
            return;
        }
        assertEquals(outlook.watched(), noticed, outlook.words() + "; detections in the run: " + probes);
        if (noticed) {
            assertTrue(probes.stream().anyMatch(outlook.watchers()::contains),
                    "the run's probes " + probes + " include one the outlook names: " + outlook.watchers());
        }
        assertFalse(outlook.words().isBlank());
    }

    @Test
    void vanillaXenSaysItHasNoDetector() {
        Simulation sim = new Simulation(Scenario.paperWorkload("vanilla", 1, 10_000_000));
        FaultOutlook o = sim.outlook("net_uk/nic-driver", FaultKind.CRASH);
        assertFalse(o.watched());
        assertEquals("Vanilla Xen has no detector for this: nothing will repair it", o.words());
        Simulation fine = new Simulation(Scenario.paperWorkload("phoenix-fine", 1, 10_000_000));
        assertEquals(List.of("driver-timeout"), fine.outlook("net_uk/nic-driver", FaultKind.CRASH).watchers());
    }
}
