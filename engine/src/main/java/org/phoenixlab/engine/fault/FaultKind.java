package org.phoenixlab.engine.fault;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of fault a component can suffer. */
public enum FaultKind {
    /** The component stops at once: it answers nothing and holds no work. */
    CRASH("crash", "crash"),
    /** The component is stuck in a loop: it still occupies its CPU but makes no progress. */
    HANG("hang", "hang");

    private final String id;
    private final String label;

    FaultKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name used in scenario and trace files. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<FaultKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
