package org.phoenixlab.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.phoenixlab.assets.Assets;

/** The desktop program. */
public final class PhoenixLabApp extends Application {
    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow();
        java.util.prefs.Preferences prefs = java.util.prefs.Preferences.userRoot().node("org/phoenixlab/app");
        Scene scene = new Scene(window, prefs.getDouble("window.width", 1540), prefs.getDouble("window.height", 960));
        scene.getStylesheets().add(Assets.stylesheet());
        // A filter, so that the shortcuts work whichever control has the focus.
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                window.playButton().setSelected(!window.playButton().isSelected());
                e.consume();
            } else if (e.getCode() == KeyCode.RIGHT) {
                window.stepForward();
                e.consume();
            } else if (e.getCode() == KeyCode.D && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                window.dependenciesButton().setSelected(!window.dependenciesButton().isSelected());
                e.consume();
            } else if (e.getCode() == KeyCode.LEFT) {
                window.stepBack();
                e.consume();
            }
        });
        stage.setTitle("Phoenix Lab");
        stage.setScene(scene);
        window.files().applyTheme();
        // The window comes back where and as large as it was left (if that place is still on a screen).
        double x = prefs.getDouble("window.x", Double.NaN);
        double y = prefs.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !javafx.stage.Screen.getScreensForRectangle(x, y, 100, 100).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getBoolean("window.maximized", false));
        stage.setOnHidden(e -> {
            prefs.putBoolean("window.maximized", stage.isMaximized());
            if (!stage.isMaximized()) {
                prefs.putDouble("window.x", stage.getX());
                prefs.putDouble("window.y", stage.getY());
                prefs.putDouble("window.width", scene.getWidth());
                prefs.putDouble("window.height", scene.getHeight());
            }
        });
        stage.show();
    }
}
