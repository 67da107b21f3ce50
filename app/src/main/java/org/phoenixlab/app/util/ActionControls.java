package org.phoenixlab.app.util;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCombination;

/** The controls made from an {@link AppAction}: menu items, buttons, toggle buttons. */
public final class ActionControls {
    private ActionControls() {
    }

    /**
     * A menu item with the action's words and key: an accelerator, or a single key (left to the
     * shortcut filter, so that it never fires while the user types) named after the words.
     */
    public static MenuItem menuItem(AppAction a) {
        MenuItem m = new MenuItem(a.singleKey() ? a.text() + "   (" + a.keys() + ")" : a.text());
        m.setId(a.menuId());
        m.setMnemonicParsing(false);
        if (a.keys() != null && !a.singleKey()) {
            m.setAccelerator(KeyCombination.keyCombination(a.keys()));
        }
        m.setOnAction(e -> a.run());
        if (a.disabled() != null) {
            m.disableProperty().bind(a.disabled());
        }
        return m;
    }

    /** A check item bound to the toggle's state. */
    public static CheckMenuItem checkMenuItem(AppAction a) {
        CheckMenuItem m = new CheckMenuItem(a.singleKey() ? a.text() + "   (" + a.keys() + ")" : a.text());
        m.setMnemonicParsing(false);
        if (a.keys() != null && !a.singleKey()) {
            m.setAccelerator(KeyCombination.keyCombination(a.keys()));
        }
        m.selectedProperty().bindBidirectional(a.selected());
        return m;
    }

    /** A button with the action's short words and tooltip. */
    public static Button button(AppAction a) {
        Button b = new Button(a.shortText());
        b.setOnAction(e -> a.run());
        decorate(b, a);
        return b;
    }

    /** A toggle button bound to the toggle's state. */
    public static ToggleButton toggle(AppAction a) {
        ToggleButton b = new ToggleButton(a.shortText());
        b.selectedProperty().bindBidirectional(a.selected());
        decorate(b, a);
        return b;
    }

    private static void decorate(ButtonBase b, AppAction a) {
        b.setId(a.id());
        if (a.icon() != null) {
            b.setGraphic(Icons.of(a.icon(), 16));
            if (b.getText().isEmpty()) {
                b.getStyleClass().add("icon-only");
                b.setAccessibleText(a.text()); // what a screen reader says, and what the lessons call it
            }
        }
        b.setMnemonicParsing(false);
        if (a.tooltip() != null) {
            Tips.install(b, a.tooltip());
        }
        if (a.disabled() != null) {
            b.disableProperty().bind(a.disabled());
        }
    }
}
