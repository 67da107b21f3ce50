package org.phoenixlab.app.lessons;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.phoenixlab.app.util.Messages;
import org.phoenixlab.app.prefs.Settings;
import org.phoenixlab.engine.files.BadFileException;
import org.phoenixlab.lessons.LessonPack;
import org.phoenixlab.lessons.LessonShelf;
import java.util.prefs.Preferences;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.phoenixlab.app.session.Session;
import org.phoenixlab.app.session.SessionControl;
import org.phoenixlab.app.session.Speed;
import org.phoenixlab.engine.trace.Trace;
import org.phoenixlab.engine.trace.TraceEvent;
import org.phoenixlab.lessons.Lesson;
import org.phoenixlab.lessons.LessonProgress;
import org.phoenixlab.lessons.LessonStep;
import org.phoenixlab.lessons.Pace;
import org.phoenixlab.lessons.StepEnd;
import org.phoenixlab.lessons.StudentAction;

/**
 * The lesson player's state and commands: which lesson and step, what the step says and waits for,
 * the feedback to the last action or answer. It drives the session through {@link SessionControl}
 * (the lesson's scenario, the pace, the focus, playing paused at each moment and at the event the
 * step waits for), feeds the lesson every new engine event and every student action, and remembers
 * finished lessons and quiz scores between runs. A step whose event came says so and waits for Next
 * (or for the reading time its page gives); Back shows a step as it ended.
 */
public final class LessonViewModel {
    /** The teacher's lessons folder, under the program's own folder. */
    public static final String LESSONS_FOLDER = "lessons";
    private static final LessonShelf.Source OPENED = new LessonShelf.Source(LessonShelf.Origin.TEACHER, "Opened from a file");

    /** What the player shows for the current step (or the end of the lesson). */
    public record Page(String title, String stepCount, double fraction, String text, String waiting,
                       List<String> choices, boolean canNext, boolean canBack, boolean finished, double readSeconds) {
        /** Whether the step's event came and the step waits only for the student to have read it. */
        public boolean seen() {
            return readSeconds > 0;
        }
    }

    /** A message to the student: good (a right answer) or not (another action, a wrong answer). */
    public record Feedback(String message, boolean good) {
    }

    private final SessionControl control;
    private final Preferences prefs;
    private final String playKey;
    private final Path lessonsFolder;
    private final ObservableList<LessonShelf.Shelved> shelf = FXCollections.observableArrayList();
    /** Lesson files opened one by one this session (File > Open lesson...), by path, in the order opened. */
    private final List<Path> opened = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Feedback> feedback = new ReadOnlyObjectWrapper<>();
    private LessonProgress progress;
    private boolean shown = true;
    private Session fedSession;
    private Trace fedTrace;
    private int fed;
    private boolean autoPauseBefore;

    /**
     * A player over {@code control}'s session, remembering results in {@code prefs}; {@code playKey} is
     * the key of the window's Play action, named when a step waits for the engine.
     */
    public LessonViewModel(SessionControl control, Preferences prefs, String playKey) {
        this(control, prefs, playKey, Settings.home().resolve(LESSONS_FOLDER));
    }

    /** The same, listing the teacher's lessons of {@code lessonsFolder} (and the packs opened into it) too. */
    public LessonViewModel(SessionControl control, Preferences prefs, String playKey, Path lessonsFolder) {
        this.control = control;
        this.prefs = prefs;
        this.playKey = playKey;
        this.lessonsFolder = lessonsFolder;
        reload();
        control.onStudentAction(this::acted);
        control.refreshesProperty().addListener((o, was, n) -> observe());
    }

    /** The lessons ready to start, shipped ones first. */
    public List<Lesson> lessons() {
        return shelf.stream().filter(LessonShelf.Ready.class::isInstance).map(s -> ((LessonShelf.Ready) s).lesson()).toList();
    }

    /** Every line of the list: the shipped lessons, then the teacher's, broken ones with their problem. */
    public ObservableList<LessonShelf.Shelved> shelf() {
        return shelf;
    }

    /** The folder whose lessons (and packs) are listed as the teacher's. */
    public Path lessonsFolder() {
        return lessonsFolder;
    }

    /** Reads the lessons folder and the opened files again (after a teacher edited one). */
    public void reload() {
        List<LessonShelf.Shelved> all = new ArrayList<>(LessonShelf.shipped());
        all.addAll(LessonShelf.folder(lessonsFolder));
        for (Path p : opened) {
            all.add(LessonShelf.file(p, OPENED));
        }
        shelf.setAll(LessonShelf.withoutDuplicateIds(all));
    }

    /**
     * Opens a lesson file or a lesson pack (a .zip, unpacked into the lessons folder) and lists it;
     * returns what was added first (the lesson, or the file with its problem). A pack that cannot be
     * opened throws with the zip's name and the reason; nothing is unpacked then.
     */
    public LessonShelf.Shelved open(Path file) throws BadFileException, IOException {
        Path abs = file.toAbsolutePath().normalize();
        if (abs.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            Path into = LessonPack.open(abs, lessonsFolder);
            reload();
            return shelf.stream().filter(s -> Path.of(s.file()).startsWith(into)).findFirst()
                    .orElseThrow(() -> new BadFileException(abs.toString(), "holds no lesson that could be listed"));
        }
        Path folder = abs.getParent();
        if (folder != null && folder.equals(lessonsFolder.toAbsolutePath().normalize())) {
            reload(); // already listed as part of the lessons folder
        } else {
            opened.remove(abs);
            opened.add(abs);
            reload();
        }
        return shelf.stream().filter(s -> Path.of(s.file()).toAbsolutePath().normalize().equals(abs)).reduce((a, b) -> b)
                .orElseThrow(() -> new BadFileException(abs.toString(), "could not be listed"));
    }

    /** Packs the lessons of {@code folder} (and the scenarios beside them) into {@code zip}. */
    public LessonPack.Contents exportPack(Path folder, Path zip) throws BadFileException, IOException {
        return LessonPack.export(folder, zip);
    }

    public boolean inLesson() {
        return progress != null;
    }

    public LessonProgress progress() {
        return progress;
    }

    /** Null outside a lesson. */
    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** Null when there is nothing to say. */
    public ReadOnlyObjectProperty<Feedback> feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    /**
     * Starts a lesson: its scenario from time zero, its first step; playing pauses at each moment.
     * False when the student would rather keep their unsaved session.
     */
    public boolean start(Lesson lesson) {
        boolean ours = progress != null && control.session() == fedSession;
        if (!ours && !control.mayDiscardWork(org.phoenixlab.app.util.Messages.format("doing.lesson", lesson.title()))) {
            return false;
        }
        if (progress == null) {
            autoPauseBefore = control.autoPauseProperty().get();
        }
        progress = new LessonProgress(lesson);
        // a known view: no overlay left from before (its first press would only hide it), the default
        // zoom, paused at the story speed; the first step's pace then applies (the checker counts on it)
        control.defaultView();
        control.playingProperty().set(false);
        control.speedProperty().set(Speed.STORY);
        control.autoPauseProperty().set(true);
        control.pauseAtProperty().set(e -> progress != null && progress.awaits(e));
        control.start(lesson.scenario(), List.of());
        fedSession = control.session();
        fedTrace = fedSession.simulation().trace();
        fed = 0;
        show(true);
        observe();
        return true;
    }

    /** The same lesson again from its first step and its scenario's beginning. */
    public void restart() {
        start(progress.lesson());
    }

    public void next() {
        progress.next();
        show(true);
    }

    public void back() {
        progress.back();
        show(false);
    }

    /**
     * The reading time of {@code shown} is over: if it is still the page on show and its event came,
     * the lesson moves on as if Next was pressed.
     */
    public void readingOver(Page shown) {
        if (progress != null && page.get() == shown && shown.seen() && progress.met().isPresent() && !progress.passed()) {
            next();
        }
    }

    /** Back to the overview; the dimming is lifted, playing no longer pauses at each moment. */
    public void leave() {
        if (progress != null) {
            control.autoPauseProperty().set(autoPauseBefore);
        }
        control.pauseAtProperty().set(null);
        progress = null;
        control.focusProperty().set(List.of());
        page.set(null);
        feedback.set(null);
    }

    /** The panel was hidden or shown again: the dimming goes with it, the lesson stays where it was. */
    public void visible(boolean on) {
        shown = on;
        boolean inLesson = progress != null && !progress.isFinished();
        control.focusProperty().set(on && inLesson ? progress.current().focus() : List.of());
    }

    /** Answers the current quiz; true when right (then the lesson moves on). */
    public boolean answer(int choice) {
        LessonProgress.Verdict v = progress.answer(choice);
        if (v instanceof LessonProgress.Verdict.Answered a) {
            if (a.right()) {
                show(true);
                feedback.set(new Feedback("\u2714 " + a.explanation(), true));
                return true;
            }
            feedback.set(new Feedback("\u2716 Not quite. " + a.explanation() + " Try another answer.", false));
        }
        return false;
    }

    public boolean done(Lesson l) {
        return prefs.getBoolean("lesson." + l.id() + ".done", false);
    }

    /** "8 min · 6 steps", and whether it was done, with the quiz score. */
    public String status(Lesson l) {
        String quiz = prefs.get("lesson." + l.id() + ".quiz", "");
        return Messages.format("lesson.status", l.minutes(), l.steps().size())
                + (!done(l) ? "" : quiz.isEmpty() ? Messages.get("lesson.status.done") : Messages.format("lesson.status.doneQuiz", quiz));
    }

    /** The window reports what the student did. */
    void acted(StudentAction action) {
        if (progress == null) {
            return;
        }
        int before = progress.index();
        boolean wasFinished = progress.isFinished();
        LessonProgress.Verdict v = progress.onAction(action);
        if (action instanceof StudentAction.SwitchStrategy) {
            progress.runRestarted();
            fedSession = control.session();
            fedTrace = fedSession.simulation().trace();
            fed = 0;
        }
        if (v instanceof LessonProgress.Verdict.NotExpected why) {
            feedback.set(new Feedback(why.message(), false));
        } else if (progress.index() != before || progress.isFinished() != wasFinished) {
            show(true);
        }
    }

    /** Feeds the engine events not seen yet to the lesson (after every new snapshot). */
    void observe() {
        if (progress == null) {
            return;
        }
        Trace trace = control.session().simulation().trace();
        if (control.session() != fedSession) {
            fedSession = control.session();
            fedTrace = trace;
            fed = 0;
            progress.runRestarted();
        } else if (trace != fedTrace) {
            fedTrace = trace; // rebuilt after a step back or a seek: what it replays is not news
            fed = trace.size();
        }
        boolean met = false;
        for (; fed < trace.size(); fed++) {
            TraceEvent e = trace.get(fed);
            if (progress.onEvent(e)) {
                progress.describeMet(Messages.format("lesson.seenAt", e.timeUs() / 1e6, control.sentence(e)));
                met = true;
            }
        }
        if (met) {
            show(false); // it came, and it is on screen now: the step waits for Next
        }
    }

    private void show(boolean entering) {
        Lesson l = progress.lesson();
        feedback.set(null);
        if (progress.isFinished()) {
            finish();
            return;
        }
        LessonStep step = progress.current();
        StepEnd until = step.until();
        String waiting;
        List<String> choices = List.of();
        double read = 0;
        if (entering && !progress.passed()) {
            pace(step.pace()); // first: what the page says depends on it
        }
        if (progress.passed()) {
            waiting = progress.outcome(progress.index()).orElse(Messages.get("lesson.done")) + " " + Messages.get("lesson.goesOn");
        } else if (progress.met().isPresent()) {
            String seen = progress.met().map(e -> Messages.format("lesson.seenAt", e.timeUs() / 1e6, control.sentence(e))).orElseThrow();
            waiting = seen + " " + Messages.get("lesson.whenLooked");
            read = readingSeconds(step.text() + " " + seen);
        } else if (until instanceof StepEnd.ExpectAction a) {
            waiting = Messages.format("lesson.yourTurn", a.action().describe());
        } else if (until instanceof StepEnd.ExpectEvent e) {
            waiting = Messages.format(control.autoPauseProperty().get() ? "lesson.waitingFor.atEachMoment" : "lesson.waitingFor",
                    e.describe(), playKey);
        } else if (until instanceof StepEnd.Quiz q) {
            waiting = q.question();
            choices = q.choices().stream().map(c -> c.text()).toList();
        } else {
            waiting = Messages.get("lesson.whenReady");
        }
        page.set(new Page(l.title(), Messages.format("lesson.step", step.number(), l.steps().size()), progress.fraction(), step.text(),
                waiting, choices, progress.canGoNext(), progress.index() > 0, false, read));
        if (shown) {
            control.focusProperty().set(step.focus());
        }
    }

    private void finish() {
        Lesson l = progress.lesson();
        String score = progress.quizzes() == 0 ? "" : " " + Messages.format("lesson.score",
                progress.quizRightFirstTime(), progress.quizzes());
        prefs.putBoolean("lesson." + l.id() + ".done", true);
        prefs.put("lesson." + l.id() + ".quiz", progress.quizRightFirstTime() + "/" + progress.quizzes());
        page.set(new Page(l.title(), Messages.get("lesson.complete"), 1, Messages.format("lesson.wellDone", l.title()) + score,
                Messages.get("lesson.pickAnother"), List.of(), false, true, true, 0));
        control.focusProperty().set(List.of());
    }

    /** Time to read {@code words} at a slow reading pace (about three words a second), 6 to 25 s: {@link org.phoenixlab.lessons.ScreenPace}. */
    static double readingSeconds(String words) {
        return org.phoenixlab.lessons.ScreenPace.readingSeconds(words);
    }

    /**
     * Sets how the simulation runs while the step is shown: paused, or slow motion, both stopping at
     * each moment of the story; or at the story speed, to let the run go on, stopping only at what the
     * step waits for (the story speed still holds each moment on screen a while).
     */
    private void pace(Pace pace) {
        switch (pace) {
            case PAUSE -> {
                control.autoPauseProperty().set(true);
                control.playingProperty().set(false);
            }
            case SLOW_MOTION -> {
                control.autoPauseProperty().set(true);
                control.speedProperty().set(Speed.SLOW_MOTION);
                control.playingProperty().set(true);
            }
            case SLOW -> {
                control.autoPauseProperty().set(true);
                control.speedProperty().set(Speed.TENTH);
                control.playingProperty().set(true);
            }
            case PLAY -> {
                control.autoPauseProperty().set(false);
                control.speedProperty().set(Speed.STORY);
                control.playingProperty().set(true);
            }
            case KEEP -> {
            }
        }
    }
}
