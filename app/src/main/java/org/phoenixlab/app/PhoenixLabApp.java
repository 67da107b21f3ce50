package org.phoenixlab.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.phoenixlab.assets.Assets;

/** The desktop program. */
public final class PhoenixLabApp extends Application {
    private MainWindow window;
    private boolean smoke;

    @Override
    public void start(Stage stage) {
        smoke = getParameters().getRaw().contains(SmokeStart.FLAG);
        window = new MainWindow();
        WindowMemory memory = new WindowMemory(Settings.preferences());
        Scene scene = new Scene(window, memory.width(), memory.height());
        scene.getStylesheets().add(Assets.stylesheet());
        Shortcuts.install(scene, window);
        stage.setTitle("Phoenix Lab");
        stage.setScene(scene);
        window.files().applyTheme();
        memory.restore(stage);
        if (!smoke) {
            stage.setOnHidden(e -> memory.save(stage));
        }
        stage.show();
        if (smoke) {
            SmokeStart.exitAfterFirstFrame();
            return; // a smoke start offers nothing back and saves nothing
        }
        // After the window is up: offer back the session a crash (or a kill) interrupted.
        Platform.runLater(() -> window.files().offerRecovery());
    }

    @Override
    public void stop() {
        if (window != null && !smoke) {
            window.closing();
        }
    }
}
