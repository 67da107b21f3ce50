package org.phoenixlab.engine.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * "A needs B healthy", as a JGraphT DAG (edge A → B). The global feedback loop repairs a component
 * only when everything it needs is healthy, so with several failures it repairs dependencies first.
 * Ties (components that do not depend on each other) are broken by {@link NaturalOrder} on the id,
 * never by hash order.
 */
public final class DependencyGraph {
    private final DirectedAcyclicGraph<String, DefaultEdge> dag = new DirectedAcyclicGraph<>(DefaultEdge.class);

    void addNode(String id) {
        dag.addVertex(id);
    }

    /** Adds "from needs to"; refuses an edge that would close a cycle, naming it. */
    void addNeed(String from, String to) {
        dag.addVertex(from);
        dag.addVertex(to);
        try {
            dag.addEdge(from, to);
        } catch (IllegalArgumentException cycle) {
            throw new IllegalArgumentException("dependency " + from + " → " + to + " would close a cycle", cycle);
        }
    }

    public boolean contains(String id) {
        return dag.containsVertex(id);
    }

    /** Sorted ids of the nodes of the graph. */
    public List<String> nodes() {
        List<String> all = new ArrayList<>(dag.vertexSet());
        all.sort(NaturalOrder.INSTANCE);
        return all;
    }

    /** What {@code id} needs directly, sorted. */
    public List<String> needs(String id) {
        if (!dag.containsVertex(id)) {
            return List.of();
        }
        List<String> out = Graphs.successorListOf(dag, id);
        out.sort(NaturalOrder.INSTANCE);
        return out;
    }

    /** What needs {@code id} directly, sorted. */
    public List<String> dependents(String id) {
        if (!dag.containsVertex(id)) {
            return List.of();
        }
        List<String> out = Graphs.predecessorListOf(dag, id);
        out.sort(NaturalOrder.INSTANCE);
        return out;
    }

    /** Every edge as [from, to], sorted; for drawing the overlay. */
    public List<List<String>> edges() {
        List<List<String>> out = new ArrayList<>();
        for (DefaultEdge e : dag.edgeSet()) {
            out.add(List.of(dag.getEdgeSource(e), dag.getEdgeTarget(e)));
        }
        out.sort((a, b) -> {
            int c = NaturalOrder.INSTANCE.compare(a.get(0), b.get(0));
            return c != 0 ? c : NaturalOrder.INSTANCE.compare(a.get(1), b.get(1));
        });
        return out;
    }

    /**
     * The order in which to repair {@code failed}: a component comes after everything it needs;
     * among components free to go next, the smaller id (natural order) goes first.
     */
    public List<String> repairOrder(Collection<String> failed) {
        Set<String> wanted = Set.copyOf(failed);
        Graph<String, DefaultEdge> needsFirst = new EdgeReversedGraph<>(dag);
        List<String> order = new ArrayList<>();
        TopologicalOrderIterator<String, DefaultEdge> it =
                new TopologicalOrderIterator<>(needsFirst, NaturalOrder.INSTANCE);
        while (it.hasNext()) {
            String id = it.next();
            if (wanted.contains(id)) {
                order.add(id);
            }
        }
        return order;
    }
}
