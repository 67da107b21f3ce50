package org.phoenixlab.engine.kernel;

import java.util.TreeSet;

/**
 * The discrete-event kernel: a virtual clock in microseconds and one queue of timed actions.
 * No threads, no wall clock: time moves only when an event runs. A scheduled event can be
 * cancelled through the handle {@link #at} returns; a cancelled event is dropped when it reaches
 * the head of the queue, without running, counting or moving the clock.
 */
public final class Kernel implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final EventQueue queue = new EventQueue();
    /** Sequence numbers of cancelled events still in the queue (rare: an empty set costs one check). */
    private final TreeSet<Long> cancelled = new TreeSet<>();
    private long nowUs;
    private long executed;
    /** The (time, sequence) of the last event taken from the queue: events at or before it are done. */
    private long lastTimeUs = Long.MIN_VALUE;
    private long lastSeq = Long.MIN_VALUE;

    public long nowUs() {
        return nowUs;
    }

    /** Events run so far (cancelled ones excluded). */
    public long executed() {
        return executed;
    }

    /** Events still to run (cancelled ones excluded). */
    public int pending() {
        return queue.size() - cancelled.size();
    }

    /**
     * Schedules {@code action} at absolute virtual time {@code atUs} (not before now); the handle
     * cancels it.
     */
    public Scheduled at(long atUs, Action action) {
        if (atUs < nowUs) {
            throw new IllegalArgumentException("cannot schedule in the past: " + atUs + " < " + nowUs);
        }
        return new Scheduled(this, atUs, queue.push(atUs, action));
    }

    /** Schedules {@code action} {@code delayUs} after now. */
    public Scheduled after(long delayUs, Action action) {
        return at(nowUs + delayUs, action);
    }

    /** Time of the next event, or {@link Long#MAX_VALUE} when none is pending. */
    public long nextTimeUs() {
        dropCancelledHead();
        return queue.isEmpty() ? Long.MAX_VALUE : queue.peekTime();
    }

    /** Runs the next event; returns false when there is none. */
    public boolean step() {
        dropCancelledHead();
        if (queue.isEmpty()) {
            return false;
        }
        long t = queue.peekTime();
        Action a = queue.peekAction();
        take();
        nowUs = t;
        executed++;
        a.run(t);
        return true;
    }

    /** Runs every event with time ≤ {@code untilUs}, then sets the clock to {@code untilUs}. */
    public void runUntil(long untilUs) {
        while (true) {
            dropCancelledHead();
            if (queue.isEmpty() || queue.peekTime() > untilUs) {
                break;
            }
            step();
        }
        if (untilUs > nowUs) {
            nowUs = untilUs;
        }
    }

    /** Whether the event (time, sequence) is still ahead in the queue: events are taken in that order. */
    boolean notReached(long timeUs, long seq) {
        return timeUs > lastTimeUs || timeUs == lastTimeUs && seq > lastSeq;
    }

    void cancel(long seq) {
        cancelled.add(seq);
    }

    private void take() {
        lastTimeUs = queue.peekTime();
        lastSeq = queue.peekSeq();
        queue.pop();
    }

    private void dropCancelledHead() {
        while (!cancelled.isEmpty() && !queue.isEmpty() && cancelled.remove(queue.peekSeq())) {
            take();
        }
    }
}
