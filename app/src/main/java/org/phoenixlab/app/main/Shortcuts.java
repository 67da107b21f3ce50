package org.phoenixlab.app.main;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.phoenixlab.app.util.AppAction;

/**
 * The single-key shortcuts of the window's actions (Space plays or pauses, the arrows step, D shows
 * the dependencies, ? shows every key): a filter on the scene, so they work whichever control has the
 * focus, except while the user types in a text field, and except for the keys the focused control
 * answers itself: Space presses a focused button (or opens a focused chooser), the arrows walk the
 * drawing when it has the focus. Shortcuts with Ctrl are the menus' accelerators.
 */
public final class Shortcuts {
    private Shortcuts() {
    }

    public static void install(Scene scene, MainWindow window) {
        install(scene, window.actions());
    }

    static void install(Scene scene, AppActions actions) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()
                    || ownedByFocus(scene.getFocusOwner(), e.getCode(), e.isShiftDown())) {
                return;
            }
            for (AppAction a : actions.all()) {
                if (a.singleKey() && a.typedKey() == null && KeyCombination.keyCombination(a.keys()).match(e)) {
                    a.run();
                    e.consume();
                    return;
                }
            }
        });
        // A key named by its character ("?") is matched on the character typed, whatever the keyboard's layout.
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            for (AppAction a : actions.all()) {
                if (a.typedKey() != null && a.typedKey().equals(e.getCharacter())) {
                    a.run();
                    e.consume();
                    return;
                }
            }
        });
    }

    /** Whether the focused control answers {@code code} itself (then no shortcut takes it). */
    static boolean ownedByFocus(Node focus, KeyCode code, boolean shift) {
        if (code == KeyCode.SPACE) {
            return focus instanceof ButtonBase || focus instanceof ComboBoxBase || focus instanceof javafx.scene.control.ChoiceBox;
        }
        if (code.isArrowKey() && !shift) { // Shift+arrow is the fine step everywhere
            return focus instanceof org.phoenixlab.app.architecture.ArchitectureView;
        }
        return false;
    }
}
