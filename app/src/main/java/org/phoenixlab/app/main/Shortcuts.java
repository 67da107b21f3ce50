package org.phoenixlab.app.main;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.phoenixlab.app.util.AppAction;

/**
 * The single-key shortcuts of the window's actions (Space plays or pauses, the arrows step, D shows
 * the dependencies): a filter on the scene, so they work whichever control has the focus, except
 * while the user types in a text field. Shortcuts with Ctrl are the menus' accelerators.
 */
public final class Shortcuts {
    private Shortcuts() {
    }

    public static void install(Scene scene, MainWindow window) {
        install(scene, window.actions());
    }

    static void install(Scene scene, AppActions actions) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            for (AppAction a : actions.all()) {
                if (a.singleKey() && KeyCombination.keyCombination(a.keys()).match(e)) {
                    a.run();
                    e.consume();
                    return;
                }
            }
        });
    }
}
