package org.phoenixlab.engine.sim;

/** What happens to the guests' packets at this moment. */
enum Forwarding {
    /** NetBack takes them, the driver sends them: delivered. */
    FORWARD,
    /** NetBack takes them, the driver is down, the shadow driver keeps them for replay. */
    SHADOW,
    /** NetBack takes them, the driver is down and nothing keeps them: lost. */
    DROP,
    /** Nobody takes them: they wait in the ring until it is full, then NetFront drops them. */
    STALLED
}
