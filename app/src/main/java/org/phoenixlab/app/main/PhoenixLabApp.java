package org.phoenixlab.app.main;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.phoenixlab.app.prefs.Settings;
import org.phoenixlab.app.prefs.WindowMemory;
import org.phoenixlab.assets.Assets;

/** The desktop program. */
public final class PhoenixLabApp extends Application {
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        window = new MainWindow();
        WindowMemory memory = new WindowMemory(Settings.preferences());
        Scene scene = new Scene(window, memory.width(), memory.height());
        scene.getStylesheets().add(Assets.stylesheet());
        Shortcuts.install(scene, window);
        stage.setTitle("Phoenix Lab");
        stage.setScene(scene);
        window.files().applyTheme();
        memory.restore(stage);
        stage.setOnHidden(e -> memory.save(stage));
        stage.show();
        // After the window is up: offer back the session a crash (or a kill) interrupted.
        Platform.runLater(() -> window.files().offerRecovery());
    }

    @Override
    public void stop() {
        if (window != null) {
            window.closing();
        }
    }
}
