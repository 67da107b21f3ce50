package org.phoenixlab.app.prefs;

import java.nio.file.Path;
import java.util.prefs.Preferences;

/**
 * Where the program keeps what it remembers: a preferences node (theme, window, recent files, lesson
 * progress) and a folder for the autosaved session. Tests point both elsewhere with the system
 * properties {@code phoenixlab.prefs} and {@code phoenixlab.home}, so they never touch a user's own.
 */
public final class Settings {
    private Settings() {
    }

    public static Preferences preferences() {
        return Preferences.userRoot().node(System.getProperty("phoenixlab.prefs", "org/phoenixlab/app"));
    }

    /** The program's own folder (created on first use by whoever writes there). */
    public static Path home() {
        String configured = System.getProperty("phoenixlab.home");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".phoenix-lab");
    }
}
