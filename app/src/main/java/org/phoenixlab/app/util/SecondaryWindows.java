package org.phoenixlab.app.util;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/** What every secondary window (Compare, Help) shares: Escape and Ctrl+W close it, as users expect. */
public final class SecondaryWindows {
    private static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    private SecondaryWindows() {
    }

    /** Escape (unless a control used it, such as an open list) and Ctrl+W hide {@code stage}. */
    public static void closeWithKeys(Stage stage) {
        stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || CLOSE.match(e)) {
                stage.hide();
                e.consume();
            }
        });
    }
}
