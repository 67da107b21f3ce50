package org.phoenixlab.lessons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.phoenixlab.engine.trace.TraceEvent;

/**
 * Where a student is in a lesson, and the rules that move them on: Next, the expected action, or the
 * right quiz answer. A step that waits for an engine event is met when the event comes (one that
 * happened since the student's last action counts too, so a detection that came while they were
 * reading is not missed), but it ends only with Next (or when the window says the student had time
 * to read it): no step goes by before it has been on screen. A wrong action is never silently
 * ignored: the verdict says what was done, what the step asks for, and the step's hint. What ended
 * each step is kept, so that Back shows a step as it was. No UI here; the window drives it.
 */
public final class LessonProgress {
    /** What an action or an answer led to. */
    public sealed interface Verdict {
        /** The step is done; the lesson moved on (or finished). */
        record Advanced() implements Verdict {
        }

        /** Not what this step waits for; {@code message} says so kindly and specifically. */
        record NotExpected(String message) implements Verdict {
        }

        /** A quiz answer: right or not, and the explanation of the chosen answer. */
        record Answered(boolean right, String explanation) implements Verdict {
        }
    }

    private final Lesson lesson;
    private int index;
    private boolean finished;
    private final List<TraceEvent> sinceAction = new ArrayList<>();
    /** The event that met the current step, when it waits for one and it came. */
    private TraceEvent met;
    /** What ended each step passed so far, by index, in words. */
    private final Map<Integer, String> outcomes = new LinkedHashMap<>();
    /** Per quiz step number: whether the first answer given was right. */
    private final Map<Integer, Boolean> firstAnswers = new LinkedHashMap<>();

    public LessonProgress(Lesson lesson) {
        this.lesson = lesson;
    }

    public Lesson lesson() {
        return lesson;
    }

    public LessonStep current() {
        return lesson.steps().get(index);
    }

    /** 0-based index of the current step. */
    public int index() {
        return index;
    }

    public boolean isFinished() {
        return finished;
    }

    /** Steps done over steps, from 0 to 1. */
    public double fraction() {
        return finished ? 1 : index / (double) lesson.steps().size();
    }

    /** Quiz answers right at the first try, and quizzes answered. */
    public int quizRightFirstTime() {
        return (int) firstAnswers.values().stream().filter(b -> b).count();
    }

    public int quizzesAnswered() {
        return firstAnswers.size();
    }

    public int quizzes() {
        return (int) lesson.steps().stream().filter(s -> s.until() instanceof StepEnd.Quiz).count();
    }

    /**
     * Next: allowed on a step that waits for Next, on one whose event has come, or on any step
     * already passed (after Back).
     */
    public boolean canGoNext() {
        return !finished && (current().until() instanceof StepEnd.Next || index < furthest || met != null);
    }

    /** The event that met the current step (it waits for an event and the event came), if any. */
    public Optional<TraceEvent> met() {
        return Optional.ofNullable(met);
    }

    /** Whether the current step was passed before (the student went Back to it). */
    public boolean passed() {
        return !finished && index < furthest;
    }

    /** What ended step {@code index} (0-based), in words, once it has ended: "✔ you injected ...". */
    public Optional<String> outcome(int index) {
        return Optional.ofNullable(outcomes.get(index));
    }

    /** Words for how the current step ended when its event met it, for Back ("seen at 2.027 s: ..."). */
    public void describeMet(String words) {
        if (met != null) {
            metWords = words;
        }
    }

    private String metWords;

    private int furthest;

    public void next() {
        if (!canGoNext()) {
            return;
        }
        if (index >= furthest && met != null) {
            ended(metWords != null ? metWords : "seen: " + met.describe());
        } else if (index >= furthest) {
            ended("read");
        }
        advance();
    }

    private void ended(String how) {
        outcomes.putIfAbsent(index, how);
    }

    /** Back one step to read it again (what it asked for is already done, so Next leads on). */
    public void back() {
        if (finished) {
            finished = false;
            index = lesson.steps().size() - 1;
            return;
        }
        if (index > 0) {
            index--;
        }
        met = null;
    }

    /** From the first step again (the window restarts the scenario). */
    public void restart() {
        index = 0;
        furthest = 0;
        finished = false;
        sinceAction.clear();
        firstAnswers.clear();
        outcomes.clear();
        met = null;
        metWords = null;
    }

    private void advance() {
        met = null;
        metWords = null;
        if (index == lesson.steps().size() - 1) {
            finished = true;
            furthest = lesson.steps().size();
            return;
        }
        index++;
        furthest = Math.max(furthest, index);
        if (index == furthest) {
            checkBufferedEvents();
        }
    }

    /** The student did something in the window. */
    public Verdict onAction(StudentAction action) {
        if (finished) {
            return new Verdict.Advanced();
        }
        StepEnd until = current().until();
        if (until instanceof StepEnd.ExpectAction expected && expected.action().equals(action)) {
            sinceAction.clear();
            if (index >= furthest) {
                ended("\u2714 Done: you chose to " + action.describe() + ".");
            }
            advance();
            return new Verdict.Advanced();
        }
        if (action instanceof StudentAction.Select || action instanceof StudentAction.ShowDependencies) {
            if (!(until instanceof StepEnd.ExpectAction)) {
                return new Verdict.Advanced(); // looking around is always welcome
            }
        }
        return new Verdict.NotExpected(explain(action, until));
    }

    private String explain(StudentAction done, StepEnd until) {
        String did = "You chose to " + done.describe() + ". ";
        if (until instanceof StepEnd.ExpectAction expected) {
            String hint = expected.hint().isEmpty() ? "" : " Hint: " + expected.hint();
            return did + "This step asks you to " + expected.action().describe() + " instead." + hint;
        }
        if (until instanceof StepEnd.ExpectEvent event) {
            return did + "Right now the lesson is waiting for " + event.describe()
                    + ": let the simulation run (Space) and watch for it before acting.";
        }
        if (until instanceof StepEnd.Quiz) {
            return did + "This step is a question: answer it first, then carry on.";
        }
        return did + "This step only asks you to read; press Next when you are ready.";
    }

    /**
     * An engine event happened (the window reports every one, in order). True when it met the current
     * step (which then waits for Next).
     */
    public boolean onEvent(TraceEvent e) {
        sinceAction.add(e);
        return checkBufferedEvents();
    }

    /** The run was started again (strategy switched, restart): events seen so far no longer count. */
    public void runRestarted() {
        sinceAction.clear();
        if (!passed()) {
            met = null; // the event that met this step belonged to the run that was left
            metWords = null;
        }
    }

    /** Whether {@code e} is the event the current step still waits for (the window pauses at it). */
    public boolean awaits(TraceEvent e) {
        return !finished && met == null && !passed() && current().until() instanceof StepEnd.ExpectEvent expect && expect.matches(e);
    }

    private boolean checkBufferedEvents() {
        if (finished || met != null || passed() || !(current().until() instanceof StepEnd.ExpectEvent expect)) {
            return false;
        }
        for (int i = 0; i < sinceAction.size(); i++) {
            if (expect.matches(sinceAction.get(i))) {
                met = sinceAction.get(i);
                sinceAction.subList(0, i + 1).clear(); // the next expected event must come after this one
                return true;
            }
        }
        return false;
    }

    /** Answers the current quiz with choice {@code choice} (0-based). */
    public Verdict answer(int choice) {
        if (finished || !(current().until() instanceof StepEnd.Quiz quiz)) {
            return new Verdict.NotExpected("There is no question to answer in this step.");
        }
        if (choice < 0 || choice >= quiz.choices().size()) {
            return new Verdict.NotExpected("Pick one of the answers shown.");
        }
        StepEnd.Choice c = quiz.choices().get(choice);
        firstAnswers.putIfAbsent(current().number(), c.correct());
        if (c.correct()) {
            ended("\u2714 Answered: " + c.text() + ". " + c.explanation());
            advance();
        }
        return new Verdict.Answered(c.correct(), c.explanation());
    }
}
