package org.phoenixlab.app.prefs;

import java.util.prefs.Preferences;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The window comes back as large as it was left, where it was (if that place is still on a screen). */
public final class WindowMemory {
    public static final double DEFAULT_WIDTH = 1540;
    public static final double DEFAULT_HEIGHT = 960;
    /** The drawing's share of the height at a first start: all of it at full scale, the caption under it, the panels below. */
    public static final double DEFAULT_DIVIDER = 0.79;

    private final Preferences prefs;

    public WindowMemory(Preferences prefs) {
        this.prefs = prefs;
    }

    public double width() {
        return prefs.getDouble("window.width", DEFAULT_WIDTH);
    }

    public double height() {
        return prefs.getDouble("window.height", DEFAULT_HEIGHT);
    }

    /** The divider between the drawing and the lower panels, as a fraction of the height. */
    public double divider() {
        return prefs.getDouble("window.divider", DEFAULT_DIVIDER);
    }

    public void rememberDivider(double position) {
        prefs.putDouble("window.divider", position);
    }

    /** Puts the stage where it was; call before showing it. */
    public void restore(Stage stage) {
        double x = prefs.getDouble("window.x", Double.NaN);
        double y = prefs.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Screen.getScreensForRectangle(x, y, 100, 100).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getBoolean("window.maximized", false));
    }

    /** Remembers the stage's place and size (not those of a maximised window). */
    public void save(Stage stage) {
        prefs.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized() && stage.getScene() != null) {
            prefs.putDouble("window.x", stage.getX());
            prefs.putDouble("window.y", stage.getY());
            prefs.putDouble("window.width", stage.getScene().getWidth());
            prefs.putDouble("window.height", stage.getScene().getHeight());
        }
    }
}
