package org.phoenixlab.engine.kernel;

/**
 * An event waiting in the kernel's queue, as {@link Kernel#at} returns it. Cancelling it takes it
 * out of the run: it never executes, is not counted among the executed events and never moves the
 * clock. Cancelling an event that already ran, or twice, does nothing.
 */
public final class Scheduled implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Kernel kernel;
    private final long timeUs;
    private final long seq;
    private boolean cancelled;

    Scheduled(Kernel kernel, long timeUs, long seq) {
        this.kernel = kernel;
        this.timeUs = timeUs;
        this.seq = seq;
    }

    /** The virtual time it is due at. */
    public long timeUs() {
        return timeUs;
    }

    /** Takes the event out of the run if it has not run yet. */
    public void cancel() {
        if (!cancelled && kernel.notReached(timeUs, seq)) {
            cancelled = true;
            kernel.cancel(seq);
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Still to run: neither run nor cancelled. */
    public boolean isPending() {
        return !cancelled && kernel.notReached(timeUs, seq);
    }
}
