package org.phoenixlab.lessons;

import org.phoenixlab.engine.files.BadFileException;

/**
 * Checks what a well-formed lesson means: every focus and target exists in its scenario's topology,
 * every fault makes sense for its target, strategies exist, quizzes have exactly one right answer,
 * and every expected event really happens when the lesson is played (by {@link LessonPlaythrough}).
 */
public final class LessonCheck {
    private LessonCheck() {
    }

    /** Throws, naming the file, the step and the reason, if the lesson cannot be played to its end. */
    public static void requireValid(Lesson lesson) throws BadFileException {
        try {
            new LessonPlaythrough(lesson).play();
        } catch (LessonPlaythrough.LessonProblem p) {
            throw new BadFileException(lesson.file(), p.getMessage());
        }
    }
}
