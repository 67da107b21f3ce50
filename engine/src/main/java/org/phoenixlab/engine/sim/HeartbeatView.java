package org.phoenixlab.engine.sim;

/** Heartbeats so far, and the CPU all fault detection has cost (µs; its parts are in {@link MonitoringView}). */
public record HeartbeatView(long explicit, long implicit, long missed, long cpuUs) {
}
