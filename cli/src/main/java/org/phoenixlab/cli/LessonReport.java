package org.phoenixlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.phoenixlab.engine.files.BadFileException;
import org.phoenixlab.lessons.Lesson;
import org.phoenixlab.lessons.LessonPlaythrough;
import org.phoenixlab.lessons.SlowStudent;

/** What {@code validate --verbose} says of a lesson: each step's end, then the slow student. */
final class LessonReport {
    private LessonReport() {
    }

    static void print(Lesson lesson, PrintWriter out) throws BadFileException {
        try {
            out.println("     a perfect student (acts at once, answers right, presses Next when the event came):");
            for (LessonPlaythrough.StepResult r : new LessonPlaythrough(lesson).play()) {
                out.printf(Locale.ROOT, "       step %d ends at %.3f s: %s%n", r.step(), r.atUs() / 1e6, r.what());
            }
            out.println("     a slow student (acts at the last moment each action step allows; the run ends at "
                    + String.format(Locale.ROOT, "%.3f s", lesson.scenario().durationUs() / 1e6) + "):");
            var findings = SlowStudent.check(lesson);
            if (findings.isEmpty()) {
                out.println("       no step waits for an action: nothing depends on how fast the student is");
            }
            for (SlowStudent.Finding f : findings) {
                if (f.canBecomeImpossible()) {
                    out.printf(Locale.ROOT, "       warn step %d (%s): acting after %.3f s makes the lesson impossible: %s%n", f.step(),
                            f.action(), f.latestUs() / 1e6, f.problem().orElseThrow());
                } else {
                    out.printf(Locale.ROOT, "       ok   step %d (%s): any moment up to the end of the run works%n", f.step(), f.action());
                }
            }
        } catch (LessonPlaythrough.LessonProblem p) {
            throw new BadFileException(lesson.file(), p.getMessage());
        }
    }
}
