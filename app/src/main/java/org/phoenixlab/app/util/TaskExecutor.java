package org.phoenixlab.app.util;

/**
 * Where long work runs: never on the UI thread, never on a thread of its own made by hand. The
 * window uses {@link FxTaskExecutor}; tests of view models use {@link CurrentThreadTaskExecutor},
 * which runs the work at once on the caller's thread, so that they need no waiting.
 */
public interface TaskExecutor {
    /** Starts {@code task}; returns it, so that the caller can keep it to cancel it. */
    <T> BackgroundTask<T> execute(BackgroundTask<T> task);

    /** No new work; work under way is left to end (its threads do not keep the program alive). */
    void shutdown();
}
