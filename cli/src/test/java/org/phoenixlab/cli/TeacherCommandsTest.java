package org.phoenixlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phoenixlab.lessons.LessonFileTest;

/** Issue 17 through the command line: the wrong command for a file, an edited recording, lesson packs. */
class TeacherCommandsTest {
    static PhoenixCliTest.Result cli(String... args) {
        return PhoenixCliTest.cli(args);
    }

    private static Path recording(Path dir) throws Exception {
        Path scenario = dir.resolve("s.scenario.json");
        Files.writeString(scenario, PhoenixCliTest.SCENARIO);
        Path rec = dir.resolve("s.recording.json");
        assertEquals(0, cli("run", scenario.toString(), "--record", rec.toString()).code());
        return rec;
    }

    @Test
    void runOnARecordingSaysToUseReplay(@TempDir Path dir) throws Exception {
        Path rec = recording(dir);
        PhoenixCliTest.Result r = cli("run", rec.toString());
        assertEquals(2, r.code());
        assertEquals("phoenix: " + rec + ": this is a recording, not a scenario: re-run it with \"phoenix replay " + rec + "\"",
                r.err().strip());
    }

    @Test
    void anEditedSeedIsNamedByReplayAndRefusedByValidate(@TempDir Path dir) throws Exception {
        Path rec = recording(dir);
        assertEquals(0, cli("validate", rec.toString()).code(), "the saved recording replays to its trace");
        String text = Files.readString(rec);
        assertTrue(text.contains("\"seed\" : 3"), text);
        Files.writeString(rec, text.replace("\"seed\" : 3", "\"seed\" : 4"));
        PhoenixCliTest.Result r = cli("replay", rec.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("the scenario in the file is not the one recorded (its seed 4, strategy phoenix-fine"), r.err());
        PhoenixCliTest.Result v = cli("validate", rec.toString());
        assertEquals(1, v.code());
        assertTrue(v.out().startsWith("bad  " + rec + ": a replay does not give the recorded trace: the traces part within events 0 to"),
                v.out());
    }

    @Test
    void packWritesALessonPackThatOpensAgain(@TempDir Path dir) throws Exception {
        Path lessons = dir.resolve("week-1");
        Files.createDirectories(lessons);
        Files.writeString(lessons.resolve("mine.lesson.json"), LessonFileTest.GOOD);
        Path zip = dir.resolve("week-1.zip");
        PhoenixCliTest.Result r = cli("pack", lessons.toString(), zip.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(zip + ": lesson pack \"week-1\": 1 lesson(s) (mine.lesson.json), 0 scenario(s)", r.out().strip());
        Path into = org.phoenixlab.lessons.LessonPack.open(zip, dir.resolve("student"));
        assertTrue(Files.isRegularFile(into.resolve("mine.lesson.json")));
        Files.writeString(lessons.resolve("bad.lesson.json"), LessonFileTest.GOOD.replace("\"minutes\": 5", "\"minutes\": 0"));
        PhoenixCliTest.Result bad = cli("pack", lessons.toString(), zip.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("bad.lesson.json: line") && bad.err().contains("minutes"), bad.err());
    }
}
