package org.phoenixlab.lessons;

import java.util.List;

/**
 * One step of a lesson: a few sentences (with *emphasis* in asterisks), the components to highlight,
 * what the simulation does meanwhile, and what ends the step. {@code number} counts from 1.
 */
public record LessonStep(int number, String text, List<String> focus, Pace pace, StepEnd until) {
    public LessonStep {
        focus = List.copyOf(focus);
    }
}
