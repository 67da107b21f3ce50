package org.phoenixlab.app.main;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.phoenixlab.app.prefs.Settings;
import org.phoenixlab.assets.Assets;

/**
 * The main window as the window tests open it: fresh preferences (nothing left by another test class),
 * the style sheet and the keys the program installs, on the stage TestFX shares between test classes
 * (sized to the scene, so that no size is left over from another).
 */
public final class TestWindows {
    private TestWindows() {
    }

    /** The window at 1400 × 900. */
    public static MainWindow show(Stage stage) throws Exception {
        return show(stage, 1400, 900);
    }

    public static MainWindow show(Stage stage, double width, double height) throws Exception {
        Settings.preferences().clear();
        MainWindow window = new MainWindow();
        Scene scene = new Scene(window, width, height);
        scene.getStylesheets().add(Assets.stylesheet());
        Shortcuts.install(scene, window);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
        return window;
    }
}
