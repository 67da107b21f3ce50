package org.phoenixlab.engine.sim;

/** What a fault stops while it lasts: the guests' network traffic, their disk requests, or neither. */
public enum Interruption {
    /** The network path: packets are held or lost. */
    NETWORK("packets"),
    /** The storage path: disk requests are held or lost. */
    STORAGE("disk requests"),
    /** No I/O path (XenStore, tool_uk, a migration, a guest's memory). */
    NONE("");

    private final String items;

    Interruption(String items) {
        this.items = items;
    }

    /** Whether guests' I/O stops, so that lost items are worth counting. */
    public boolean io() {
        return this != NONE;
    }

    /** What is counted as lost, in words ("packets", "disk requests"); "" for {@link #NONE}. */
    public String items() {
        return items;
    }
}
