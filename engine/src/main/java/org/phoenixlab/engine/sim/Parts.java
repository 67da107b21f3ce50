package org.phoenixlab.engine.sim;

import org.phoenixlab.engine.trace.Phrase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.trace.Payload;
import org.phoenixlab.engine.trace.Trace;

/** Every component's run-time state, in topology order; every state change goes to the trace. */
final class Parts implements EngineState {
    private final Map<String, Part> byId = new LinkedHashMap<>();
    private final Trace trace;

    Parts(Topology topology, Trace trace) {
        this.trace = trace;
        for (ComponentSpec spec : topology.components()) {
            byId.put(spec.id(), new Part(spec));
        }
    }

    Part get(String id) {
        Part p = byId.get(id);
        if (p == null) {
            throw new IllegalArgumentException("unknown component '" + id + "'");
        }
        return p;
    }

    Collection<Part> all() {
        return byId.values();
    }

    /** The direct sub-components of {@code parentId}, in topology order. */
    List<Part> childrenOf(String parentId) {
        List<Part> out = new ArrayList<>();
        for (Part p : byId.values()) {
            if (parentId.equals(p.spec.parent())) {
                out.add(p);
            }
        }
        return out;
    }

    /** Moves {@code p} to {@code to}; traced only when the state really changes. */
    void set(long nowUs, Part p, ComponentState to, org.phoenixlab.engine.trace.Phrase reason) {
        if (p.state == to) {
            p.reason = reason;
            return;
        }
        ComponentState from = p.state;
        p.state = to;
        p.reason = reason;
        trace.append(nowUs, p.id(), new Payload.StateChanged(from, to, reason));
    }
}
