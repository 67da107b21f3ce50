package org.phoenixlab.engine.sim;

/** One of Xoar's restart timers at one instant: the service VM it restarts, when next, and how often. */
public record RestartTimerView(String component, long nextUs, long periodUs) {
}
