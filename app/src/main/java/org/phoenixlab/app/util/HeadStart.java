package org.phoenixlab.app.util;

import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work begun on a thread of its own during the program's start, beside JavaFX bringing up its toolkit (the
 * first session, the settings, the icon font), and taken over by whoever needs it. A failure is not reported
 * here: {@link #join} is then empty and the taker does the work itself, where what goes wrong is reported.
 */
@StartsItsOwnThread("the start's work must run beside the toolkit's start, before the JavaFX thread and the task executor exist")
public final class HeadStart<T> {
    private final CompletableFuture<T> result = new CompletableFuture<>();

    private HeadStart() {
    }

    /** Starts {@code work} on a daemon thread named {@code thread} (it never keeps the program alive). */
    public static <T> HeadStart<T> begin(String thread, Supplier<T> work) {
        HeadStart<T> h = new HeadStart<>();
        Thread t = new Thread(() -> {
            try {
                h.result.complete(work.get());
            } catch (RuntimeException | LinkageError e) {
                h.result.completeExceptionally(e);
            }
        }, thread);
        t.setDaemon(true);
        t.start();
        return h;
    }

    /** What the work made, once it is done (waiting for it); empty when it failed. */
    public Optional<T> join() {
        try {
            return Optional.ofNullable(result.join());
        } catch (CompletionException | CancellationException e) {
            return Optional.empty();
        }
    }
}
