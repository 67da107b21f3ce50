package org.phoenixlab.app.main;

import javafx.application.Platform;
import org.phoenixlab.app.util.StartsItsOwnThread;

/**
 * {@code --smoke}: the program starts as usual, prints how long it took from its launch to the first frame
 * of its window, painted ({@link FirstFrame}), and quits. The build uses it to train the
 * class-data-sharing archive and CI uses it to check that the installed image starts at all. A start that
 * never reaches a first frame ends the process with status 1 after a minute instead of hanging.
 */
@StartsItsOwnThread("the watchdog must fire even when the start itself hangs the JavaFX thread")
final class SmokeStart {
    static final String FLAG = "--smoke";
    private static final long GIVE_UP_MS = 60_000;

    private SmokeStart() {
    }

    static void exitAfterFirstFrame() {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(GIVE_UP_MS);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("smoke start: no first frame within " + GIVE_UP_MS / 1000 + " s");
            System.exit(1);
        }, "smoke-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        FirstFrame.whenPainted(times -> {
            System.out.println("smoke start: " + times.sentence());
            System.out.flush();
            Platform.exit();
        });
    }
}
