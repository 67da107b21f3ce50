package org.phoenixlab.app.util;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * The last line of defence: an exception nobody caught (a bug) is written to the log with its
 * stack trace and shown in an owned dialog, a short message in our words with the details behind
 * an expander, never swallowed. Installed for every thread and for the JavaFX thread.
 */
public final class UnexpectedErrors implements Thread.UncaughtExceptionHandler {
    private static final System.Logger LOG = System.getLogger(UnexpectedErrors.class.getName());

    private final DialogService dialogs;
    private final Path logFile;
    private final ThreadLocal<Boolean> reporting = ThreadLocal.withInitial(() -> false);

    public UnexpectedErrors(DialogService dialogs, Path logFile) {
        this.dialogs = dialogs;
        this.logFile = logFile;
    }

    /** Makes this the handler of every thread without one of its own, and of the calling thread. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "unexpected error on thread " + thread.getName(), error);
        if (reporting.get()) {
            return; // the dialog itself failed: the log has it
        }
        reporting.set(true);
        try {
            dialogs.unexpected(message(logFile), details(error));
        } catch (RuntimeException | Error again) {
            LOG.log(System.Logger.Level.ERROR, "the error dialog could not be shown", again);
        } finally {
            reporting.set(false);
        }
    }

    /** What the user reads first. */
    static String message(Path logFile) {
        return Messages.format("dialog.unexpected.text", String.valueOf(logFile));
    }

    /** What the expander shows: the error and where it happened. */
    static String details(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
