package org.phoenixlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phoenixlab.engine.files.BadFileException;

/** A teacher's lessons: from a folder (scenario beside), in a pack exported and opened again, broken ones listed. */
class TeacherLessonsTest {
    static final String SCENARIO = """
            {"format": "phoenix-lab/scenario", "version": 2, "name": "Mine", "seed": 5, "strategy": "phoenix-fine",
             "topology": {"guests": 2}, "duration": "30s"}
            """;

    static String lesson(String id, String scenario) {
        return LessonFileTest.GOOD.replace("\"mine\"", "\"" + id + "\"").replace("My lesson", "Lesson " + id)
                .replace("lesson-05-nic-driver-crash.scenario.json", scenario);
    }

    /** A folder with two good lessons on a scenario beside them and one broken lesson. */
    static Path folder(Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("mine.scenario.json"), SCENARIO);
        Files.writeString(dir.resolve("a-first.lesson.json"), lesson("first", "mine.scenario.json"));
        Files.writeString(dir.resolve("b-second.lesson.json"), lesson("second", "mine.scenario.json"));
        Files.writeString(dir.resolve("c-broken.lesson.json"), lesson("broken", "mine.scenario.json").replace("\"minutes\": 5", "\"minutes\": 500"));
        return dir;
    }

    @Test
    void aFolderListsItsLessonsWithTheirScenarioBesideThemAndABrokenOneWithItsError(@TempDir Path tmp) throws Exception {
        List<LessonShelf.Shelved> items = LessonShelf.folder(folder(tmp.resolve("lessons")));
        assertEquals(3, items.size(), items.toString());
        LessonShelf.Ready first = assertInstanceOf(LessonShelf.Ready.class, items.get(0));
        assertEquals("first", first.lesson().id());
        assertEquals(2, first.lesson().scenario().guests(), "the scenario beside the lesson, not a shipped one");
        assertTrue(first.source().teachers());
        assertInstanceOf(LessonShelf.Ready.class, items.get(1));
        LessonShelf.Broken broken = assertInstanceOf(LessonShelf.Broken.class, items.get(2));
        assertTrue(broken.problem().contains("c-broken.lesson.json") && broken.problem().contains("minutes"), broken.problem());
        assertFalse(broken.problem().contains("\n"), "one line");
    }

    @Test
    void aShippedLessonMayHaveItsScenarioShippedBesideIt() throws Exception {
        // The bug: a scenario beside a shipped lesson made every shipped lesson fail to load.
        Lesson l = LessonLoader.parse("lessons/x.lesson.json",
                lesson("beside", "test-beside.scenario.json").getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        assertEquals(2, l.scenario().guests());
        assertEquals(30_000_000, l.scenario().durationUs());
        LessonCheck.requireValid(l);
    }

    @Test
    void oneBrokenShippedLessonDoesNotTakeTheOthersDown() {
        List<LessonShelf.Shelved> shipped = LessonShelf.shipped();
        assertEquals(LessonCatalog.files().size(), shipped.size());
        assertTrue(shipped.stream().allMatch(s -> s instanceof LessonShelf.Ready), "every shipped lesson loads");
        // A lesson whose resource is broken (here: missing; test-beside.scenario.json is not a lesson) is listed
        // on its own line; the ones after it still load.
        List<String> names = new java.util.ArrayList<>(List.of("nope.lesson.json", "test-beside.scenario.json"));
        names.addAll(LessonCatalog.files());
        List<LessonShelf.Shelved> mixed = LessonShelf.shipped(names);
        assertTrue(((LessonShelf.Broken) mixed.get(0)).problem().contains("listed in the index but missing"));
        assertTrue(((LessonShelf.Broken) mixed.get(1)).problem().contains("this is a scenario, not a lesson"),
                ((LessonShelf.Broken) mixed.get(1)).problem());
        assertEquals(LessonCatalog.files().size(), mixed.stream().filter(LessonShelf.Ready.class::isInstance).count());
    }

    @Test
    void twoLessonsWithOneIdAreNotBothListed(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("x.lesson.json"), lesson("nic-driver-crash", "lesson-05-nic-driver-crash.scenario.json"));
        var all = new java.util.ArrayList<>(LessonShelf.shipped());
        all.addAll(LessonShelf.folder(tmp));
        var listed = LessonShelf.withoutDuplicateIds(all);
        LessonShelf.Broken b = assertInstanceOf(LessonShelf.Broken.class, listed.get(listed.size() - 1));
        assertTrue(b.problem().contains("\"nic-driver-crash\" is already the id of another lesson"), b.problem());
    }

    @Test
    void aPackExportedAndOpenedAgainGivesTheSameLessons(@TempDir Path tmp) throws Exception {
        Path source = tmp.resolve("Week 3 lab");
        Files.createDirectories(source);
        Files.writeString(source.resolve("mine.scenario.json"), SCENARIO);
        Files.writeString(source.resolve("a-first.lesson.json"), lesson("first", "mine.scenario.json"));
        Files.writeString(source.resolve("b-second.lesson.json"), lesson("second", "lesson-05-nic-driver-crash.scenario.json"));
        Path zip = tmp.resolve("week3.zip");
        LessonPack.Contents c = LessonPack.export(source, zip);
        assertEquals("Week 3 lab", c.title());
        assertEquals(List.of("a-first.lesson.json", "b-second.lesson.json"), c.lessons());
        assertEquals(List.of("mine.scenario.json"), c.scenarios());
        byte[] once = Files.readAllBytes(zip);
        LessonPack.export(source, zip);
        assertTrue(java.util.Arrays.equals(once, Files.readAllBytes(zip)), "the same folder packs to the same bytes");

        Path studentLessons = tmp.resolve("student/lessons");
        Path into = LessonPack.open(zip, studentLessons);
        assertEquals(studentLessons.resolve("week-3-lab"), into);
        List<LessonShelf.Shelved> opened = LessonShelf.folder(studentLessons);
        List<LessonShelf.Shelved> original = LessonShelf.folder(source);
        assertEquals(2, opened.size());
        for (int i = 0; i < 2; i++) {
            Lesson a = ((LessonShelf.Ready) original.get(i)).lesson();
            Lesson b = ((LessonShelf.Ready) opened.get(i)).lesson();
            assertEquals(a.id(), b.id());
            assertEquals(a.steps(), b.steps());
            assertEquals(a.scenario(), b.scenario());
            assertEquals("Pack: Week 3 lab", opened.get(i).source().group());
        }
        LessonPack.open(zip, studentLessons); // opened twice: replaces, does not duplicate
        assertEquals(2, LessonShelf.folder(studentLessons).size());
    }

    @Test
    void aPackWithABrokenLessonIsNotExported(@TempDir Path tmp) throws Exception {
        Path dir = folder(tmp.resolve("f"));
        BadFileException e = assertThrows(BadFileException.class, () -> LessonPack.export(dir, tmp.resolve("p.zip")));
        assertTrue(e.getMessage().contains("c-broken.lesson.json"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("p.zip")));
    }

    static byte[] zip(String name, byte[] content) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry("pack.json"));
            z.write("{\"format\":\"phoenix-lab/lesson-pack\",\"version\":1,\"title\":\"Evil\"}".getBytes());
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
        }
        return b.toByteArray();
    }

    @Test
    void openingAPackTrustsNothingInTheZip(@TempDir Path tmp) throws Exception {
        Path lessons = tmp.resolve("home/lessons");
        for (String name : List.of("../evil.lesson.json", "/etc/evil.lesson.json", "sub/x.lesson.json", "run.sh", "..lesson.json")) {
            Path zip = tmp.resolve("bad.zip");
            Files.write(zip, zip(name, lesson("x", "mine.scenario.json").getBytes()));
            BadFileException e = assertThrows(BadFileException.class, () -> LessonPack.open(zip, lessons), name);
            assertTrue(e.getMessage().contains("holds only pack.json, *.lesson.json and *.scenario.json"), e.getMessage());
        }
        assertFalse(Files.exists(tmp.resolve("home/evil.lesson.json")));
        assertFalse(Files.exists(lessons), "nothing written for a refused pack");
        Path bomb = tmp.resolve("bomb.zip");
        Files.write(bomb, zip("big.lesson.json", new byte[(int) LessonPack.MAX_BYTES + 1]));
        assertTrue(Files.size(bomb) < 100_000, "it compresses well: the limit must count what is unpacked");
        assertTrue(assertThrows(BadFileException.class, () -> LessonPack.open(bomb, lessons)).getMessage().contains("unpacks to more than"));
        Path notZip = tmp.resolve("x.zip");
        Files.writeString(notZip, "hello");
        assertTrue(assertThrows(BadFileException.class, () -> LessonPack.open(notZip, lessons)).getMessage().contains("not a lesson pack"));
    }

    @Test
    void aFocusOnAXenStorePartThatDoesNotRunInTheDesignIsRefused(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("coarse.scenario.json"), SCENARIO.replace("phoenix-fine", "phoenix-coarse"));
        Path f = tmp.resolve("x.lesson.json");
        Files.writeString(f, lesson("x", "coarse.scenario.json").replace("\"focus\": [\"net_uk/nic-driver\"]", "\"focus\": [\"xenstore_uk/2\"]"));
        BadFileException e = assertThrows(BadFileException.class, () -> LessonLoader.load(f));
        assertTrue(e.getMessage().contains("step 1: focuses on \"xenstore_uk/2\", which does not run under phoenix-coarse"), e.getMessage());
        Files.writeString(f, lesson("x", "mine.scenario.json".replace("mine", "fine")).replace("\"focus\": [\"net_uk/nic-driver\"]",
                "\"focus\": [\"xenstore_uk/2\"]"));
        Files.writeString(tmp.resolve("fine.scenario.json"), SCENARIO);
        LessonLoader.load(f); // replicated under phoenix-fine: it runs
    }
}
