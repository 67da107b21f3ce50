package org.phoenixlab.app.util;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their control. A tooltip is a popup window with a
 * scene of its own: the toolbar's fifteen, made with the window, were a tenth of the JavaFX thread's
 * work before the first frame. Until it exists a screen reader reads the same words as the control's
 * help (which is where JavaFX reads a tooltip's words from), and {@link #text} says them.
 */
public final class Tips {
    private static final String KEY = "org.phoenixlab.tip";

    private Tips() {
    }

    /** {@code c} gets a tooltip saying {@code text} the first time the pointer comes over it. */
    public static void install(Control c, String text) {
        install(c, new javafx.beans.property.ReadOnlyStringWrapper(text));
    }

    /** As {@link #install(Control, String)}, the words following {@code text}. */
    public static void install(Control c, ObservableValue<String> text) {
        c.getProperties().put(KEY, text);
        c.accessibleHelpProperty().bind(text);
        c.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> tooltip(c));
    }

    /** The control's tooltip, made now if it was still waiting for the pointer (null: it has none). */
    public static Tooltip tooltip(Control c) {
        if (c.getTooltip() == null && c.getProperties().get(KEY) instanceof ObservableValue<?> v) {
            Tooltip t = new Tooltip();
            @SuppressWarnings("unchecked")
            ObservableValue<String> words = (ObservableValue<String>) v;
            t.textProperty().bind(words);
            c.setTooltip(t); // its timer starts with the pointer's next move over the control
        }
        return c.getTooltip();
    }

    /** What the control's tooltip says or will say, or null when it has none. */
    public static String text(Control c) {
        if (c.getTooltip() != null) {
            return c.getTooltip().getText();
        }
        return c.getProperties().get(KEY) instanceof ObservableValue<?> v ? (String) v.getValue() : null;
    }
}
