package org.phoenixlab.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plays a lesson as a slow student: one who, at each step that waits for an action, acts as late as
 * the run allows. For every such step it finds (to {@value #RESOLUTION_US} µs of virtual time) the
 * latest moment the action still lets the lesson finish, every other step played perfectly. A step
 * whose latest moment is before the end of the run can become impossible for a student who is slow
 * there: the report says from when, and what then goes wrong (usually an event a later step waits
 * for has already happened, or never comes).
 */
public final class SlowStudent {
    /** How finely the latest moment is looked for. */
    public static final long RESOLUTION_US = 50_000;

    /**
     * One action step: when a perfect student acts ({@code perfectUs}), the latest moment that still
     * works ({@code latestUs}), and, if acting later fails, why ({@code empty} when any moment up to
     * the end of the run works).
     */
    public record Finding(int step, String action, long perfectUs, long latestUs, Optional<String> problem) {
        public boolean canBecomeImpossible() {
            return problem.isPresent();
        }
    }

    private SlowStudent() {
    }

    /** The findings, in step order; the lesson must play through for a perfect student (see {@link LessonCheck}). */
    public static List<Finding> check(Lesson lesson) throws LessonPlaythrough.LessonProblem {
        List<LessonPlaythrough.StepResult> perfect = new LessonPlaythrough(lesson).play();
        long end = lesson.scenario().durationUs();
        List<Finding> out = new ArrayList<>();
        for (LessonStep step : lesson.steps()) {
            if (!(step.until() instanceof StepEnd.ExpectAction a)) {
                continue;
            }
            int n = step.number();
            long at = perfect.get(n - 1).atUs();
            Optional<String> atEnd = failure(lesson, n, end);
            if (atEnd.isEmpty()) {
                out.add(new Finding(n, a.action().describe(), at, end, Optional.empty()));
                continue;
            }
            long ok = at;
            long bad = end;
            while (bad - ok > RESOLUTION_US) {
                long mid = ok + (bad - ok) / 2;
                if (failure(lesson, n, mid).isEmpty()) {
                    ok = mid;
                } else {
                    bad = mid;
                }
            }
            out.add(new Finding(n, a.action().describe(), at, ok, failure(lesson, n, bad)));
        }
        return out;
    }

    private static Optional<String> failure(Lesson lesson, int step, long actAt) {
        try {
            new LessonPlaythrough(lesson, Map.of(step, actAt)).play();
            return Optional.empty();
        } catch (LessonPlaythrough.LessonProblem p) {
            return Optional.of(p.getMessage());
        }
    }
}
