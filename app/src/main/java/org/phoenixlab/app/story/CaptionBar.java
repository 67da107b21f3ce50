package org.phoenixlab.app.story;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.phoenixlab.engine.trace.Moment;

/**
 * The caption under the drawing: the moment of the story just told, its time, and one sentence
 * saying what happened and why. It reads its {@link StoryViewModel}; the window places it.
 */
public final class CaptionBar extends HBox {
    private final Label symbol = new Label();
    private final Label title = new Label();
    private final Label text = new Label();

    public CaptionBar(StoryViewModel story) {
        setId("caption-bar");
        getStyleClass().add("caption-bar");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 10));
        symbol.getStyleClass().add("caption-symbol");
        symbol.setMinWidth(USE_PREF_SIZE);
        title.getStyleClass().add("caption-title");
        title.setMinWidth(USE_PREF_SIZE);
        text.setId("caption-text");
        text.getStyleClass().add("caption-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        setAccessibleRole(AccessibleRole.TEXT);
        org.phoenixlab.app.util.Tips.install(this, org.phoenixlab.app.util.Messages.get("caption.tooltip"));
        getChildren().addAll(symbol, title, text);
        story.captionProperty().addListener((o, was, c) -> show(c));
        show(story.captionProperty().get());
    }

    private void show(StoryViewModel.Caption c) {
        getStyleClass().removeIf(s -> s.startsWith("caption-stage-"));
        if (c.moment().isEmpty()) {
            symbol.setText("\u2139"); // information
            title.setText("");
            title.setVisible(false);
            title.setManaged(false);
            getStyleClass().add("caption-stage-none");
        } else {
            Moment m = c.moment().get();
            symbol.setText(symbolOf(m.stage()));
            title.setText(org.phoenixlab.app.util.Messages.get("moment." + m.name(), m.title()) + " \u00B7 "
                    + String.format(org.phoenixlab.app.util.Messages.locale(), "%.3f s", c.timeUs() / 1e6));
            title.setVisible(true);
            title.setManaged(true);
            getStyleClass().add("caption-stage-" + m.stage().name().toLowerCase(java.util.Locale.ROOT));
        }
        text.setText(c.text());
        setAccessibleText((title.getText().isEmpty() ? "" : title.getText() + ": ") + c.text());
        // JavaFX has no live region: the changed text is announced as the node's text changing.
        notifyAccessibleAttributeChanged(javafx.scene.AccessibleAttribute.TEXT);
    }

    /** The symbol of a story's stage (never told by colour alone). */
    public static String symbolOf(Moment.Stage stage) {
        return switch (stage) {
            case BREAKS -> "\u2716";   // heavy x
            case NOTICED -> "\u26A0";  // warning sign
            case DECIDED -> "\u21BB";  // clockwise arrow
            case HEALED -> "\u2714";   // check mark
            case OTHER -> "\u2022";    // bullet
        };
    }

    /** The words shown now (for tests). */
    public String text() {
        return text.getText();
    }

    /** "Detected · 2.027 s", or "" before the first moment. */
    public String title() {
        return title.getText();
    }
}
