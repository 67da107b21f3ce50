package org.phoenixlab.engine.kernel;

/**
 * The discrete-event kernel: a virtual clock in microseconds and one queue of timed actions.
 * No threads, no wall clock: time moves only when an event runs.
 */
public final class Kernel implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final EventQueue queue = new EventQueue();
    private long nowUs;
    private long executed;

    public long nowUs() {
        return nowUs;
    }

    /** Events run so far. */
    public long executed() {
        return executed;
    }

    public int pending() {
        return queue.size();
    }

    /** Schedules {@code action} at absolute virtual time {@code atUs} (not before now). */
    public void at(long atUs, Action action) {
        if (atUs < nowUs) {
            throw new IllegalArgumentException("cannot schedule in the past: " + atUs + " < " + nowUs);
        }
        queue.push(atUs, action);
    }

    /** Schedules {@code action} {@code delayUs} after now. */
    public void after(long delayUs, Action action) {
        at(nowUs + delayUs, action);
    }

    /** Time of the next event, or {@link Long#MAX_VALUE} when none is pending. */
    public long nextTimeUs() {
        return queue.isEmpty() ? Long.MAX_VALUE : queue.peekTime();
    }

    /** Runs the next event; returns false when there is none. */
    public boolean step() {
        if (queue.isEmpty()) {
            return false;
        }
        long t = queue.peekTime();
        Action a = queue.peekAction();
        queue.pop();
        nowUs = t;
        executed++;
        a.run(t);
        return true;
    }

    /** Runs every event with time ≤ {@code untilUs}, then sets the clock to {@code untilUs}. */
    public void runUntil(long untilUs) {
        while (!queue.isEmpty() && queue.peekTime() <= untilUs) {
            step();
        }
        if (untilUs > nowUs) {
            nowUs = untilUs;
        }
    }
}
