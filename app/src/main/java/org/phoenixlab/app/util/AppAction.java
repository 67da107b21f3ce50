package org.phoenixlab.app.util;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Something the user can do, declared once: its words, its key, what it does and when it is
 * disabled; a toggle also has its on/off property. The menu bar, the toolbar, the single-key
 * shortcuts and the lessons read the same declaration ({@link ActionControls} makes the controls).
 */
public final class AppAction {
    private final String id;
    private final String text;
    private final String shortText;
    private final String tooltip;
    private final String keys;
    private final String menuId;
    private final Runnable handler;
    private final ObservableBooleanValue disabled;
    private final BooleanProperty selected;
    private final org.kordamp.ikonli.Ikon icon;

    private AppAction(Builder b) {
        this.id = Objects.requireNonNull(b.id);
        // Declared in English; the user's language has its words under action.<id>.* (Messages).
        this.text = Messages.get("action." + b.id + ".text", Objects.requireNonNull(b.text));
        this.shortText = b.shortText == null ? text : b.shortText.isEmpty() ? "" : Messages.get("action." + b.id + ".short", b.shortText);
        this.tooltip = b.tooltip == null ? null : Messages.get("action." + b.id + ".tooltip", b.tooltip);
        this.keys = b.keys;
        this.menuId = b.menuId;
        this.selected = b.selected;
        this.handler = b.handler != null ? b.handler : b.selected != null ? () -> b.selected.set(!b.selected.get()) : null;
        this.disabled = b.disabled;
        this.icon = b.icon;
        Objects.requireNonNull(handler, "an action does something: " + id);
    }

    public static Builder of(String id, String text) {
        return new Builder(id, text);
    }

    /** The control's id (for tests and style sheets). */
    public String id() {
        return id;
    }

    /** Words for a menu. */
    public String text() {
        return text;
    }

    /** Words (or a symbol) for a toolbar button. */
    public String shortText() {
        return shortText;
    }

    /** The symbol a toolbar button shows (from the icon font shipped with the program), or null. */
    public org.kordamp.ikonli.Ikon icon() {
        return icon;
    }

    /** The tooltip, or null. */
    public String tooltip() {
        return tooltip;
    }

    /**
     * The key, as JavaFX writes key combinations ("Shortcut+O"), or null. A key without a Ctrl, Alt
     * or Meta modifier ("Space", "D", "Shift+Left") is a single-key shortcut: it acts unless the user is
     * typing in a text field.
     */
    public String keys() {
        return keys;
    }

    /**
     * The character of a key named by what it types ("?"), matched on the character typed whatever the
     * keyboard's layout; null for a key named by its key code.
     */
    public String typedKey() {
        return keys != null && keys.length() == 1 && !Character.isLetterOrDigit(keys.charAt(0)) ? keys : null;
    }

    /** The id of its menu item (for tests), or null. */
    public String menuId() {
        return menuId;
    }

    /**
     * Whether the key needs no Ctrl, Alt or Meta ("Space", "D", "Shift+Right"): such a key acts through
     * the shortcut filter, unless the user is typing in a text field, never as a menu accelerator.
     */
    public boolean singleKey() {
        return keys != null && !keys.matches("(?i).*\\b(Shortcut|Ctrl|Control|Alt|Meta|Command)\\+.*");
    }

    public void run() {
        if (disabled == null || !disabled.get()) {
            handler.run();
        }
    }

    /** When it cannot be used, or null when it always can. */
    public ObservableBooleanValue disabled() {
        return disabled;
    }

    /** A toggle's state, or null for a plain action. */
    public BooleanProperty selected() {
        return selected;
    }

    public boolean isToggle() {
        return selected != null;
    }

    /** Builds an action. */
    public static final class Builder {
        private final String id;
        private final String text;
        private String shortText;
        private String tooltip;
        private String keys;
        private String menuId;
        private Runnable handler;
        private ObservableBooleanValue disabled;
        private BooleanProperty selected;
        private org.kordamp.ikonli.Ikon icon;

        private Builder(String id, String text) {
            this.id = id;
            this.text = text;
        }

        public Builder shortText(String s) {
            this.shortText = s;
            return this;
        }

        /** A symbol for its toolbar button; with an empty short text the button shows the symbol alone. */
        public Builder icon(org.kordamp.ikonli.Ikon i) {
            this.icon = i;
            return this;
        }

        public Builder tooltip(String s) {
            this.tooltip = s;
            return this;
        }

        public Builder keys(String s) {
            this.keys = s;
            return this;
        }

        public Builder menuId(String s) {
            this.menuId = s;
            return this;
        }

        public Builder does(Runnable r) {
            this.handler = r;
            return this;
        }

        public Builder disabledWhen(ObservableBooleanValue v) {
            this.disabled = v;
            return this;
        }

        /** A toggle: the action flips {@code state} unless {@link #does} says otherwise. */
        public Builder toggles(BooleanProperty state) {
            this.selected = state;
            return this;
        }

        public AppAction build() {
            return new AppAction(this);
        }
    }
}
