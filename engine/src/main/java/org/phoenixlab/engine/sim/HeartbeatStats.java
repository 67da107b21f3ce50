package org.phoenixlab.engine.sim;

/** Counts heartbeats and the CPU time spent on explicit ones (implicit ones cost nothing extra). */
final class HeartbeatStats implements EngineState {
    long explicit;
    long implicit;
    long missed;
    long cpuUs;
}
