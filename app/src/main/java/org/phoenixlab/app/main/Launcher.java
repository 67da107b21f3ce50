package org.phoenixlab.app.main;

import javafx.application.Application;
import org.phoenixlab.app.util.StartsItsOwnThread;

/** Plain main class: starts JavaFX even when its modules are on the class path. */
@StartsItsOwnThread("a shutdown hook removes a smoke start's temporary folder")
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws java.io.IOException {
        if (java.util.Arrays.asList(args).contains(SmokeStart.FLAG)) {
            // A smoke start never touches the user's own autosave: it keeps its files in a folder of its own.
            java.nio.file.Path home = smokeHome();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(home)));
            System.setProperty("phoenixlab.home", home.toString());
        }
        // Before the toolkit reads its settings: tuned for drawing in software when no graphics card is there.
        SoftwareRendering.prepare();
        // The log, the settings, the language and the window's first session are made beside the toolkit's start.
        SettingsHeadStart.begin();
        org.phoenixlab.app.session.SessionHeadStart.begin(() -> MainViewModel.freshScenario(MainViewModel.FIRST_STRATEGY, MainViewModel.FIRST_GUESTS));
        Application.launch(PhoenixLabApp.class, args);
    }

    /**
     * A new folder of the smoke start's own, named after the process: {@code Files.createTempDirectory} would
     * first seed a secure random generator, which costs the start tens of milliseconds it then reports.
     */
    private static java.nio.file.Path smokeHome() throws java.io.IOException {
        java.nio.file.Path named = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
                "phoenix-lab-smoke-" + ProcessHandle.current().pid());
        try {
            return java.nio.file.Files.createDirectory(named); // fails if anything is there already
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return java.nio.file.Files.createTempDirectory("phoenix-lab-smoke");
        }
    }

    private static void deleteTree(java.nio.file.Path root) {
        try (var paths = java.nio.file.Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
