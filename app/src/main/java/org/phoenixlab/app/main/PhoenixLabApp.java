package org.phoenixlab.app.main;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.phoenixlab.app.prefs.Settings;
import org.phoenixlab.app.prefs.WindowMemory;
import org.phoenixlab.app.util.UnexpectedErrors;
import org.phoenixlab.assets.Assets;

/** The desktop program: the log, the last line of defence against bugs, and the main window. */
public final class PhoenixLabApp extends Application {
    private MainWindow window;
    private boolean smoke;
    private java.nio.file.Path log;

    /**
     * On the launcher's thread, after the toolkit's start: waits for the log, the settings and the language
     * ({@link SettingsHeadStart}, begun by the launcher) while the JavaFX thread, idle until {@link #start},
     * loads the controls' own style sheet (the first control made does that; the window's first node would
     * otherwise wait for it). The icon font is read beside them ({@link org.phoenixlab.app.util.Icons#loadAside}).
     */
    @Override
    public void init() {
        Platform.runLater(javafx.scene.control.Label::new);
        org.phoenixlab.app.util.Icons.loadAside();
        log = SettingsHeadStart.await();
    }

    @Override
    public void start(Stage stage) {
        smoke = getParameters().getRaw().contains(SmokeStart.FLAG);
        window = new MainWindow();
        new UnexpectedErrors(window.dialogs(), log).install();
        WindowMemory memory = new WindowMemory(Settings.preferences());
        Scene scene = new Scene(window, memory.width(), memory.height());
        Shortcuts.install(scene, window);
        stage.setTitle("Phoenix Lab");
        org.phoenixlab.app.util.AfterFirstFrame.run(scene, () -> {
            for (String icon : Assets.icons()) {
                stage.getIcons().add(new Image(icon)); // decoding the PNGs need not delay the first frame
            }
        });
        stage.setScene(scene);
        memory.restore(stage);
        if (!smoke) {
            stage.setOnHidden(e -> memory.save(stage));
            stage.setOnCloseRequest(e -> {
                if (!window.viewModel().mayDiscardWork(org.phoenixlab.app.util.Messages.get("doing.quit"))) {
                    e.consume(); // the student keeps the window, to save first
                }
            });
        }
        stage.show();
        // The keyboard starts on Play: Space plays (a focused button is pressed by Space, and the first control,
        // Lessons, would open the lessons instead), and the arrows step through the story as the hints say.
        window.playButton().requestFocus();
        if (smoke) {
            SmokeStart.exitAfterFirstFrame();
            return; // a smoke start offers nothing back and saves nothing
        }
        // After the window is up: offer back the session a crash (or a kill) interrupted, then, at a
        // first start, where to begin.
        java.util.Optional<java.nio.file.Path> given = getParameters().getUnnamed().stream()
                .filter(a -> !a.startsWith("-")).map(java.nio.file.Path::of).findFirst();
        Platform.runLater(() -> {
            window.files().offerRecovery();
            if (given.isPresent()) {
                openGiven(given.get()); // a file the system handed over (a double-click, "open with")
            } else {
                window.offerFirstStart();
            }
        });
    }

    /** A lesson or lesson pack opens in the Lessons panel, a recording is replayed, anything else opens as a scenario. */
    private void openGiven(java.nio.file.Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".lesson.json") || name.endsWith(".zip")) {
            window.openLesson(file);
        } else if (name.endsWith(".recording.json")) {
            window.files().replay(file);
        } else {
            window.files().openScenario(file);
        }
    }

    @Override
    public void stop() {
        if (window != null && !smoke) {
            window.closing();
        }
    }
}
