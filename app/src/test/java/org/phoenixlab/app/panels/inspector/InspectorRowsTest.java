package org.phoenixlab.app.panels.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.sim.Simulation;

/** The inspector's rows, read from a snapshot. */
class InspectorRowsTest {
    private static String value(List<InspectorRows.Row> rows, String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().value();
    }

    @Test
    void netBackShowsItsShadowBufferAndARingItsIndices() {
        Simulation sim = new Simulation(Scenario.paperWorkload("phoenix-fine", 1, 5_000_000));
        sim.runUntil(1_000_000);
        sim.inject("net_uk/nic-driver", FaultKind.CRASH);
        sim.runUntil(1_500_000);
        var s = sim.snapshot();
        List<InspectorRows.Row> netback = InspectorRows.of(s, sim.topology(), "net_uk/netback");
        assertEquals(String.valueOf(s.traffic().buffered()), value(netback, "packets held now"));
        List<InspectorRows.Row> ring = InspectorRows.of(s, sim.topology(), "ring/guest/2/net");
        assertEquals("256", value(ring, "slots"));
        assertTrue(value(InspectorRows.of(s, sim.topology(), "net_uk/nic-driver"), "state").contains("Being repaired"));
        assertEquals(List.of(), InspectorRows.of(s, sim.topology(), "guest/9"), "not in this topology");
    }
}
