package org.phoenixlab.app.util;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.phoenixlab.engine.model.ComponentState;

/**
 * The symbol shown with each state, so that a state is never told by colour alone. Symbols come from
 * the icon font shipped with the program (Material Design Icons through Ikonli), never from a system
 * font, which may lack the glyph and draw an empty box.
 */
public final class StateSymbols {
    private StateSymbols() {
    }

    public static Ikon icon(ComponentState s) {
        return switch (s) {
            case HEALTHY -> MaterialDesignC.CHECK_CIRCLE;
            case FAULTY -> MaterialDesignC.CLOSE_CIRCLE;
            case DETECTED -> MaterialDesignA.ALERT;
            case REPAIRING -> MaterialDesignA.AUTORENEW;
            case DEGRADED -> MaterialDesignC.CIRCLE_HALF_FULL;
            case STOPPED -> MaterialDesignS.STOP_CIRCLE;
        };
    }

    /** A state's symbol as a node, styled {@code state-icon} and {@code state-icon-<state>}. */
    public static FontIcon node(ComponentState s, int size) {
        FontIcon i = Icons.of(icon(s), size);
        i.getStyleClass().addAll("state-icon", "state-icon-" + s.id());
        return i;
    }

    /** Sets {@code icon} to the symbol of {@code s} (and its style class), reusing the node. */
    public static void show(FontIcon icon, ComponentState s) {
        icon.setIconCode(icon(s));
        icon.getStyleClass().removeIf(c -> c.startsWith("state-icon-"));
        icon.getStyleClass().add("state-icon-" + s.id());
    }

    /** The state's word in the window's language ({@code state.<id>}; the engine's English word when none). */
    public static String word(ComponentState s) {
        return Messages.get("state." + s.id(), s.label());
    }

    /** The state's short word, for small boxes ({@code state.<id>.short}; the state's id, "healthy", when none). */
    public static String shortWord(ComponentState s) {
        return Messages.get("state." + s.id() + ".short", s.id());
    }

    /** For code that needs a node of any kind. */
    public static Node graphic(ComponentState s) {
        return node(s, 13);
    }
}
