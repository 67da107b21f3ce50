package org.phoenixlab.engine.model;

/** The states the screen tells apart (by colour, icon and text together). */
public enum ComponentState {
    HEALTHY("healthy", "Healthy"),
    FAULTY("faulty", "Faulty, undetected"),
    DETECTED("detected", "Fault detected"),
    REPAIRING("repairing", "Being repaired"),
    DEGRADED("degraded", "Degraded"),
    STOPPED("stopped", "Stopped");

    private final String id;
    private final String label;

    ComponentState(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name used in trace and scenario files. */
    public String id() {
        return id;
    }

    /** Words for a person. */
    public String label() {
        return label;
    }
}
