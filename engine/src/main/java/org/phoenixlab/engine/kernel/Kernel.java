package org.phoenixlab.engine.kernel;

/**
 * The discrete-event kernel: a virtual clock in microseconds and one queue of timed actions.
 * No threads, no wall clock: time moves only when an event runs.
 */
public final class Kernel {
    private final EventQueue queue = new EventQueue();
    private long nowUs;
    private long executed;
    private long lastEventUs;

    public long nowUs() {
        return nowUs;
    }

    /** Events run so far. */
    public long executed() {
        return executed;
    }

    /** Virtual time of the last event run (0 before the first). */
    public long lastEventUs() {
        return lastEventUs;
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
        lastEventUs = t;
        executed++;
        a.run(t);
        return true;
    }

    /**
     * Moves the clock to {@code atUs} without running anything; refused when an event before that time
     * is still pending (it would have to run first).
     */
    public void moveClockTo(long atUs) {
        if (!queue.isEmpty() && queue.peekTime() < atUs) {
            throw new IllegalStateException("an event at " + queue.peekTime() + " us must run before the clock reaches " + atUs + " us");
        }
        if (atUs > nowUs) {
            nowUs = atUs;
        }
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
