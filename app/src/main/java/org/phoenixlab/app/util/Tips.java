package org.phoenixlab.app.util;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their node. A tooltip is a popup window with a
 * scene of its own: the toolbar's fifteen, made with the window, were a tenth of the JavaFX thread's
 * work before the first frame. Until it exists a screen reader reads the same words as the node's
 * help (which is where JavaFX reads a tooltip's words from), and {@link #text} says them. Long words
 * wrap, at most 380 pixels wide.
 */
public final class Tips {
    private static final String KEY = "org.phoenixlab.tip";
    /** Where a node that is not a control keeps its tooltip once made. */
    private static final String MADE = "org.phoenixlab.tip.made";

    private Tips() {
    }

    /** {@code n} gets a tooltip saying {@code text} the first time the pointer comes over it. */
    public static void install(Node n, String text) {
        install(n, new javafx.beans.property.ReadOnlyStringWrapper(text));
    }

    /** As {@link #install(Node, String)}, the words following {@code text}. */
    public static void install(Node n, ObservableValue<String> text) {
        n.getProperties().put(KEY, text);
        n.accessibleHelpProperty().bind(text);
        n.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> tooltip(n));
    }

    /** The node's tooltip, made now if it was still waiting for the pointer (null: it has none). */
    public static Tooltip tooltip(Node n) {
        Tooltip made = made(n);
        if (made == null && n.getProperties().get(KEY) instanceof ObservableValue<?> v) {
            made = new Tooltip();
            @SuppressWarnings("unchecked")
            ObservableValue<String> words = (ObservableValue<String>) v;
            made.textProperty().bind(words);
            made.setWrapText(true);
            made.setMaxWidth(380);
            if (n instanceof Control c) {
                c.setTooltip(made); // its timer starts with the pointer's next move over the control
            } else {
                Tooltip.install(n, made);
                n.getProperties().put(MADE, made);
            }
        }
        return made;
    }

    /** What the node's tooltip says or will say, or null when it has none. */
    public static String text(Node n) {
        Tooltip made = made(n);
        if (made != null) {
            return made.getText();
        }
        return n.getProperties().get(KEY) instanceof ObservableValue<?> v ? (String) v.getValue() : null;
    }

    private static Tooltip made(Node n) {
        if (n instanceof Control c && c.getTooltip() != null) {
            return c.getTooltip();
        }
        return n.getProperties().get(MADE) instanceof Tooltip t ? t : null;
    }
}
