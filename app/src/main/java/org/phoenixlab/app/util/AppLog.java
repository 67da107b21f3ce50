package org.phoenixlab.app.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The program's log file. The code logs through {@link System.Logger}; the platform's default
 * backend (java.util.logging) is pointed here once, at start-up, at a file in the settings folder
 * (one file of at most 1 MB, kept between runs, new lines appended).
 */
public final class AppLog {
    private static Path installed;

    private AppLog() {
    }

    /** Where the log of a program whose settings folder is {@code home} is written. */
    public static Path fileIn(Path home) {
        return home.resolve("logs").resolve("phoenix-lab.log");
    }

    /**
     * Sends the program's log to {@link #fileIn(Path) the file in} {@code home}; returns that file.
     * Called again with the same folder it changes nothing; a folder that cannot be written leaves
     * the log on the console only (and says so there).
     */
    public static synchronized Path install(Path home) {
        Path file = fileIn(home);
        if (file.equals(installed)) {
            return file;
        }
        Logger root = Logger.getLogger("");
        try {
            Files.createDirectories(file.getParent());
            FileHandler handler = new FileHandler(file.toString(), 1_000_000, 1, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            for (Handler h : root.getHandlers()) {
                if (h instanceof FileHandler) {
                    root.removeHandler(h);
                    h.close();
                }
            }
            root.addHandler(handler);
            installed = file;
        } catch (IOException | RuntimeException e) {
            System.getLogger(AppLog.class.getName()).log(System.Logger.Level.WARNING,
                    "the log cannot be written to " + file + ": " + e.getMessage());
        }
        return file;
    }
}
