package org.phoenixlab.app.main;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The single-key shortcuts: Space plays or pauses, the arrows step, D shows the dependencies. A
 * filter on the scene, so they work whichever control has the focus, except while the user types in
 * a text field. (Shortcuts with Ctrl are accelerators on the menus.)
 */
public final class Shortcuts {
    private Shortcuts() {
    }

    public static void install(Scene scene, MainWindow window) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == KeyCode.SPACE) {
                window.playButton().setSelected(!window.playButton().isSelected());
                e.consume();
            } else if (e.getCode() == KeyCode.RIGHT) {
                window.stepForward();
                e.consume();
            } else if (e.getCode() == KeyCode.LEFT) {
                window.stepBack();
                e.consume();
            } else if (e.getCode() == KeyCode.D) {
                window.dependenciesButton().setSelected(!window.dependenciesButton().isSelected());
                e.consume();
            }
        });
    }
}
