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
        "minutes out of range  | \"minutes\": 5                 | \"minutes\": 500               | minutes: is 500 minutes (expected 1 to 120 minutes)",
        "unknown strategy kind | \"kind\": \"crash\"}           | \"kind\": \"melt\"}              | unknown fault \"melt\"",
        "focus near an id      | \"focus\": [\"net_uk/nic-driver\"] | \"focus\": [\"net_uk/nicdriver\"] | (did you mean net_uk, net_uk/nic-driver or net_uk/netback? phoenix components SCENARIO lists them all)",
        "hint beside action    | \"kind\": \"crash\"}, \"hint\": \"Right-click it.\"}}} | \"kind\": \"crash\"}}, \"hint\": \"Right-click it.\"}} | steps[0] (step 1).until.hint: a hint goes inside \"action\", beside what the student must do",
        "missing explanation   | \"Nobody\", \"explanation\": \"It was found.\" | \"Nobody\" | steps[2] (step 3).until.quiz.choices[1]: missing field \"explanation\"",
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

    /**
     * Every JSON example of docs/LESSONS.md is valid: each lesson loads and plays through, the scenario
     * loads and serves a lesson beside it, the step fragment plays inside a lesson, the pack index packs.
     */
    @Test
    void everyExampleOfTheLessonGuideIsValid(@TempDir Path dir) throws Exception {
        String md = Files.readString(Path.of("..", "docs", "LESSONS.md"));
        var m = java.util.regex.Pattern.compile("```json\\n(.*?)\\n```", java.util.regex.Pattern.DOTALL).matcher(md);
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        while (m.find()) {
            String json = m.group(1);
            var node = org.phoenixlab.engine.files.Json.mapper().readTree(json);
            String format = node.path("format").asText("");
            switch (format) {
                case "phoenix-lab/lesson" -> {
                    Path f = dir.resolve("driver-crash.lesson.json");
                    Files.writeString(f, json);
                    assertEquals(3, LessonLoader.load(f).steps().size());
                }
                case "phoenix-lab/scenario" -> {
                    Path f = dir.resolve("two-guests.scenario.json");
                    Files.writeString(f, json);
                    org.phoenixlab.engine.scenario.ScenarioLoader.load(f);
                    Path beside = dir.resolve("beside.lesson.json");
                    Files.writeString(beside, GOOD.replace("lesson-05-nic-driver-crash.scenario.json", "two-guests.scenario.json"));
                    assertEquals(2, LessonLoader.load(beside).scenario().guests(), "the guide's scenario serves a lesson beside it");
                    Files.delete(beside);
                }
                case "phoenix-lab/lesson-pack" -> {
                    Files.writeString(dir.resolve(LessonPack.INDEX), json);
                    assertTrue(Files.exists(dir.resolve("driver-crash.lesson.json")), "the lesson example comes first in the guide");
                    Files.createDirectories(dir.resolve("out"));
                    LessonPack.Contents c = LessonPack.export(dir, dir.resolve("out").resolve("week3.zip"));
                    assertEquals("Week 3: drivers", c.title());
                    assertEquals("driver-crash.lesson.json", c.lessons().get(0));
                }
                case "" -> {
                    assertTrue(node.has("text") && node.has("until"), "a step fragment: " + json);
                    Path f = dir.resolve("fragment.lesson.json");
                    Files.writeString(f, "{\"format\": \"phoenix-lab/lesson\", \"version\": 1, \"id\": \"f\", \"title\": \"F\","
                            + " \"goals\": [\"g\"], \"minutes\": 1, \"scenario\": \"lesson-02-single-point-of-failure.scenario.json\","
                            + " \"steps\": [" + json + "]}");
                    assertEquals(1, LessonLoader.load(f).steps().size());
                    Files.delete(f);
                }
                default -> throw new AssertionError("an example of an unknown format: " + format);
            }
            kinds.add(format);
        }
        assertEquals(java.util.Set.of("", "phoenix-lab/lesson", "phoenix-lab/scenario", "phoenix-lab/lesson-pack"), kinds);
        assertTrue(md.lastIndexOf("\n## ") == md.indexOf("\n## What the checker refuses\n"), "the checker's section stays last");
    }
}
