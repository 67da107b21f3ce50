package org.phoenixlab.app.util;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Every message box and file chooser of the program goes through here, owned by the window that
 * asks. View models see only this interface (no toolkit type in it), so their tests can answer the
 * questions themselves. Messages are in our words: a header saying what happened, a line saying why.
 */
public interface DialogService {
    /** Something the user asked for did not happen (a bad file, a failed save). Not blocking. */
    void error(String header, String message);

    /** Something the user asked for makes no sense now (an operation that cannot start). Not blocking. */
    void warn(String header, String message);

    /** An outcome worth telling (a replay that matches). Not blocking. */
    void inform(String header, String message);

    /** A yes-or-no question; waits for the answer. {@code id} names the dialog (for tests). */
    boolean confirm(String id, String header, String message);

    /**
     * Something went wrong that the program did not expect: a short message and the technical
     * details behind an expander. Not blocking; safe to call from any thread.
     */
    void unexpected(String message, String details);

    /** A file to read, or empty when the user cancels. */
    Optional<Path> chooseToOpen(String title, String description, String pattern);

    /** A file to write, or empty when the user cancels. */
    Optional<Path> chooseToSave(String title, String description, String pattern, String initialName);

    /** A progress dialog that does not block; {@code onCancel} runs if the user cancels it. */
    ProgressDialog progress(String id, String header, Runnable onCancel);

    /** What can be done with a shown progress dialog. */
    interface ProgressDialog {
        void progress(double fraction);

        void header(String text);

        /** Closes it without counting as a cancellation. */
        void close();
    }
}
