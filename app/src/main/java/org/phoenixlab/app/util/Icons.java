package org.phoenixlab.app.util;

import javafx.scene.control.Labeled;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Symbols from the icon font shipped with the program (Ikonli's Material Design Icons pack). */
public final class Icons {
    private Icons() {
    }

    /**
     * Reads the icon font on a thread of its own ({@link HeadStart}), once the toolkit is up (Ikonli's resolver loads its fonts the first time it is asked for one, which took the window's toolbar a
     * twentieth of a second). Class initialisation is done once, by whichever thread comes first: the JavaFX
     * thread, if it needs a symbol sooner, waits for this one instead of reading the font again.
     */
    public static void loadAside() {
        HeadStart.begin("icon-font", org.kordamp.ikonli.javafx.IkonResolver::getInstance);
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
