package org.phoenixlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped lesson is played to its end through the engine, as a student who does everything right. */
class LessonPlaythroughTest {
    static Stream<String> lessons() {
        return LessonCatalog.files().stream();
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyLessonCanBePlayedToItsEnd(String file) throws Exception {
        Lesson lesson = LessonCatalog.allUnchecked().stream().filter(l -> l.file().endsWith(file)).findFirst().orElseThrow();
        List<LessonPlaythrough.StepResult> results = new LessonPlaythrough(lesson).play();
        assertEquals(lesson.steps().size(), results.size());
        // Virtual time only moves forward through a lesson, except where the student switches strategy
        // (the window starts the run again), and no step waits past the end of the scenario.
        for (int i = 1; i < results.size(); i++) {
            boolean restarts = lesson.steps().get(i).until() instanceof StepEnd.ExpectAction a
                    && a.action() instanceof StudentAction.SwitchStrategy;
            if (!restarts) {
                assertTrue(results.get(i).atUs() >= results.get(i - 1).atUs(), file + ": step " + (i + 1) + " ends at "
                        + results.get(i).atUs() + " us, before step " + i + " (" + results.get(i - 1).atUs() + " us)");
            }
            assertTrue(results.get(i).atUs() <= lesson.scenario().durationUs(), file + ": step " + (i + 1) + " ends after the run");
        }
    }

    @Test
    void theElevenLessonsOfTheDesignEachHaveAnActionAQuizAndFiveToFifteenMinutes() {
        List<Lesson> all = LessonCatalog.allUnchecked();
        assertEquals(11, all.size());
        for (Lesson l : all) {
            assertTrue(l.minutes() >= 5 && l.minutes() <= 15, l.id() + " takes " + l.minutes() + " minutes");
            assertTrue(l.steps().stream().anyMatch(s -> s.until() instanceof StepEnd.ExpectAction), l.id() + " has an action");
            assertTrue(l.steps().stream().anyMatch(s -> s.until() instanceof StepEnd.Quiz), l.id() + " has a quiz");
            for (LessonStep s : l.steps()) {
                assertTrue(s.text().length() <= 400, l.id() + " step " + s.number() + " is short");
            }
        }
        assertEquals(all.size(), all.stream().map(Lesson::id).distinct().count(), "ids are unique");
    }
}
