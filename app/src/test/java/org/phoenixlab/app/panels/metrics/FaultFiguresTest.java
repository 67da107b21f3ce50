package org.phoenixlab.app.panels.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedFault;
import org.phoenixlab.engine.sim.FaultMetrics;
import org.phoenixlab.engine.sim.Simulation;

/** The Metrics panel's words for the last fault, from the engine's figures. */
class FaultFiguresTest {
    @Test
    void noFaultShowsDashes() {
        assertEquals(FaultFigures.NONE, FaultFigures.ofLast(List.of()));
    }

    @Test
    void aRepairedDriverCrashShowsItsDetectionRecoveryAndLosses() {
        Simulation sim = new Simulation(Scenario.paperWorkload("phoenix-fine", 1, 8_000_000)
                .withFaults(List.of(new ScriptedFault(1_000_000, "net_uk/nic-driver", FaultKind.CRASH))));
        sim.runUntil(1_010_000);
        FaultFigures early = FaultFigures.ofLast(sim.faults());
        assertEquals("not yet", early.detection());
        assertEquals("continuing", early.downtime());
        sim.run();
        FaultMetrics f = sim.faults().get(0);
        FaultFigures done = FaultFigures.ofLast(sim.faults());
        assertEquals("Last fault: crash of net_uk/nic-driver, found by driver-timeout", done.title());
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f ms", f.detectionUs().getAsLong() / 1e3), done.detection());
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f s", f.recoveryUs().getAsLong() / 1e6), done.recovery());
        assertEquals("0", done.lost(), "the shadow driver held them");
    }
}
