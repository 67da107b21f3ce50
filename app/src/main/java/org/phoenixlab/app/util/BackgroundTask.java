package org.phoenixlab.app.util;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Long work (a comparison, a sweep, encoding a GIF) described once and run by a {@link TaskExecutor}:
 * the work itself, and what to do with its progress and its end. The callbacks run on the UI thread
 * (or, with the {@link CurrentThreadTaskExecutor} of the tests, on the caller's), never two at once.
 * After {@link #cancel()} only {@code onCancelled} runs: a result that arrives later is dropped.
 *
 * @param <T> what the work produces
 */
public final class BackgroundTask<T> {
    /** The work: reports progress in 0..1 and checks for cancellation through {@code progress}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What the work sees of its task. */
    public interface Progress {
        void report(double fraction);

        boolean cancelled();
    }

    private final String name;
    private final Work<T> work;
    private Consumer<T> onSuccess = r -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private Runnable onCancelled = () -> { };
    private DoubleConsumer onProgress = f -> { };
    private volatile boolean cancelled;
    private boolean finished;

    private BackgroundTask(String name, Work<T> work) {
        this.name = name;
        this.work = work;
    }

    /** A task named for the log and the thread ("comparison", "gif-export"). */
    public static <T> BackgroundTask<T> of(String name, Work<T> work) {
        return new BackgroundTask<>(Objects.requireNonNull(name), Objects.requireNonNull(work));
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = handler;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = handler;
        return this;
    }

    public BackgroundTask<T> onProgress(DoubleConsumer handler) {
        this.onProgress = handler;
        return this;
    }

    public String name() {
        return name;
    }

    /**
     * Asks the work to stop; {@code onCancelled} runs at once (on the thread that cancels, which is
     * the UI thread). No effect once the task has ended.
     */
    public void cancel() {
        if (finished || cancelled) {
            return;
        }
        cancelled = true;
        finished = true;
        onCancelled.run();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Whether the task has ended: succeeded, failed or cancelled. */
    public boolean isFinished() {
        return finished;
    }

    // ---------------------------------------------------------------- for the executors

    T runWork(Progress progress) throws Exception {
        return work.run(progress);
    }

    void progressed(double fraction) {
        if (!finished) {
            onProgress.accept(fraction);
        }
    }

    void succeeded(T result) {
        if (!finished) {
            finished = true;
            onSuccess.accept(result);
        }
    }

    void failed(Throwable error) {
        if (!finished) {
            finished = true;
            if (error instanceof java.util.concurrent.CancellationException) {
                onCancelled.run();
            } else {
                onFailure.accept(error);
            }
        }
    }
}
