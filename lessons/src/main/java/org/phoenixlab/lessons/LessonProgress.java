package org.phoenixlab.lessons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phoenixlab.engine.trace.TraceEvent;

/**
 * Where a student is in a lesson, and the rules that move them on: Next, the expected action, the
 * expected engine event (one that happened since the student's last action counts too, so a
 * detection that came while they were reading is not missed), or the right quiz answer. A wrong
 * action is never silently ignored: the verdict says what was done, what the step asks for, and
 * the step's hint. No UI here; the window drives it.
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

    /** Next: allowed on a step that waits for Next, or on any step already passed (after Back). */
    public boolean canGoNext() {
        return !finished && (current().until() instanceof StepEnd.Next || index < furthest);
    }

    private int furthest;

    public void next() {
        if (!canGoNext()) {
            return;
        }
        advance();
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
    }

    /** From the first step again (the window restarts the scenario). */
    public void restart() {
        index = 0;
        furthest = 0;
        finished = false;
        sinceAction.clear();
        firstAnswers.clear();
    }

    private void advance() {
        if (index == lesson.steps().size() - 1) {
            finished = true;
            furthest = lesson.steps().size();
            return;
        }
        index++;
        furthest = Math.max(furthest, index);
        checkBufferedEvents();
    }

    /** The student did something in the window. */
    public Verdict onAction(StudentAction action) {
        if (finished) {
            return new Verdict.Advanced();
        }
        StepEnd until = current().until();
        if (until instanceof StepEnd.ExpectAction expected && expected.action().equals(action)) {
            sinceAction.clear();
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

    /** An engine event happened (the window reports every one, in order). */
    public void onEvent(TraceEvent e) {
        sinceAction.add(e);
        checkBufferedEvents();
    }

    /** The run was started again (strategy switched, restart): events seen so far no longer count. */
    public void runRestarted() {
        sinceAction.clear();
    }

    private void checkBufferedEvents() {
        while (!finished && current().until() instanceof StepEnd.ExpectEvent expect) {
            int hit = -1;
            for (int i = 0; i < sinceAction.size(); i++) {
                if (expect.matches(sinceAction.get(i))) {
                    hit = i;
                    break;
                }
            }
            if (hit < 0) {
                return;
            }
            sinceAction.subList(0, hit + 1).clear(); // the next expected event must come after this one
            advance();
        }
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
            advance();
        }
        return new Verdict.Answered(c.correct(), c.explanation());
    }
}
