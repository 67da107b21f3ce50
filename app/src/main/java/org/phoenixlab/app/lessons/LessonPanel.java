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
import org.phoenixlab.app.util.Messages;
import org.phoenixlab.lessons.Lesson;
import org.phoenixlab.lessons.LessonProgress;
import org.phoenixlab.lessons.LessonShelf;

/**
 * The Lessons side panel: an overview of every lesson (goals, minutes, done or not, quiz score) and
 * the player (step text, progress, Next/Back/Restart, quiz choices, and feedback when the student
 * does something else than the step asks). It shows what its {@link LessonViewModel} says.
 */
public final class LessonPanel extends VBox {
    private final LessonViewModel model;
    private final ListView<LessonShelf.Shelved> list = new ListView<>();
    private final VBox overview = new VBox(8);
    private final VBox player = new VBox(10);
    private final Label title = new Label();
    private final Label stepCount = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final TextFlow text = new TextFlow();
    private final Label waiting = new Label();
    private final VBox choices = new VBox(6);
    private final Label feedback = new Label();
    private final Button next = new Button(Messages.get("lesson.next"));
    private final Button back = new Button(Messages.get("lesson.back"));
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
        Label heading = new Label(Messages.get("lesson.heading"));
        heading.getStyleClass().add("lesson-title");
        Label intro = new Label(Messages.get("lesson.intro"));
        intro.setWrapText(true);
        list.setItems(model.shelf());
        list.setId("lesson-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LessonShelf.Shelved item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setTooltip(null);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                VBox box = new VBox(2);
                if (item.source().teachers()) {
                    Label whose = new Label(Messages.format("lesson.yours", item.source().group()));
                    whose.getStyleClass().addAll("detail", "lesson-teachers");
                    box.getChildren().add(whose);
                }
                if (item instanceof LessonShelf.Ready ready) {
                    Lesson l = ready.lesson();
                    Label name = new Label((model.lessons().indexOf(l) + 1) + ". " + l.title());
                    name.getStyleClass().add("lesson-name");
                    Label goals = new Label(String.join(" \u00B7 ", l.goals()));
                    goals.setWrapText(true);
                    goals.getStyleClass().add("detail");
                    goals.setMaxWidth(290);
                    Label status = new Label(model.status(l));
                    status.getStyleClass().add(model.done(l) ? "lesson-done" : "detail");
                    box.getChildren().addAll(name, goals, status);
                } else if (item instanceof LessonShelf.Broken broken) {
                    Label name = new Label(Messages.format("lesson.broken", java.nio.file.Path.of(broken.file()).getFileName()));
                    name.getStyleClass().add("lesson-name");
                    Label why = new Label(broken.problem());
                    why.setWrapText(true);
                    why.setMaxWidth(290);
                    why.getStyleClass().addAll("detail", "lesson-broken");
                    box.getChildren().addAll(name, why);
                    setTooltip(new Tooltip(broken.problem()));
                }
                setGraphic(box);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && selectedLesson() != null) {
                start(selectedLesson());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button startButton = new Button(Messages.get("lesson.start"));
        startButton.setId("lesson-start");
        startButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> selectedLesson() == null,
                list.getSelectionModel().selectedItemProperty()));
        startButton.setOnAction(e -> start(selectedLesson()));
        startButton.setTooltip(new Tooltip(Messages.get("lesson.start.tooltip")));
        Button reload = new Button(Messages.get("lesson.reload"));
        reload.setId("lesson-reload");
        reload.setOnAction(e -> model.reload());
        reload.setTooltip(new Tooltip(Messages.format("lesson.reload.tooltip", model.lessonsFolder())));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(6, startButton, gap, reload);
        overview.getChildren().setAll(heading, intro, list, buttons);
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
        next.setTooltip(new Tooltip(Messages.get("lesson.next.tooltip")));
        back.setId("lesson-back");
        back.setOnAction(e -> model.back());
        back.setTooltip(new Tooltip(Messages.get("lesson.back.tooltip")));
        Button restart = new Button(Messages.get("lesson.restart"));
        restart.setOnAction(e -> model.restart());
        restart.setTooltip(new Tooltip(Messages.get("lesson.restart.tooltip")));
        Button all = new Button(Messages.get("lesson.all"));
        all.setId("lesson-overview");
        all.setOnAction(e -> leave());
        all.setTooltip(new Tooltip(Messages.get("lesson.all.tooltip")));
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

    private Lesson selectedLesson() {
        return list.getSelectionModel().getSelectedItem() instanceof LessonShelf.Ready r ? r.lesson() : null;
    }

    /** Selects {@code lesson} in the list (and scrolls to it). */
    public void select(Lesson lesson) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof LessonShelf.Ready r && r.lesson() == lesson) {
                list.getSelectionModel().select(i);
                list.scrollTo(i);
                return;
            }
        }
    }

    /** Selects the line of {@code item} (a lesson or a broken file) and scrolls to it. */
    public void select(LessonShelf.Shelved item) {
        int i = list.getItems().indexOf(item);
        if (i >= 0) {
            list.getSelectionModel().select(i);
            list.scrollTo(i);
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
