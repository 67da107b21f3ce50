package org.phoenixlab.app.main;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * What a first start shows over the drawing: where to begin. Start lesson 1, explore freely, or open
 * a scenario; Escape or any choice closes it, and it is not shown again (Help brings it back).
 */
public final class FirstStartCard extends StackPane {
    /** The preference that remembers it was shown. */
    static final String SHOWN_KEY = "firstStart.shown";

    private final Button lesson = new Button(org.phoenixlab.app.util.Messages.get("card.lesson"));
    private final Button explore = new Button(org.phoenixlab.app.util.Messages.get("card.explore"));
    private final Button open = new Button(org.phoenixlab.app.util.Messages.get("card.open"));
    private Runnable onClosed = () -> { };

    FirstStartCard(Runnable startLessonOne, Runnable openScenario) {
        setId("first-start");
        getStyleClass().add("first-start-veil");
        Label title = new Label(org.phoenixlab.app.util.Messages.get("card.title"));
        title.getStyleClass().add("first-start-title");
        Label intro = new Label(org.phoenixlab.app.util.Messages.get("card.intro", "A virtual host whose privileged VM you can break, to watch how it is noticed and repaired: "
                + "under Phoenix, which splits that VM into small unikernels with feedback loops, and under vanilla Xen, "
                + "Xoar and TFD-Xen. Where would you like to begin?"));
        intro.setWrapText(true);
        Label hint = new Label(org.phoenixlab.app.util.Messages.get("card.hint", "Later: Next moment (beside Play, or the Right arrow) goes from one moment of a fault's story to the next, the caption under the "
                + "drawing says what happened and why, and Help explains every word and key."));
        hint.setWrapText(true);
        hint.getStyleClass().add("detail");
        lesson.setId("first-start-lesson");
        lesson.setDefaultButton(true);
        lesson.setTooltip(new Tooltip(org.phoenixlab.app.util.Messages.get("card.lesson.tooltip", "Opens the Lessons panel and starts the first lesson: where drivers, XenStore and the "
                + "toolstack live, and one packet's journey (8 minutes)")));
        explore.setId("first-start-explore");
        explore.setTooltip(new Tooltip(org.phoenixlab.app.util.Messages.get("card.explore.tooltip")));
        open.setId("first-start-open");
        open.setTooltip(new Tooltip(org.phoenixlab.app.util.Messages.get("card.open.tooltip")));
        for (Button b : new Button[] {lesson, explore, open}) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("first-start-choice");
        }
        lesson.setOnAction(e -> {
            close();
            startLessonOne.run();
        });
        explore.setOnAction(e -> close());
        open.setOnAction(e -> {
            close();
            openScenario.run();
        });
        VBox card = new VBox(12, title, intro, lesson, explore, open, hint);
        card.getStyleClass().add("first-start-card");
        card.setPadding(new Insets(20));
        card.setMaxWidth(520);
        card.setMaxHeight(USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.CENTER);
        getChildren().add(card);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
    }

    void setOnClosed(Runnable r) {
        onClosed = r;
    }

    void requestFocusOnFirst() {
        javafx.application.Platform.runLater(lesson::requestFocus);
    }

    /** Closes the card (remembered as seen). */
    public void close() {
        onClosed.run();
    }

    public Button lessonButton() {
        return lesson;
    }

    public Button exploreButton() {
        return explore;
    }

    public Button openButton() {
        return open;
    }
}
