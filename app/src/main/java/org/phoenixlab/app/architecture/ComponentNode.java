package org.phoenixlab.app.architecture;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.phoenixlab.app.util.StateSymbols;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.sim.ComponentView;

/**
 * One component on the architecture view (one node per component, with the component's id as its node
 * id, for lookups, focus and accessible names): its name in the design's words, its state as colour,
 * symbol and words together, what it waits for or how far its repair has gone. Text is never cut: a
 * detail that does not fit its box is shortened to its first clause or left to the tooltip and the
 * inspector. Its look comes from the layout: a box with a line or two of detail, a box holding
 * others (title and state in its top row), a compact box, or a guest's tile.
 */
public final class ComponentNode extends VBox {
    public static final String ID_KEY = "componentId";
    /** Room kept free at the top right of a box for its repair-order badge. */
    public static final double BADGE_ROOM = 24;
    /** Room kept free at the top right of a box that holds others: the badge, and the I/O path entering over it. */
    public static final double HOLDER_ROOM = 48;

    static final Font TITLE_FONT = Font.font("DejaVu Sans", FontWeight.BOLD, 12);
    static final Font SMALL_FONT = Font.font("DejaVu Sans", 11);
    private static final double LINE = 14;

    private final String componentId;
    private final String fullTitle;
    // The title and the state's words are plain text nodes, not labels: a box never needs a label's own
    // cutting of its text (it fits its words itself, below), and a label costs a control, a skin and a text
    // node of its own to style and lay out, for every box, before the window's first frame.
    private final Text title = new Text();
    private final Text stateWords = new Text();
    private final FontIcon icon = StateSymbols.node(ComponentState.HEALTHY, 13);
    /** The state's symbol and words, side by side. */
    private final HBox state = new HBox(4, icon, stateWords);
    /** Made when the box first has words of detail to show, as is its repair's bar (most boxes never need either). */
    private Label detail;
    private ProgressBar progress;
    private final HBox header = new HBox(6);
    /** Made when the pointer first comes over the box: a window's start would otherwise make one per component. */
    private Tooltip tip;
    private String tipText = "";
    private final String description;
    private HostLayout.Look look = HostLayout.Look.FULL;
    private double boxWidth = 120;
    private double boxHeight = 60;
    private double rightRoom = BADGE_ROOM;
    private ComponentState shown;
    private String fullDetail = "";
    private final ReadOnlyObjectWrapper<ComponentState> stateProperty = new ReadOnlyObjectWrapper<>(ComponentState.HEALTHY);

    /** {@code title}: the design's word for it; {@code note}: what it is in this design (null: the component's own description). */
    public ComponentNode(ComponentSpec spec, String title, String note) {
        this.componentId = spec.id();
        this.fullTitle = title;
        this.description = note != null ? note : spec.description();
        setId(nodeId(spec.id()));
        getProperties().put(ID_KEY, spec.id());
        getStyleClass().addAll("component", spec.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        this.title.getStyleClass().add("title");
        stateWords.getStyleClass().add("state");
        state.getStyleClass().add("state-row");
        state.setAlignment(Pos.CENTER_LEFT);
        state.setMinWidth(Region.USE_PREF_SIZE);
        header.setAlignment(Pos.CENTER_LEFT);
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> tooltip());
        setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        setAccessibleRoleDescription(org.phoenixlab.app.util.Messages.get("node.role"));
        setAccessibleText(fullTitle);
        setLook(HostLayout.Look.FULL, 120, 60, false);
    }

    private Runnable onActivate;

    /**
     * Names the component for a screen reader with what holds it ("NIC driver, in net_uk"; {@code container}
     * the holder's words, or null at the top).
     */
    public void container(String container) {
        setAccessibleText(container == null ? fullTitle : org.phoenixlab.app.util.Messages.get("node.in")
                .replace("{0}", fullTitle).replace("{1}", container));
    }

    /** What activating it does (its menu opens): then a screen reader offers it as a button. */
    public void onActivate(Runnable r) {
        this.onActivate = r;
        setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
    }

    @Override
    public void executeAccessibleAction(javafx.scene.AccessibleAction action, Object... parameters) {
        if (action == javafx.scene.AccessibleAction.FIRE && onActivate != null) {
            onActivate.run();
        } else {
            super.executeAccessibleAction(action, parameters);
        }
    }

    /** What a screen reader says after the name: the state, what it waits for or how far it is, what it is. */
    private void describe(ComponentState s, String shownText, String why) {
        StringBuilder b = new StringBuilder(StateSymbols.word(s));
        if (!shownText.isEmpty()) {
            b.append(": ").append(shownText);
        }
        if (!why.isEmpty() && !shownText.contains(why)) {
            b.append("; ").append(why);
        }
        b.append(". ").append(description);
        String d = b.toString();
        if (!d.equals(getAccessibleHelp())) {
            setAccessibleHelp(d); // notifies the screen reader that the description changed
        }
    }

    /** The node id of a component's node ({@code guest/1} becomes {@code c-guest-1}): stable, for lookups and focus. */
    public static String nodeId(String componentId) {
        return "c-" + componentId.replace('/', '-').replace('_', '-');
    }

    /** How the node draws itself in a box of this size (the layout says); {@code oneRow}: a holder's title and state share a row. */
    public void setLook(HostLayout.Look look, double width, double height, boolean oneRow) {
        this.look = look;
        this.boxWidth = width;
        this.boxHeight = height;
        this.oneRow = oneRow;
        getStyleClass().removeAll("look-full", "look-holder", "look-compact", "look-tile");
        getStyleClass().add("look-" + look.name().toLowerCase(Locale.ROOT));
        rightRoom = look == HostLayout.Look.HOLDER ? HOLDER_ROOM : look == HostLayout.Look.TILE ? 0 : badged ? BADGE_ROOM : 4;
        setPadding(look == HostLayout.Look.TILE ? new Insets(2, 3, 2, 3) : new Insets(2, rightRoom, 2, 6));
        title.setText(fitTitle());
        getChildren().clear();
        header.getChildren().clear();
        if (look != HostLayout.Look.TILE) {
            state.getChildren().setAll(icon, stateWords); // a tile shows its symbol beside its number instead
        }
        if (look == HostLayout.Look.TILE) {
            title.setText(fullTitle.replaceAll("^\\D+", "")); // "guest 12" -> "12": the tile grid says they are guests
            header.getChildren().addAll(title, icon);
            getChildren().add(header);
        } else if (look == HostLayout.Look.HOLDER && oneRow) {
            header.getChildren().addAll(title, state);
            getChildren().add(header);
        } else if (look == HostLayout.Look.HOLDER) {
            header.getChildren().add(state);
            getChildren().addAll(title, header);
        } else {
            getChildren().addAll(title, state);
        }
        if (detail != null) {
            detail.setWrapText(look != HostLayout.Look.HOLDER);
        }
        shown = null; // the state's words depend on the look
        fullDetail = null;
        apply(stateProperty.get(), lastWhy, lastAction, lastFraction, lastNote);
    }

    private boolean oneRow;
    private boolean badged = true;

    /** Whether the box keeps room for a repair-order badge (only what the dependency graph repairs gets one). */
    public void badged(boolean on) {
        badged = on;
    }

    /** Keeps the words in the left {@code width} of the box (its parts stand to the right). */
    public void textColumn(double width) {
        rightRoom = boxWidth - width;
        setPadding(new Insets(2, rightRoom, 2, 6));
        title.setText(fitTitle());
        shown = null;
        fullDetail = null;
        apply(stateProperty.get(), lastWhy, lastAction, lastFraction, lastNote);
    }

    /** Shorter titles for a small box ("replica 2", then "R2"), tried in turn when the title does not fit. */
    public void shortTitle(String s, String tiny) {
        this.shortTitle = s;
        this.tinyTitle = tiny;
        title.setText(fitTitle());
    }

    private String tinyTitle;

    private String shortTitle;

    private double textWidth() {
        return boxWidth - (look == HostLayout.Look.TILE ? 6 : 6 + rightRoom) - 4; // padding, room on the right, borders
    }

    private String fitTitle() {
        if (look == HostLayout.Look.TILE || fits(fullTitle, TITLE_FONT, textWidth(), 1)) {
            return fullTitle;
        }
        if (shortTitle != null && fits(shortTitle, TITLE_FONT, textWidth(), 1)) {
            return shortTitle;
        }
        if (tinyTitle != null) {
            return tinyTitle;
        }
        String id = componentId.substring(componentId.lastIndexOf('/') + 1);
        return fits(id, TITLE_FONT, textWidth(), 1) ? id : shortTitle != null ? shortTitle : fullTitle;
    }

    public ComponentState state() {
        return stateProperty.get();
    }

    public ReadOnlyObjectProperty<ComponentState> stateProperty() {
        return stateProperty.getReadOnlyProperty();
    }

    public String componentId() {
        return componentId;
    }

    /** The state in words (for tests and for screen readers), whatever the look shows. */
    public String stateText() {
        return StateSymbols.word(stateProperty.get());
    }

    /** The box's tooltip, made the first time it is asked for (the pointer comes over the box). */
    public Tooltip tooltip() {
        if (tip == null) {
            tip = new Tooltip(tipText);
            tip.setWrapText(true);
            tip.setMaxWidth(380);
            tip.setShowDelay(Duration.millis(300));
            Tooltip.install(this, tip); // its timer starts with the next move of the pointer over the box
        }
        return tip;
    }

    /** What the tooltip says (whether or not it was made yet). */
    public String tooltipText() {
        return tipText;
    }

    /** The detail shown now, or "" (for tests). */
    public String detailText() {
        return detail != null && (getChildren().contains(detail) || header.getChildren().contains(detail)) ? detail.getText() : "";
    }

    private String lastWhy = "";
    private String lastAction = "";
    private double lastFraction;
    private String lastNote = "";

    public void update(ComponentView view, String note) {
        String why = view.waitingFor().isEmpty() ? org.phoenixlab.app.util.PhraseWords.of(view.reason(), null)
                : org.phoenixlab.app.util.Messages.get("node.waitsFor") + view.waitingFor();
        apply(view.state(), why, org.phoenixlab.app.util.ModelWords.repair(view.repairAction()), view.repairProgress(), note);
    }

    private void apply(ComponentState s, String why, String action, double fraction, String note) {
        lastWhy = why;
        lastAction = action;
        lastFraction = fraction;
        lastNote = note;
        if (s != shown) {
            for (ComponentState other : ComponentState.values()) {
                pseudoClassStateChanged(PseudoClass.getPseudoClass(other.id()), other == s);
            }
            StateSymbols.show(icon, s);
            String words = look == HostLayout.Look.TILE ? "" : look == HostLayout.Look.COMPACT ? StateSymbols.shortWord(s) : StateSymbols.word(s);
            if (look != HostLayout.Look.TILE && !fits(words, SMALL_FONT, textWidth() - 18, 1)) {
                words = StateSymbols.shortWord(s);
            }
            if (look != HostLayout.Look.TILE && look != HostLayout.Look.HOLDER && !fits(words, SMALL_FONT, textWidth() - 18, 1)) {
                words = ""; // a very narrow box: colour and symbol, the words in the tooltip
            }
            stateWords.setText(words);
            shown = s;
            stateProperty.set(s);
        }
        boolean repairing = s == ComponentState.REPAIRING;
        String text = repairing ? action + " " + Math.round(fraction * 100) + " %"
                : !note.isEmpty() ? note : (s == ComponentState.HEALTHY ? "" : why);
        if (!text.equals(fullDetail)) {
            fullDetail = text;
            tipText = fullTitle + " (" + componentId + ")\n" + StateSymbols.word(s) + (text.isEmpty() ? "" : ": " + text) + "\n\n" + description;
            if (tip != null) {
                tip.setText(tipText);
            }
            String fitted = look == HostLayout.Look.TILE ? "" : fitDetail(text);
            if (!fitted.equals(detailWords())) {
                detail().setText(fitted); // an equal but new string would still cost a layout pass
            }
        }
        if (look != HostLayout.Look.TILE) {
            // Shown only with words in it: an empty label would still be styled and laid out (every box has one).
            var holding = look == HostLayout.Look.HOLDER ? header.getChildren() : getChildren();
            if (detailWords().isEmpty()) {
                if (detail != null) {
                    holding.remove(detail);
                }
            } else if (!holding.contains(detail)) {
                holding.add(detail);
            }
        }
        describe(s, text, s == ComponentState.HEALTHY ? "" : why);
        boolean showBar = repairing && (look == HostLayout.Look.FULL || look == HostLayout.Look.COMPACT)
                && roomForLines(detailWords().isEmpty() ? 0 : detailLines) >= 0.6;
        if (showBar) {
            if (progress == null) {
                progress = new ProgressBar(0);
                progress.setMaxWidth(Double.MAX_VALUE);
                progress.setPrefHeight(8);
            }
            if (progress.getProgress() != fraction) {
                progress.setProgress(fraction);
            }
            if (!getChildren().contains(progress)) {
                getChildren().add(progress);
            }
        } else if (progress != null) {
            getChildren().remove(progress);
        }
    }

    /** The words of detail set now ("" before the box first had any). */
    private String detailWords() {
        return detail == null ? "" : detail.getText();
    }

    private Label detail() {
        if (detail == null) {
            detail = new Label();
            detail.getStyleClass().add("detail");
            detail.setWrapText(look != HostLayout.Look.HOLDER);
        }
        return detail;
    }

    private int detailLines;

    /** Lines of small text that fit below the title and state, after {@code used} detail lines. */
    private double roomForLines(int used) {
        double spacing = look == HostLayout.Look.COMPACT ? 0 : 2; // the style sheet's spacing between the rows
        double inner = boxHeight - 4 - 4 - 15 - LINE - 2 * spacing - used * (LINE + spacing);
        return inner / LINE;
    }

    /**
     * The detail as it fits the box: whole, its first clause, or nothing (the tooltip and the inspector say
     * it all). A holder has one row beside its state for it.
     */
    private String fitDetail(String text) {
        detailLines = 0;
        if (text.isEmpty()) {
            return "";
        }
        double w = textWidth();
        int lines;
        if (look == HostLayout.Look.HOLDER) {
            w -= width(stateWords.getText(), SMALL_FONT) + 18 + 6 + (oneRow ? width(title.getText(), TITLE_FONT) + 6 : 0);
            lines = 1;
        } else {
            lines = (int) Math.floor(roomForLines(0) + 0.05);
        }
        if (lines <= 0) {
            return "";
        }
        for (int n = 1; n <= lines; n++) {
            if (fits(text, SMALL_FONT, w, n)) {
                detailLines = n;
                return text;
            }
        }
        for (String cut : new String[] {":", ";", " (", ","}) {
            int i = text.indexOf(cut);
            if (i > 0) {
                for (int n = 1; n <= lines; n++) {
                    if (fits(text.substring(0, i), SMALL_FONT, w, n)) {
                        detailLines = n;
                        return text.substring(0, i);
                    }
                }
            }
        }
        return "";
    }

    /** The width of {@code s} on one line: measured once per text and font (a window's boxes ask again with every look and state). */
    private static double width(String s, Font font) {
        java.util.Map<String, Double> known = WIDTHS.computeIfAbsent(font, f -> new java.util.HashMap<>());
        Double w = known.get(s);
        if (w == null) {
            if (known.size() >= 4096) {
                known.clear(); // details with figures in them (a repair's per cent) would make it grow without end
            }
            MEASURE.setFont(font);
            MEASURE.setWrappingWidth(0);
            MEASURE.setText(s);
            w = MEASURE.getLayoutBounds().getWidth();
            known.put(s, w);
        }
        return w;
    }

    /** Per font (the box's two), the widths measured so far. */
    private static final java.util.Map<Font, java.util.Map<String, Double>> WIDTHS = new java.util.HashMap<>();

    private static final Text MEASURE = new Text();

    /** Whether {@code s} in {@code font} fits {@code lines} lines of {@code width} (words wrapped, none split). */
    static boolean fits(String s, Font font, double width, int lines) {
        if (s.isEmpty()) {
            return true;
        }
        if (width <= 0) {
            return false;
        }
        for (String word : s.split(" ")) {
            if (width(word, font) > width) {
                return false;
            }
        }
        if (lines == 1) {
            return width(s, font) <= width;
        }
        MEASURE.setFont(font);
        MEASURE.setText(s);
        MEASURE.setWrappingWidth(width);
        double h = MEASURE.getLayoutBounds().getHeight();
        MEASURE.setWrappingWidth(0);
        return h <= lines * (font.getSize() * 1.2) + 1;
    }
}
