package org.phoenixlab.app.util;

import javafx.scene.control.Labeled;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Symbols from the icon font shipped with the program (Ikonli's Material Design Icons pack). */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Ikon ikon, int size) {
        FontIcon i = new FontIcon(ikon);
        i.setIconSize(size);
        i.getStyleClass().add("icon");
        return i;
    }

    /** Gives a button or label a symbol before its words. */
    public static <T extends Labeled> T with(T labeled, Ikon ikon) {
        labeled.setGraphic(of(ikon, 15));
        return labeled;
    }
}
