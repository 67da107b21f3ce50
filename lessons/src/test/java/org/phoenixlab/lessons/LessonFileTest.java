package org.phoenixlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phoenixlab.engine.files.BadFileException;

/** Bad lesson files are refused with the file, the step and the reason (cli/ checks that `validate` says the same). */
public class LessonFileTest {
    /** A small valid lesson (the command line's tests reuse it). */
    public static final String GOOD = """
            {
              "format": "phoenix-lab/lesson", "version": 1,
              "id": "mine", "title": "My lesson", "goals": ["See a NIC driver crash repaired"], "minutes": 5,
              "scenario": "lesson-05-nic-driver-crash.scenario.json", "keepScriptedFaults": false,
              "steps": [
                {"text": "Crash the *NIC driver*.", "focus": ["net_uk/nic-driver"], "pace": "slow",
                 "until": {"action": {"inject": {"target": "net_uk/nic-driver", "kind": "crash"}, "hint": "Right-click it."}}},
                {"text": "Wait.", "pace": "slow-motion", "until": {"event": {"type": "detected", "component": "net_uk/nic-driver"}}},
                {"text": "Why?", "until": {"quiz": {"question": "Who found it?", "choices": [
                  {"text": "A poll timeout", "correct": true, "explanation": "Yes."},
                  {"text": "Nobody", "explanation": "It was found."}]}}}
              ]
            }
            """;

    private static Path write(Path dir, String text) throws Exception {
        Path f = dir.resolve("mine.lesson.json");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void aGoodLessonLoadsAndPlays(@TempDir Path dir) throws Exception {
        Lesson l = LessonLoader.load(write(dir, GOOD));
        assertEquals(3, l.steps().size());
        assertEquals(Pace.SLOW, l.steps().get(0).pace());
        assertTrue(l.scenario().faults().isEmpty(), "keepScriptedFaults false drops the scenario's faults");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown focus id      | \"focus\": [\"net_uk/nic-driver\"] | \"focus\": [\"net_uk/turbo\"]   | step 1: focuses on \"net_uk/turbo\"",
        "impossible event      | \"component\": \"net_uk/nic-driver\"}} | \"component\": \"disk_uk\"}}   | step 2: expects a \"detected\" event on disk_uk, which never happens",
        "fault on wrong target | \"target\": \"net_uk/nic-driver\", \"kind\": \"crash\" | \"target\": \"nic\", \"kind\": \"crash\" | step 1: asks to inject \"crash\" on nic",
        "two right answers     | \"explanation\": \"It was found.\" | \"correct\": true, \"explanation\": \"It was found.\" | step 3: a quiz needs at least two choices and exactly one right one",
        "empty text            | \"Wait.\"                      | \"  \"                           | steps[1] (step 2).text: is empty",
        "missing until         | , \"until\": {\"event\"        | , \"after\": {\"event\"          | steps[1] (step 2).after: unknown field",
        "wrong type            | \"minutes\": 5                 | \"minutes\": \"five\"            | minutes: expected a whole number",
        "unknown strategy kind | \"kind\": \"crash\"}           | \"kind\": \"melt\"}              | unknown fault \"melt\"",
    })
    void aBadLessonIsRefusedNamingTheFileTheStepAndTheReason(String name, String from, String to, String expected,
            @TempDir Path dir) throws Exception {
        String text = GOOD.replace(from.strip(), to.strip());
        assertTrue(!text.equals(GOOD), "the case changes the lesson: " + name);
        Path f = write(dir, text);
        BadFileException e = assertThrows(BadFileException.class, () -> LessonLoader.load(f));
        assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected.strip()), e.getMessage());
    }

    @Test
    void theLessonGuideExampleIsValid() throws Exception {
        Path guide = Path.of("..", "docs", "LESSONS.md");
        String md = Files.readString(guide);
        int start = md.indexOf("```json") + "```json".length();
        int end = md.indexOf("```", start);
        Path f = Files.createTempFile("guide", ".lesson.json");
        Files.writeString(f, md.substring(start, end));
        assertEquals(3, LessonLoader.load(f).steps().size());
        Files.delete(f);
    }
}
