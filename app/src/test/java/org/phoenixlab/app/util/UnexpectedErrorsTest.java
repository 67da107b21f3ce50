package org.phoenixlab.app.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bug nobody caught ends in the log and in a dialog in our words, never in silence. */
class UnexpectedErrorsTest {
    @Test
    void anUncaughtErrorIsLoggedWithItsStackAndShownWithDetails(@TempDir Path home) throws Exception {
        Path log = AppLog.install(home);
        assertEquals(home.resolve("logs").resolve("phoenix-lab.log"), log);
        FakeDialogs dialogs = new FakeDialogs();
        UnexpectedErrors errors = new UnexpectedErrors(dialogs, log);
        errors.uncaughtException(Thread.currentThread(), new IllegalStateException("planted for the test"));

        FakeDialogs.Said shown = dialogs.last();
        assertEquals("unexpected", shown.kind());
        assertTrue(shown.header().contains("internal error") && shown.header().contains(log.toString()), shown.header());
        assertFalse(shown.header().contains("IllegalStateException"), "the short message is in our words: " + shown.header());
        assertTrue(shown.message().contains("IllegalStateException: planted for the test"), "details: the error");
        assertTrue(shown.message().contains("UnexpectedErrorsTest"), "details: where it happened");
        String written = Files.readString(log);
        assertTrue(written.contains("planted for the test") && written.contains("UnexpectedErrorsTest"), written);
    }

    @Test
    void aDialogThatFailsToShowStillLeavesTheLog(@TempDir Path home) throws Exception {
        Path log = AppLog.install(home);
        DialogService broken = new FakeDialogs() {
            @Override
            public void unexpected(String message, String details) {
                throw new IllegalStateException("no window to show it in");
            }
        };
        new UnexpectedErrors(broken, log).uncaughtException(Thread.currentThread(), new RuntimeException("first"));
        String written = Files.readString(log);
        assertTrue(written.contains("first") && written.contains("no window to show it in"), written);
    }
}
