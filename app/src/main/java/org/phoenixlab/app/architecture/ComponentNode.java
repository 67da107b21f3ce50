package org.phoenixlab.app.architecture;

import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.phoenixlab.app.util.StateSymbols;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.sim.ComponentView;

/**
 * One component on the architecture view: its name, its state in words with a symbol (never colour
 * alone), what it waits for or how far its repair has gone, and a tooltip saying what it does.
 */
public final class ComponentNode extends VBox {
    public static final String ID_KEY = "componentId";

    private final String componentId;
    private final Label state = new Label();
    private final Label detail = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private ComponentState shown;
    private final javafx.beans.property.ReadOnlyObjectWrapper<ComponentState> stateProperty =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(ComponentState.HEALTHY);

    private final boolean compact;

    /** {@code shortTitle} non-null makes a compact node: small type, short title, state in one word. */
    public ComponentNode(ComponentSpec spec, String shortTitle) {
        this.componentId = spec.id();
        this.compact = shortTitle != null;
        getProperties().put(ID_KEY, spec.id());
        getStyleClass().addAll("component", spec.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (compact) {
            getStyleClass().add("compact");
        }
        Label title = new Label(compact ? shortTitle : spec.label());
        title.getStyleClass().add("title");
        getChildren().add(title);
        state.getStyleClass().add("state");
        detail.getStyleClass().add("detail");
        // Boxes that hold other boxes keep their explanation to one line (the full text is in the inspector).
        boolean holdsBoxes = spec.kind() == org.phoenixlab.engine.model.ComponentKind.GUEST
                || spec.kind() == org.phoenixlab.engine.model.ComponentKind.SERVICE_GROUP
                || spec.kind() == org.phoenixlab.engine.model.ComponentKind.UNIKERNEL
                && !spec.id().equals(org.phoenixlab.engine.model.ComponentIds.TOOL_UK);
        detail.setWrapText(!holdsBoxes);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setPrefHeight(8);
        getChildren().add(state);
        Tooltip tip = new Tooltip(spec.label() + " (" + spec.id() + ")\n" + spec.description());
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        tip.setShowDelay(Duration.millis(300));
        Tooltip.install(this, tip);
        apply(ComponentState.HEALTHY, "", "", 0);
    }

    public ComponentState state() {
        return stateProperty.get();
    }

    public javafx.beans.property.ReadOnlyObjectProperty<ComponentState> stateProperty() {
        return stateProperty.getReadOnlyProperty();
    }

    public String componentId() {
        return componentId;
    }

    /** The state text shown now (for tests and for screen readers). */
    public String stateText() {
        return state.getText();
    }

    public void update(ComponentView view, String note) {
        String why = view.waitingFor().isEmpty() ? view.reason() : "waits for " + view.waitingFor();
        apply(view.state(), why, view.repairAction(), view.repairProgress(), note);
    }

    private void apply(ComponentState s, String why, String action, double fraction) {
        apply(s, why, action, fraction, "");
    }

    private void apply(ComponentState s, String why, String action, double fraction, String note) {
        if (s != shown) {
            for (ComponentState other : ComponentState.values()) {
                pseudoClassStateChanged(PseudoClass.getPseudoClass(other.id()), other == s);
            }
            state.setText(StateSymbols.of(s) + " " + (compact ? s.id() : s.label()));
            shown = s;
            stateProperty.set(s);
        }
        boolean repairing = s == ComponentState.REPAIRING;
        String text = repairing ? action + " " + Math.round(fraction * 100) + " %"
                : !note.isEmpty() ? note : (s == ComponentState.HEALTHY ? "" : why);
        if (!text.equals(detail.getText())) {
            detail.setText(text); // an equal but new string would still cost a layout pass
        }
        if (text.isEmpty()) {
            getChildren().remove(detail);
        } else if (!getChildren().contains(detail) && getChildren().contains(state)) {
            getChildren().add(detail);
        }
        if (repairing) {
            if (progress.getProgress() != fraction) {
                progress.setProgress(fraction);
            }
            if (!getChildren().contains(progress)) {
                getChildren().add(progress);
            }
        } else {
            getChildren().remove(progress);
        }
    }
}
