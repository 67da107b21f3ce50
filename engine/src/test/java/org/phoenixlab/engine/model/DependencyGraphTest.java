package org.phoenixlab.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {
    private final Topology topology = Topology.standard(12, false);
    private final DependencyGraph deps = topology.dependencies();

    @Test
    void edgesAreTheDesignsDependencies() {
        assertEquals(List.of("xenstore"), deps.needs("net_uk"));
        assertEquals(List.of("disk_uk", "net_uk", "xenstore"), deps.needs("tool_uk"));
        assertEquals(List.of("disk_uk", "net_uk", "xenstore"), deps.needs("guest/7"));
        assertEquals(List.of("xs_coord"), deps.needs("xenstore_uk/2"));
        assertEquals(List.of(), deps.needs("xenstore"), "Phoenix breaks the XenStore/net_uk cycle");
    }

    @Test
    void repairOrderPutsDependenciesFirstAndBreaksTiesByNaturalId() {
        List<String> failed = List.of("guest/10", "tool_uk", "guest/2", "net_uk", "xenstore", "disk_uk");
        List<String> order = deps.repairOrder(failed);
        assertEquals(List.of("xenstore", "disk_uk", "net_uk", "guest/2", "guest/10", "tool_uk"), order);
    }

    @Test
    void everyRepairOrderRespectsEveryEdge() {
        List<String> all = deps.nodes();
        List<String> order = deps.repairOrder(all);
        assertEquals(Set.copyOf(all), new HashSet<>(order));
        for (List<String> edge : deps.edges()) {
            assertTrue(order.indexOf(edge.get(1)) < order.indexOf(edge.get(0)),
                    edge.get(0) + " needs " + edge.get(1) + " so it must be repaired after it");
        }
    }

    @Test
    void membersOfXenStoreComeBackBeforeWhatNeedsXenStore() {
        List<String> order = topology.repairOrder(List.of("net_uk", "xenstore", "xenstore_uk/2", "xs_coord", "disk_uk", "tool_uk"));
        assertEquals(List.of("xs_coord", "xenstore_uk/2", "xenstore", "disk_uk", "net_uk", "tool_uk"), order);
    }

    @Test
    void aCycleIsRefusedWithItsEdgeNamed() {
        DependencyGraph g = new DependencyGraph();
        g.addNeed("a", "b");
        g.addNeed("b", "c");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.addNeed("c", "a"));
        assertTrue(e.getMessage().contains("c → a"), e.getMessage());
    }

    @Test
    void naturalOrderComparesNumbersAsNumbers() {
        List<String> ids = new java.util.ArrayList<>(List.of("guest/10", "guest/9", "guest/1", "guest/64"));
        ids.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("guest/1", "guest/9", "guest/10", "guest/64"), ids);
    }
}
