package org.phoenixlab.lessons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.phoenixlab.engine.fault.FaultTargets;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.sim.Simulation;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.StrategyCatalog;
import org.phoenixlab.engine.trace.TraceEvent;

/**
 * Plays a lesson headless, as a perfect student would: each expected action is performed on the
 * engine at the current virtual time, each expected event is waited for (virtual time runs on, up to
 * the scenario's end) and then Next is pressed, each quiz is answered right. A quiz or Next step whose
 * pace lets the run go on lasts the student's reading time ({@link StepClock}). It reports, step by
 * step, what happened and when, or the first step that cannot be completed and why: among them a step
 * whose event came before it was shown, or less than a second of wall time after ({@link StepClock}),
 * and a quiz whose right answer states a figure the run does not have ({@link QuizFigure}).
 */
public final class LessonPlaythrough {
    /** One step's outcome: {@code startUs} the virtual time it was shown, {@code atUs} the one it ended. */
    public record StepResult(int step, long startUs, long atUs, String what) {
        public StepResult(int step, long atUs, String what) {
            this(step, atUs, atUs, what);
        }
    }

    private final Lesson lesson;
    /** For a slow student: step number to the virtual time it acts at (no earlier than the step begins). */
    private final java.util.Map<Integer, Long> actAt;
    private Simulation sim;
    private Scenario scenario;
    private int seen;
    /** The last run under each strategy the lesson left (the Metrics tab's "previous"). */
    private final Map<String, Simulation> runs = new LinkedHashMap<>();
    private final StepClock clock = new StepClock();

    public LessonPlaythrough(Lesson lesson) {
        this(lesson, java.util.Map.of());
    }

    /** A student who performs the action of step {@code n} only at virtual time {@code actAt.get(n)}. */
    public LessonPlaythrough(Lesson lesson, java.util.Map<Integer, Long> actAt) {
        this.lesson = lesson;
        this.actAt = java.util.Map.copyOf(actAt);
        this.scenario = lesson.scenario();
        this.sim = new Simulation(scenario);
    }

    /** The run on screen (after {@link #play()}: the one the lesson ends on). */
    public Simulation simulation() {
        return sim;
    }

    /** Plays every step; returns the outcomes, or the problem of the first step that cannot end. */
    public List<StepResult> play() throws LessonProblem {
        List<StepResult> out = new ArrayList<>();
        LessonProgress progress = new LessonProgress(lesson);
        for (LessonStep step : lesson.steps()) {
            out.add(play(step, progress));
        }
        if (!progress.isFinished()) {
            throw new LessonProblem(lesson.steps().size(), "the lesson does not end after its last step");
        }
        return out;
    }

    /** Ids like {@code wrong} (the same first part, or containing it), else the first ids of the host. */
    static String suggestions(Topology topology, String wrong) {
        String head = wrong.split("/", 2)[0].toLowerCase(java.util.Locale.ROOT);
        List<String> ids = topology.components().stream().map(c -> c.id()).toList();
        List<String> near = ids.stream().filter(i -> !head.isEmpty() && (i.startsWith(head) || i.contains(head))).limit(8).toList();
        if (near.isEmpty()) {
            return "components are e.g. " + String.join(", ", ids.stream().limit(10).toList()) + ";";
        }
        return "did you mean " + (near.size() == 1 ? near.get(0) : String.join(", ", near.subList(0, near.size() - 1)) + " or "
                + near.get(near.size() - 1)) + "?";
    }

    private StepResult play(LessonStep step, LessonProgress progress) throws LessonProblem {
        int n = step.number();
        Topology topology = sim.topology();
        for (String id : step.focus()) {
            if (!topology.contains(id)) {
                throw new LessonProblem(n, "focuses on \"" + id + "\", which is not a component of the scenario "
                        + lesson.scenarioName() + " (" + suggestions(topology, id) + " phoenix components SCENARIO lists them all)");
            }
            String strategy = sim.scenario().strategy();
            boolean replicated = org.phoenixlab.engine.strategy.StrategyCatalog.load(strategy)
                    .has(org.phoenixlab.engine.strategy.Mechanism.XENSTORE_REPLICATION);
            if (!org.phoenixlab.engine.fault.FaultTargets.runsIn(topology, id, replicated)) {
                throw new LessonProblem(n, "focuses on \"" + id + "\", which does not run under " + strategy
                        + " (XenStore is not replicated there)");
            }
        }
        StepEnd until = step.until();
        long startUs = sim.nowUs();
        clock.enter(step);
        if (until instanceof StepEnd.Quiz quiz) {
            long right = quiz.choices().stream().filter(StepEnd.Choice::correct).count();
            if (quiz.choices().size() < 2 || right != 1) {
                throw new LessonProblem(n, "a quiz needs at least two choices and exactly one right one (it has "
                        + quiz.choices().size() + " choices, " + right + " right)");
            }
            checkFigures(n, quiz);
            read(step, startUs);
            progress.answer(quiz.correctIndex());
            return new StepResult(n, startUs, sim.nowUs(), "answered: " + quiz.choices().get(quiz.correctIndex()).text());
        }
        if (until instanceof StepEnd.ExpectAction expect) {
            double leftS = clock.wallSecondsFor(scenario.durationUs() - startUs);
            boolean starts = expect.action() instanceof StudentAction.Inject || expect.action() instanceof StudentAction.Operate;
            if (starts && clock.running() && leftS < StepClock.ACTION_ROOM_S) { // what it starts would come after the run
                throw new LessonProblem(n, "asks the student to " + expect.action().describe() + " while the run plays under "
                        + clock.speedName() + ", and the run ends " + String.format(Locale.ROOT, "%.0f s", leftS)
                        + " after the step is shown: give the step the pace \"pause\"");
            }
            Long late = actAt.get(n);
            if (late != null && late > sim.nowUs()) {
                if (late > scenario.durationUs()) {
                    throw new LessonProblem(n, "the run ends (at " + String.format(Locale.ROOT, "%.3f s", scenario.durationUs() / 1e6)
                            + ") before the student acts");
                }
                sim.runUntil(late); // what happens meanwhile came before the action: it does not count for the next steps
            }
            int mark = sim.trace().size(); // what the action itself causes counts for the next steps
            Simulation before = sim;
            perform(n, expect.action());
            LessonProgress.Verdict v = progress.onAction(expect.action());
            if (!(v instanceof LessonProgress.Verdict.Advanced)) {
                throw new LessonProblem(n, "the expected action did not end the step: " + v);
            }
            seen = sim == before ? mark : 0;
            return new StepResult(n, startUs, sim.nowUs(), expect.action().describe());
        }
        if (until instanceof StepEnd.ExpectEvent expect) {
            Optional<TraceEvent> e = awaitEvent(expect);
            if (e.isEmpty()) {
                throw new LessonProblem(n, "expects " + expect.describe() + ", which never happens by "
                        + String.format(Locale.ROOT, "%.1f s", scenario.durationUs() / 1e6) + " under " + scenario.strategy());
            }
            long gap = e.get().timeUs() - startUs;
            if (gap <= 0) {
                throw new LessonProblem(n, "waits for " + expect.describe() + ", which has already happened when the step is shown"
                        + String.format(Locale.ROOT, " (at %.3f s)", e.get().timeUs() / 1e6)
                        + ": the student never sees it come; wait for a later event, or say it in the step before");
            }
            if (gap < clock.firstSecondUs()) {
                throw new LessonProblem(n, "waits for " + expect.describe() + ", which comes "
                        + String.format(Locale.ROOT, "%.1f ms", gap / 1e3) + " after the step is shown: under " + clock.speedName()
                        + " that is less than a second on screen (at least " + String.format(Locale.ROOT, "%.0f ms", clock.firstSecondUs() / 1e3)
                        + " are needed); use a slower pace (slow-motion is 0.01x) or wait for a later event");
            }
            if (!progress.onEvent(e.get())) {
                throw new LessonProblem(n, "the expected event did not meet the step: " + e.get().toJsonLine().strip());
            }
            progress.next(); // the student has seen it, and presses Next
            clock.awaited();
            return new StepResult(n, startUs, e.get().timeUs(), expect.describe());
        }
        read(step, startUs);
        progress.next();
        return new StepResult(n, startUs, sim.nowUs(), "next");
    }

    /** A quiz or Next step that lets the run go on lasts the student's reading time; then the run has moved on. */
    private void read(LessonStep step, long startUs) {
        long forUs = clock.readingUs(step);
        if (forUs > 0) {
            sim.runUntil(Math.min(scenario.durationUs(), startUs + forUs));
        }
    }

    /** Every answer that states a figure is measured against the run: the right one must hold, no wrong one may. */
    private void checkFigures(int n, StepEnd.Quiz quiz) throws LessonProblem {
        for (StepEnd.Choice c : quiz.choices()) {
            if (c.stated().isEmpty()) {
                continue;
            }
            QuizFigure f = c.stated().get();
            Simulation run = f.strategy().isEmpty() || f.strategy().equals(scenario.strategy()) ? sim : runs.get(f.strategy());
            if (run == null) {
                throw new LessonProblem(n, "an answer states " + f.describe() + ", but the lesson has not run under " + f.strategy()
                        + " by then");
            }
            OptionalDouble measured = f.measure(run.faults());
            String quoted = "\"" + c.text() + "\"";
            if (c.correct() && (measured.isEmpty() || !f.holds(measured.getAsDouble()))) {
                throw new LessonProblem(n, "the right answer " + quoted + " states " + f.describe() + ", but the lesson's run "
                        + (measured.isEmpty() ? "has no such figure when the question is asked"
                        : "measures " + QuizFigure.num(Math.round(measured.getAsDouble() * 100) / 100.0)));
            }
            if (!c.correct() && measured.isPresent() && f.holds(measured.getAsDouble())) {
                throw new LessonProblem(n, "the wrong answer " + quoted + " states " + f.describe() + ", which is what the lesson's run"
                        + " measures (" + QuizFigure.num(Math.round(measured.getAsDouble() * 100) / 100.0) + ")");
            }
        }
    }

    private Optional<TraceEvent> awaitEvent(StepEnd.ExpectEvent expect) {
        while (true) {
            for (; seen < sim.trace().size(); seen++) {
                if (expect.matches(sim.trace().get(seen))) {
                    TraceEvent e = sim.trace().get(seen);
                    seen++;
                    return Optional.of(e);
                }
            }
            if (sim.nowUs() >= scenario.durationUs()) {
                return Optional.empty();
            }
            // one engine event at a time, so that the run stops where the window stops: at the event
            if (sim.nextEventUs() > scenario.durationUs() || !sim.step()) {
                sim.runUntil(scenario.durationUs());
            }
        }
    }

    private void perform(int n, StudentAction action) throws LessonProblem {
        if (action instanceof StudentAction.Inject i) {
            boolean replicated = sim.strategy().has(Mechanism.XENSTORE_REPLICATION);
            Optional<String> why = FaultTargets.problem(sim.topology(), i.target(), i.kind(), replicated);
            if (why.isPresent()) {
                throw new LessonProblem(n, "asks to inject \"" + i.kind().id() + "\" on " + i.target() + ": " + why.get());
            }
            sim.inject(i.target(), i.kind());
        } else if (action instanceof StudentAction.SwitchStrategy s) {
            if (!StrategyCatalog.NAMES.contains(s.strategy())) {
                throw new LessonProblem(n, "asks for the strategy \"" + s.strategy() + "\", which does not exist (expected one of "
                        + String.join(", ", StrategyCatalog.NAMES) + ")");
            }
            runs.put(scenario.strategy(), sim);
            scenario = scenario.withStrategy(s.strategy());
            sim = new Simulation(scenario); // the window starts the run again under the new strategy
            seen = 0;
        } else if (action instanceof StudentAction.Operate o) {
            try {
                sim.operate(o.kind(), o.vm());
            } catch (IllegalArgumentException e) {
                throw new LessonProblem(n, "asks to " + o.describe() + ": " + e.getMessage());
            }
        } else if (action instanceof StudentAction.Select s && !sim.topology().contains(s.component())) {
            throw new LessonProblem(n, "asks to select \"" + s.component() + "\", which is not a component of the scenario");
        }
    }

    /** A step that cannot be completed; {@code step} counts from 1. */
    public static final class LessonProblem extends Exception {
        private final int step;

        public LessonProblem(int step, String reason) {
            super("step " + step + ": " + reason);
            this.step = step;
        }

        public int step() {
            return step;
        }
    }
}
