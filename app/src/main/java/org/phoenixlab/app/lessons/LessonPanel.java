package org.phoenixlab.app.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
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
import org.phoenixlab.app.main.MainWindow;
import org.phoenixlab.app.session.Session;
import org.phoenixlab.engine.trace.Trace;
import org.phoenixlab.lessons.Lesson;
import org.phoenixlab.lessons.LessonCatalog;
import org.phoenixlab.lessons.LessonProgress;
import org.phoenixlab.lessons.LessonStep;
import org.phoenixlab.lessons.Pace;
import org.phoenixlab.lessons.StepEnd;
import org.phoenixlab.lessons.StudentAction;

/**
 * The Lessons side panel: an overview of every lesson (goals, minutes, done or not, quiz score) and
 * the player (step text, progress, Next/Back/Restart, quiz choices, and feedback when the student
 * does something else than the step asks). It dims what is out of focus, sets the pace of the
 * simulation per step, and remembers finished lessons and quiz scores between runs.
 */
public final class LessonPanel extends VBox {
    private final MainWindow window;
    private final Preferences prefs;
    private final List<Lesson> lessons = LessonCatalog.allUnchecked();
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
    private LessonProgress progress;
    private Session fedSession;
    private Trace fedTrace;
    private int fed;

    public LessonPanel(MainWindow window, Preferences prefs) {
        this.window = window;
        this.prefs = prefs;
        getStyleClass().add("lesson-panel");
        setPadding(new Insets(10));
        setSpacing(10);
        setPrefWidth(360);
        setMinWidth(300);
        buildOverview();
        buildPlayer();
        getChildren().setAll(overview);
    }

    private void buildOverview() {
        Label heading = new Label("Lessons");
        heading.getStyleClass().add("lesson-title");
        Label intro = new Label("Guided, step by step: each lesson waits for you to act and checks what you do.");
        intro.setWrapText(true);
        list.getItems().setAll(lessons);
        list.setId("lesson-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Lesson l, boolean empty) {
                super.updateItem(l, empty);
                if (empty || l == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label name = new Label((lessons.indexOf(l) + 1) + ". " + l.title());
                name.getStyleClass().add("lesson-name");
                Label goals = new Label(String.join(" \u00B7 ", l.goals()));
                goals.setWrapText(true);
                goals.getStyleClass().add("detail");
                goals.setMaxWidth(290);
                Label status = new Label(status(l));
                status.getStyleClass().add(done(l) ? "lesson-done" : "detail");
                VBox box = new VBox(2, name, goals, status);
                setGraphic(box);
                setText(null);
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
        startButton.setDefaultButton(false);
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
        next.setId("lesson-next");
        next.setOnAction(e -> {
            progress.next();
            show(true);
        });
        next.setTooltip(new Tooltip("On to the next step (when this one only asks you to read, or is done)"));
        back.setId("lesson-back");
        back.setOnAction(e -> {
            progress.back();
            show(false);
        });
        back.setTooltip(new Tooltip("Read the previous step again"));
        Button restart = new Button("Restart");
        restart.setOnAction(e -> start(progress.lesson()));
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

    public boolean inLesson() {
        return progress != null;
    }

    public LessonProgress progress() {
        return progress;
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    public Label feedback() {
        return feedback;
    }

    /** Starts a lesson: its scenario from time zero, its first step. */
    public void start(Lesson lesson) {
        progress = new LessonProgress(lesson);
        window.start(lesson.scenario(), List.of());
        fedSession = window.session();
        fedTrace = window.simulation().trace();
        fed = 0;
        getChildren().setAll(player);
        show(true);
        observe();
    }

    /** The panel was hidden or shown again: the dimming goes with it, the lesson stays where it was. */
    public void visible(boolean shown) {
        boolean inLesson = progress != null && !progress.isFinished();
        window.architecture().focus(shown && inLesson ? progress.current().focus() : List.of());
    }

    /** Back to the overview; the dimming is lifted. */
    public void leave() {
        progress = null;
        window.architecture().focus(List.of());
        list.refresh();
        getChildren().setAll(overview);
    }

    /** The window reports what the student did. */
    public void acted(StudentAction action) {
        if (progress == null) {
            return;
        }
        int before = progress.index();
        boolean wasFinished = progress.isFinished();
        LessonProgress.Verdict v = progress.onAction(action);
        if (action instanceof StudentAction.SwitchStrategy) {
            progress.runRestarted();
            fedSession = window.session();
            fedTrace = window.simulation().trace();
            fed = 0;
        }
        if (v instanceof LessonProgress.Verdict.NotExpected why) {
            say(why.message(), false);
        } else if (progress.index() != before || progress.isFinished() != wasFinished) {
            show(true);
        }
    }

    /** Feeds the engine events not seen yet to the lesson (called after every redraw). */
    public void observe() {
        if (progress == null) {
            return;
        }
        Trace trace = window.simulation().trace();
        if (window.session() != fedSession) {
            fedSession = window.session();
            fedTrace = trace;
            fed = 0;
            progress.runRestarted();
        } else if (trace != fedTrace) {
            fedTrace = trace; // rebuilt after a step back or a seek: what it replays is not news
            fed = trace.size();
        }
        int before = progress.index();
        boolean wasFinished = progress.isFinished();
        for (; fed < trace.size(); fed++) {
            progress.onEvent(trace.get(fed));
        }
        if (progress.index() != before || progress.isFinished() != wasFinished) {
            show(true);
        }
    }

    private void show(boolean entering) {
        Lesson l = progress.lesson();
        title.setText(l.title());
        feedback.setVisible(false);
        choices.getChildren().clear();
        if (progress.isFinished()) {
            finish();
            return;
        }
        LessonStep step = progress.current();
        stepCount.setText("Step " + step.number() + " of " + l.steps().size());
        bar.setProgress(progress.fraction());
        text.getChildren().setAll(rich(step.text()));
        StepEnd until = step.until();
        if (until instanceof StepEnd.ExpectAction a) {
            waiting.setText("\u261B Your turn: " + a.action().describe() + ".");
        } else if (until instanceof StepEnd.ExpectEvent e) {
            waiting.setText("\u23F3 Waiting for " + e.describe() + "\u2026 (Space plays or pauses)");
        } else if (until instanceof StepEnd.Quiz q) {
            waiting.setText(q.question());
            for (int i = 0; i < q.choices().size(); i++) {
                int choice = i;
                Button b = new Button(q.choices().get(i).text());
                b.setWrapText(true);
                b.setMaxWidth(Double.MAX_VALUE);
                b.getStyleClass().add("quiz-choice");
                b.setId("quiz-choice-" + i);
                b.setOnAction(e -> answer(choice, b));
                choices.getChildren().add(b);
            }
        } else {
            waiting.setText("Press Next when you are ready.");
        }
        next.setDisable(!progress.canGoNext());
        back.setDisable(progress.index() == 0);
        window.architecture().focus(step.focus());
        if (entering) {
            pace(step.pace());
        }
    }

    private void answer(int choice, Button pressed) {
        LessonProgress.Verdict v = progress.answer(choice);
        if (v instanceof LessonProgress.Verdict.Answered a) {
            if (a.right()) {
                show(true);
                say("\u2714 " + a.explanation(), true);
            } else {
                pressed.getStyleClass().add("quiz-wrong");
                say("\u2716 Not quite. " + a.explanation() + " Try another answer.", false);
            }
        }
    }

    private void finish() {
        Lesson l = progress.lesson();
        stepCount.setText("Lesson complete");
        bar.setProgress(1);
        String score = progress.quizzes() == 0 ? "" : String.format(Locale.ROOT, " Questions right at the first try: %d of %d.",
                progress.quizRightFirstTime(), progress.quizzes());
        text.getChildren().setAll(new Text("Well done: you finished \u201C" + l.title() + "\u201D." + score));
        waiting.setText("Pick another lesson from the list, or explore freely.");
        next.setDisable(true);
        back.setDisable(false);
        prefs.putBoolean("lesson." + l.id() + ".done", true);
        prefs.put("lesson." + l.id() + ".quiz", progress.quizRightFirstTime() + "/" + progress.quizzes());
        window.architecture().focus(List.of());
    }

    private void say(String message, boolean good) {
        feedback.setText(message);
        feedback.getStyleClass().removeAll("lesson-feedback-good", "lesson-feedback-bad");
        feedback.getStyleClass().add(good ? "lesson-feedback-good" : "lesson-feedback-bad");
        feedback.setVisible(true);
    }

    private void pace(Pace pace) {
        switch (pace) {
            case PAUSE -> window.playButton().setSelected(false);
            case SLOW -> {
                window.speedSelector().setValue(MainWindow.SPEEDS.get(1));
                window.playButton().setSelected(true);
            }
            case PLAY -> {
                window.speedSelector().setValue(MainWindow.SPEEDS.get(2));
                window.playButton().setSelected(true);
            }
            case KEEP -> {
            }
        }
    }

    /** "*word*" in bold, the rest plain. */
    public static List<Text> rich(String s) {
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

    public boolean done(Lesson l) {
        return prefs.getBoolean("lesson." + l.id() + ".done", false);
    }

    private String status(Lesson l) {
        String quiz = prefs.get("lesson." + l.id() + ".quiz", "");
        return l.minutes() + " min \u00B7 " + l.steps().size() + " steps"
                + (done(l) ? " \u00B7 \u2714 done" + (quiz.isEmpty() ? "" : ", questions right first time " + quiz) : "");
    }
}
