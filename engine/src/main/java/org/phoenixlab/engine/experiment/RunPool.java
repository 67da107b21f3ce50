package org.phoenixlab.engine.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Where the independent runs of an experiment go: one worker thread per core. Each simulation is
 * still single-threaded and deterministic; only whole runs go side by side, and every experiment
 * combines their figures in a fixed order (strategy, then seed), never in the order they finish, so
 * the means are the same to the last digit as one run after the other.
 */
public final class RunPool {
    private static final RunPool SHARED = new RunPool(Runtime.getRuntime().availableProcessors());

    private final ExecutorService workers;
    private final int size;

    private RunPool(int threads) {
        this.size = Math.max(1, threads);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(size, r -> {
            Thread t = new Thread(r, "phoenix-run-" + n.incrementAndGet());
            t.setDaemon(true); // a program that quits does not wait for a what-if nobody reads any more
            return t;
        });
    }

    /** The pool every experiment of this program shares, sized to the cores. */
    public static RunPool shared() {
        return SHARED;
    }

    public int size() {
        return size;
    }

    /** A batch of runs under way: its results in task order once all are in; {@link #cancel()} stops them. */
    public static final class Batch<T> {
        private final AtomicBoolean cancelled;
        private final CompletableFuture<List<T>> all;
        private final List<CompletableFuture<T>> parts;

        private Batch(List<CompletableFuture<T>> parts, AtomicBoolean cancelled) {
            this.parts = parts;
            this.cancelled = cancelled;
            CompletableFuture<?>[] array = parts.toArray(new CompletableFuture<?>[0]);
            this.all = CompletableFuture.allOf(array).thenApply(v -> {
                List<T> out = new ArrayList<>(parts.size());
                for (CompletableFuture<T> p : parts) {
                    out.add(p.join());
                }
                return out;
            });
        }

        /** Completes with every result, in the order of the tasks; exceptionally when cancelled. */
        public CompletableFuture<List<T>> results() {
            return all;
        }

        /** Stops the runs: queued ones never start, running ones stop at their next check. */
        public void cancel() {
            cancelled.set(true);
            for (CompletableFuture<T> p : parts) {
                p.cancel(false);
            }
            all.cancel(false);
        }

        public boolean isCancelled() {
            return cancelled.get();
        }

        /** Waits for every result, polling {@code cancelled} (the caller's Cancel button) meanwhile. */
        public List<T> await(BooleanSupplier cancelledByCaller) {
            while (true) {
                if (cancelledByCaller.getAsBoolean()) {
                    cancel();
                    throw new CancellationException("cancelled");
                }
                try {
                    return all.get(20, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // poll again
                } catch (InterruptedException e) {
                    cancel();
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted");
                } catch (ExecutionException e) {
                    throw unwrap(e.getCause());
                } catch (CancellationException e) {
                    throw e;
                }
            }
        }
    }

    private static RuntimeException unwrap(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    /**
     * Starts {@code tasks} on the workers. Each task gets the batch's cancellation flag (to check
     * between stretches of virtual time); {@code onEach} hears of each result as it arrives, on the
     * worker thread, with its task index.
     */
    public <T> Batch<T> start(List<Function<BooleanSupplier, T>> tasks, ResultListener<T> onEach) {
        AtomicBoolean cancelled = new AtomicBoolean();
        BooleanSupplier stop = cancelled::get;
        List<CompletableFuture<T>> parts = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            int index = i;
            Function<BooleanSupplier, T> task = tasks.get(i);
            parts.add(CompletableFuture.supplyAsync(() -> {
                if (cancelled.get()) {
                    throw new CancellationException("cancelled");
                }
                T r = task.apply(stop);
                onEach.arrived(index, r);
                return r;
            }, workers));
        }
        return new Batch<>(parts, cancelled);
    }

    /** Told of one result as soon as its run ends. */
    @FunctionalInterface
    public interface ResultListener<T> {
        void arrived(int index, T result);
    }
}
