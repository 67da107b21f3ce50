package org.phoenixlab.app.util;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * The program's one place for long work: a small pool of daemon threads (one per core, so that a
 * comparison and a GIF can run side by side) whose tasks report back on the JavaFX thread. Progress
 * is coalesced: however often the work reports, the UI thread is asked at most once at a time.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private static final System.Logger LOG = System.getLogger(FxTaskExecutor.class.getName());

    private final ExecutorService pool;

    public FxTaskExecutor() {
        AtomicInteger n = new AtomicInteger();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "phoenix-background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        AtomicLong latest = new AtomicLong(Double.doubleToRawLongBits(Double.NaN));
        BackgroundTask.Progress progress = new BackgroundTask.Progress() {
            @Override
            public void report(double fraction) {
                long bits = Double.doubleToRawLongBits(fraction);
                if (Double.isNaN(Double.longBitsToDouble(latest.getAndSet(bits)))) {
                    Platform.runLater(() -> task.progressed(Double.longBitsToDouble(
                            latest.getAndSet(Double.doubleToRawLongBits(Double.NaN)))));
                }
            }

            @Override
            public boolean cancelled() {
                return task.isCancelled();
            }
        };
        pool.execute(() -> {
            try {
                T result = task.runWork(progress);
                Platform.runLater(() -> task.succeeded(result));
            } catch (Exception | Error e) {
                if (!task.isCancelled() && !(e instanceof java.util.concurrent.CancellationException)) {
                    LOG.log(System.Logger.Level.WARNING, "background task " + task.name() + " failed", e);
                }
                Platform.runLater(() -> task.failed(e));
            }
        });
        return task;
    }

    @Override
    public void shutdown() {
        pool.shutdown();
    }
}
