package org.phoenixlab.lessons;

import java.util.List;

/**
 * One step of a lesson: a few sentences (with *emphasis* in asterisks), the components to highlight,
 * what the simulation does meanwhile, what ends the step, and what its words say the screen shows
 * ({@code shows}, checked by {@link LessonCheck}). {@code number} counts from 1.
 */
public record LessonStep(int number, String text, List<String> focus, Pace pace, StepEnd until, List<ScreenClaim> shows) {
    public LessonStep {
        focus = List.copyOf(focus);
        shows = List.copyOf(shows);
    }

    public LessonStep(int number, String text, List<String> focus, Pace pace, StepEnd until) {
        this(number, text, focus, pace, until, List.of());
    }

    /** Everything the step says: its text, its question and its hint (what a claim about the screen can be in). */
    public String allWords() {
        StringBuilder sb = new StringBuilder(text);
        if (until instanceof StepEnd.Quiz q) {
            sb.append(' ').append(q.question());
        } else if (until instanceof StepEnd.ExpectAction a && !a.hint().isEmpty()) {
            sb.append(' ').append(a.hint());
        }
        return sb.toString();
    }
}
