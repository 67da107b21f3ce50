package org.phoenixlab.app.main;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.phoenixlab.app.prefs.Settings;
import org.phoenixlab.app.util.AppLog;
import org.phoenixlab.app.util.Messages;
import org.phoenixlab.app.util.StartsItsOwnThread;

/**
 * The log, the settings and the language, made ready on a thread of their own while JavaFX brings up its
 * toolkit (a tenth of a second the window would otherwise wait for); {@link PhoenixLabApp#init} takes them
 * over. None of it needs the toolkit: the log is a file, the settings are read from the user's preferences,
 * the language picks the resource bundles.
 */
@StartsItsOwnThread("it must run beside the toolkit's start, before the JavaFX thread and the task executor exist")
final class SettingsHeadStart {
    private static CompletableFuture<Path> ready;

    private SettingsHeadStart() {
    }

    static synchronized void begin() {
        CompletableFuture<Path> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(setUp());
            } catch (RuntimeException | LinkageError e) {
                f.completeExceptionally(e);
            }
        }, "first-settings");
        t.setDaemon(true);
        t.start();
        ready = f;
    }

    /**
     * The log file once the log, the settings and the language are set: waits for the thread begun, or does it
     * all here when none was begun or it failed (so that a failure is met, and reported, as it would be here).
     */
    static synchronized Path await() {
        CompletableFuture<Path> f = ready;
        ready = null;
        if (f != null) {
            try {
                return f.join();
            } catch (CompletionException e) {
                // done again below, where what goes wrong is reported as usual
            }
        }
        return setUp();
    }

    private static Path setUp() {
        Path log = AppLog.install(Settings.home());
        Messages.choose(Settings.preferences());
        return log;
    }
}
