package org.phoenixlab.engine.sim;

/** Heartbeats so far and the CPU time spent on explicit ones. */
public record HeartbeatView(long explicit, long implicit, long missed, long cpuUs) {
}
