package org.phoenixlab.lessons;

import java.util.List;
import org.phoenixlab.engine.scenario.Scenario;

/**
 * A guided lesson: what it teaches, how long it takes, the scenario it runs on, and its steps.
 * {@code file} is where it was read from, for messages.
 */
public record Lesson(String file, String id, String title, List<String> goals, int minutes, String scenarioName,
        Scenario scenario, List<LessonStep> steps) {
    public Lesson {
        goals = List.copyOf(goals);
        steps = List.copyOf(steps);
    }

    /** Number of steps the student must act in (an action or a quiz answer). */
    public long interactiveSteps() {
        return steps.stream().filter(s -> s.until() instanceof StepEnd.ExpectAction || s.until() instanceof StepEnd.Quiz).count();
    }
}
