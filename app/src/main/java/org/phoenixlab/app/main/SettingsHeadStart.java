package org.phoenixlab.app.main;

import java.nio.file.Path;
import java.util.Optional;
import org.phoenixlab.app.prefs.Settings;
import org.phoenixlab.app.util.AppLog;
import org.phoenixlab.app.util.Messages;
import org.phoenixlab.app.util.HeadStart;

/**
 * The log, the settings and the language, made ready on a thread of their own while JavaFX brings up its
 * toolkit (a tenth of a second the window would otherwise wait for); {@link PhoenixLabApp#init} takes them
 * over. None of it needs the toolkit: the log is a file, the settings are read from the user's preferences,
 * the language picks the resource bundles.
 */
final class SettingsHeadStart {
    private static HeadStart<Path> ready;

    private SettingsHeadStart() {
    }

    static synchronized void begin() {
        ready = HeadStart.begin("first-settings", SettingsHeadStart::setUp);
    }

    /**
     * The log file once the log, the settings and the language are set: waits for the thread begun, or does it
     * all here when none was begun or it failed (so that a failure is met, and reported, as it would be here).
     */
    static synchronized Path await() {
        HeadStart<Path> h = ready;
        ready = null;
        return (h == null ? Optional.<Path>empty() : h.join()).orElseGet(SettingsHeadStart::setUp);
    }

    private static Path setUp() {
        Path log = AppLog.install(Settings.home());
        Messages.choose(Settings.preferences());
        return log;
    }
}
