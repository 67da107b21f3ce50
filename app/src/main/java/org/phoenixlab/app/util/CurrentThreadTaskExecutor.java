package org.phoenixlab.app.util;

/**
 * Runs each task at once on the caller's thread, callbacks included: deterministic, for tests of
 * view models (after {@code execute} returns, the task has ended). A task cancelled from its own
 * progress callback stops at its next check.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        T result;
        try {
            result = task.runWork(new BackgroundTask.Progress() {
                @Override
                public void report(double fraction) {
                    task.progressed(fraction);
                }

                @Override
                public boolean cancelled() {
                    return task.isCancelled();
                }
            });
        } catch (Exception | Error e) {
            task.failed(e);
            return task;
        }
        task.succeeded(result);
        return task;
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}
