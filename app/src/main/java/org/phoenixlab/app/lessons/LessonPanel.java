package org.phoenixlab.app.lessons;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.phoenixlab.lessons.Lesson;
import org.phoenixlab.lessons.LessonProgress;

/**
 * The Lessons side panel: an overview of every lesson (goals, minutes, done or not, quiz score) and
 * the player (step text, progress, Next/Back/Restart, quiz choices, and feedback when the student
 * does something else than the step asks). It shows what its {@link LessonViewModel} says.
 */
public final class LessonPanel extends VBox {
    private final LessonViewModel model;
    private final ListView<Lesson> list = new ListView<>();
    private final VBox overview = new VBox(8);
    private final VBox player = new VBox(10);
    private final Label title = new Label();
    private final Label stepCount = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final TextFlow text = new TextFlow();
    private final Label waiting = new Label();
    private final VBox choices = new VBox(6);
    private final Label feedback = new Label();
    private final Button next = new Button("Next \u25B6");
    private final Button back = new Button("\u25C0 Back");
    /** After a step's event came: the time to read it, then the lesson moves on by itself. */
    private final javafx.animation.PauseTransition reading = new javafx.animation.PauseTransition();

    public LessonPanel(LessonViewModel model) {
        this.model = model;
        getStyleClass().add("lesson-panel");
        setPadding(new Insets(10));
        setSpacing(10);
        setPrefWidth(360);
        setMinWidth(300);
        buildOverview();
        buildPlayer();
        getChildren().setAll(overview);
        // Invalidation, not change: a page equal to the one shown is drawn again (fresh quiz buttons).
        model.pageProperty().addListener(o -> show(model.pageProperty().get()));
        model.feedbackProperty().addListener(o -> say(model.feedbackProperty().get()));
    }

    public LessonViewModel viewModel() {
        return model;
    }

    private void buildOverview() {
        Label heading = new Label("Lessons");
        heading.getStyleClass().add("lesson-title");
        Label intro = new Label("Guided, step by step: each lesson waits for you to act and checks what you do.");
        intro.setWrapText(true);
        list.getItems().setAll(model.lessons());
        list.setId("lesson-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Lesson l, boolean empty) {
                super.updateItem(l, empty);
                setText(null);
                if (empty || l == null) {
                    setGraphic(null);
                    return;
                }
                Label name = new Label((model.lessons().indexOf(l) + 1) + ". " + l.title());
                name.getStyleClass().add("lesson-name");
                Label goals = new Label(String.join(" \u00B7 ", l.goals()));
                goals.setWrapText(true);
                goals.getStyleClass().add("detail");
                goals.setMaxWidth(290);
                Label status = new Label(model.status(l));
                status.getStyleClass().add(model.done(l) ? "lesson-done" : "detail");
                setGraphic(new VBox(2, name, goals, status));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                start(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button startButton = new Button("Start the lesson");
        startButton.setId("lesson-start");
        startButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        startButton.setOnAction(e -> start(list.getSelectionModel().getSelectedItem()));
        startButton.setTooltip(new Tooltip("Starts the selected lesson on its own scenario (or double-click it)"));
        overview.getChildren().setAll(heading, intro, list, startButton);
        VBox.setVgrow(overview, Priority.ALWAYS);
    }

    private void buildPlayer() {
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        bar.setMaxWidth(Double.MAX_VALUE);
        text.getStyleClass().add("lesson-text");
        text.setId("lesson-text");
        text.setPrefWidth(320);
        waiting.getStyleClass().add("lesson-waiting");
        waiting.setWrapText(true);
        feedback.setWrapText(true);
        feedback.setId("lesson-feedback");
        feedback.getStyleClass().add("lesson-feedback");
        feedback.managedProperty().bind(feedback.visibleProperty());
        feedback.setVisible(false);
        next.setId("lesson-next");
        next.setOnAction(e -> model.next());
        next.setTooltip(new Tooltip("On to the next step (when this one only asks you to read, when what it waits for "
                + "has happened, or when it is done)"));
        back.setId("lesson-back");
        back.setOnAction(e -> model.back());
        back.setTooltip(new Tooltip("Read the previous step again"));
        Button restart = new Button("Restart");
        restart.setOnAction(e -> model.restart());
        restart.setTooltip(new Tooltip("Start this lesson again from its first step and its scenario's beginning"));
        Button all = new Button("All lessons");
        all.setId("lesson-overview");
        all.setOnAction(e -> leave());
        all.setTooltip(new Tooltip("Back to the list of lessons"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(6, back, next, gap, restart, all);
        player.getChildren().setAll(title, stepCount, bar, text, waiting, choices, feedback, buttons);
    }

    /** Starts a lesson: its scenario from time zero, its first step (unless the student keeps unsaved work). */
    public void start(Lesson lesson) {
        if (model.start(lesson)) {
            getChildren().setAll(player);
        }
    }

    /** Back to the overview. */
    public void leave() {
        model.leave();
        list.refresh();
        getChildren().setAll(overview);
    }

    // For tests: the state of the player.
    public boolean inLesson() {
        return model.inLesson();
    }

    public LessonProgress progress() {
        return model.progress();
    }

    public List<Lesson> lessons() {
        return model.lessons();
    }

    public Label feedback() {
        return feedback;
    }

    public boolean done(Lesson l) {
        return model.done(l);
    }

    private void show(LessonViewModel.Page page) {
        if (page == null) {
            return;
        }
        title.setText(page.title());
        stepCount.setText(page.stepCount());
        bar.setProgress(page.fraction());
        text.getChildren().setAll(page.finished() ? List.of(new Text(page.text())) : rich(page.text()));
        waiting.setText(page.waiting());
        choices.getChildren().clear();
        for (int i = 0; i < page.choices().size(); i++) {
            int choice = i;
            Button b = new Button(page.choices().get(i));
            b.setMnemonicParsing(false); // "net_uk" is a name, not a mnemonic: it must not lose its underscore
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("quiz-choice");
            b.setId("quiz-choice-" + i);
            b.setOnAction(e -> {
                if (!model.answer(choice)) {
                    b.getStyleClass().add("quiz-wrong");
                }
            });
            choices.getChildren().add(b);
        }
        next.setDisable(!page.canNext());
        back.setDisable(!page.canBack());
        reading.stop();
        if (page.seen()) {
            reading.setDuration(javafx.util.Duration.seconds(page.readSeconds()));
            reading.setOnFinished(e -> model.readingOver(page)); // moves on only if this page is still the one shown
            reading.playFromStart();
        }
    }

    /** The page's reading time, running (for tests). */
    public javafx.animation.PauseTransition reading() {
        return reading;
    }

    private void say(LessonViewModel.Feedback f) {
        feedback.getStyleClass().removeAll("lesson-feedback-good", "lesson-feedback-bad");
        if (f == null) {
            feedback.setVisible(false);
            return;
        }
        feedback.setText(f.message());
        feedback.getStyleClass().add(f.good() ? "lesson-feedback-good" : "lesson-feedback-bad");
        feedback.setVisible(true);
    }

    /** "*word*" in bold, the rest plain. */
    static List<Text> rich(String s) {
        List<Text> out = new ArrayList<>();
        String[] parts = s.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                continue;
            }
            Text t = new Text(parts[i]);
            t.getStyleClass().add(i % 2 == 1 ? "lesson-emphasis" : "lesson-plain");
            out.add(t);
        }
        return out;
    }
}
