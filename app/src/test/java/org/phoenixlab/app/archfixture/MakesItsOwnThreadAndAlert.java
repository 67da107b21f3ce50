package org.phoenixlab.app.archfixture;

import javafx.scene.control.Alert;

/** Test fixture: long work on a thread made by hand, and a message box of its own. Never used. */
public final class MakesItsOwnThreadAndAlert {
    public void work() {
        new Thread(() -> { }).start();
    }

    public void complain() {
        new Alert(Alert.AlertType.ERROR, "no").show();
    }
}
