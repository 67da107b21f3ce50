package org.phoenixlab.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.phoenixlab.app.main.MainWindow;
import org.phoenixlab.app.main.Shortcuts;
import org.phoenixlab.app.prefs.Settings;
import org.phoenixlab.assets.Assets;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.lessons.Lesson;
import org.phoenixlab.lessons.LessonShelf;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A teacher's lessons through the real window: a lesson opened from a folder with its own scenario
 * beside it, played to its end; a pack exported and opened again; a broken lesson in the lessons folder
 * listed with its problem while the others start.
 */
@ExtendWith(ApplicationExtension.class)
class TeacherLessonsWindowTest {
    static final String SCENARIO = """
            {"format": "phoenix-lab/scenario", "version": 2, "name": "Two guests", "seed": 5, "strategy": "phoenix-fine",
             "topology": {"guests": 2}, "duration": "30s"}
            """;

    static String lesson(String id, String title) {
        return """
                {
                  "format": "phoenix-lab/lesson", "version": 1,
                  "id": "ID", "title": "TITLE", "goals": ["See a NIC driver crash repaired"], "minutes": 5,
                  "scenario": "two-guests.scenario.json",
                  "steps": [
                    {"text": "Crash the *NIC driver*.", "focus": ["net_uk/nic-driver"], "pace": "pause",
                     "until": {"action": {"inject": {"target": "net_uk/nic-driver", "kind": "crash"}, "hint": "Right-click it."}}},
                    {"text": "Wait for the poll timeout, in slow motion.", "pace": "slow-motion",
                     "until": {"event": {"type": "detected", "component": "net_uk/nic-driver"}}},
                    {"text": "Why?", "until": {"quiz": {"question": "Who found it?", "choices": [
                      {"text": "A poll timeout", "correct": true, "explanation": "Yes."},
                      {"text": "Nobody", "explanation": "It was found."}]}}}
                  ]
                }
                """.replace("ID", id).replace("TITLE", title);
    }

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Settings.preferences().clear();
        Path folder = Settings.home().resolve("lessons");
        empty(folder);
        window = new MainWindow();
        Scene scene = new Scene(window, 1500, 950);
        scene.getStylesheets().add(Assets.stylesheet());
        Shortcuts.install(scene, window);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    /** Other test classes share the test home: they must find no lesson of this one's there. */
    @org.junit.jupiter.api.AfterEach
    void tidy() throws Exception {
        empty(Settings.home().resolve("lessons"));
    }

    /** Removes what an earlier run left in the test's own lessons folder (under target/). */
    private static void empty(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (Files.isDirectory(p)) {
                    empty(p);
                }
                Files.delete(p);
            }
        }
    }

    private static Path teachersFolder(Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("two-guests.scenario.json"), SCENARIO);
        Files.writeString(dir.resolve("a-crash.lesson.json"), lesson("teacher-crash", "My NIC crash"));
        Files.writeString(dir.resolve("b-again.lesson.json"), lesson("teacher-again", "The same, again"));
        return dir;
    }

    private void closeDialogs(FxRobot robot) {
        robot.lookup(".dialog-pane").queryAll().forEach(n -> robot.interact(() -> ((Stage) n.getScene().getWindow()).close()));
    }

    @Test
    void aLessonOpenedFromAFolderRunsOnTheScenarioBesideItToTheEnd(FxRobot robot, @TempDir Path tmp) throws Exception {
        Path dir = teachersFolder(tmp.resolve("my lab"));
        robot.interact(() -> window.openLesson(dir.resolve("a-crash.lesson.json")));
        LessonPanel panel = window.lessons();
        assertTrue(window.viewModel().lessonsShownProperty().get(), "the panel opens to show it");
        assertTrue(panel.inLesson(), "a lesson opened by itself starts");
        assertEquals("teacher-crash", panel.progress().lesson().id());
        assertEquals(2, window.viewModel().simulation().scenario().guests(), "the scenario beside the lesson runs (two guests)");
        robot.interact(() -> window.inject("net_uk/nic-driver", FaultKind.CRASH));
        assertEquals(1, panel.progress().index());
        for (int i = 0; i < 400 && panel.progress().index() < 2; i++) {
            if (panel.viewModel().pageProperty().get().seen()) {
                robot.clickOn("#lesson-next");
            } else {
                robot.interact(() -> window.advance(50_000));
            }
        }
        assertEquals(2, panel.progress().index(), "the poll timeout came on the teacher's scenario");
        robot.clickOn("#quiz-choice-0");
        assertTrue(panel.progress().isFinished());
        assertTrue(panel.done(panel.progress().lesson()), "remembered as done, like a shipped lesson");
        robot.interact(panel::leave);
        assertTrue(panel.lessons().stream().anyMatch(l -> l.id().equals("teacher-crash")), "it stays in the list");
        closeDialogs(robot);
    }

    @Test
    void aPackExportedAndOpenedAgainListsTheSameLessons(FxRobot robot, @TempDir Path tmp) throws Exception {
        Path dir = teachersFolder(tmp.resolve("Week 3"));
        Path zip = tmp.resolve("week-3.zip");
        robot.interact(() -> window.exportPack(dir, zip));
        DialogPane saved = robot.lookup("#information-dialog").queryAs(DialogPane.class);
        assertTrue(saved.getContentText().contains("2 lesson(s) and 1 scenario(s)"), saved.getContentText());
        closeDialogs(robot);
        assertTrue(Files.isRegularFile(zip));
        robot.interact(() -> window.openLesson(zip));
        closeDialogs(robot);
        LessonPanel panel = window.lessons();
        List<LessonShelf.Shelved> fromPack = panel.viewModel().shelf().stream()
                .filter(s -> s.source().group().equals("Pack: Week 3")).toList();
        assertEquals(List.of("My NIC crash", "The same, again"),
                fromPack.stream().map(s -> ((LessonShelf.Ready) s).lesson().title()).toList());
        assertTrue(Files.isRegularFile(Settings.home().resolve("lessons/week-3/two-guests.scenario.json")), "unpacked with its scenario");
        Lesson first = ((LessonShelf.Ready) fromPack.get(0)).lesson();
        assertEquals(2, first.scenario().guests());
        assertTrue(robot.lookup(".lesson-teachers").queryAll().stream().anyMatch(n -> ((Label) n).getText().contains("Week 3")),
                "marked as the teacher's in the list");
        robot.interact(() -> panel.start(first));
        assertTrue(panel.inLesson());
    }

    @Test
    void aBrokenLessonInTheLessonsFolderIsListedWithItsProblemWhileTheOthersStart(FxRobot robot) throws Exception {
        Path folder = teachersFolder(Settings.home().resolve("lessons"));
        Files.writeString(folder.resolve("c-broken.lesson.json"), lesson("teacher-broken", "Broken")
                .replace("\"kind\": \"crash\"}, \"hint\"", "\"kind\": \"melt\"}, \"hint\""));
        robot.clickOn("#lessons-button");
        LessonPanel panel = window.lessons();
        robot.interact(() -> panel.viewModel().reload());
        List<LessonShelf.Shelved> shelf = panel.viewModel().shelf();
        LessonShelf.Broken broken = (LessonShelf.Broken) shelf.stream().filter(s -> s.file().endsWith("c-broken.lesson.json"))
                .findFirst().orElseThrow();
        assertTrue(broken.problem().contains("line 7") && broken.problem().contains("unknown fault \"melt\""), broken.problem());
        robot.interact(() -> panel.select(broken));
        assertTrue(robot.lookup("#lesson-start").queryButton().isDisabled(), "a broken lesson cannot be started");
        assertTrue(robot.lookup(".lesson-broken").queryAll().stream().anyMatch(n -> ((Label) n).getText().contains("unknown fault")),
                "its problem is on the list");
        assertEquals(11 + 2, panel.lessons().size(), "every shipped lesson and the two good ones of the folder");
        Lesson good = panel.lessons().stream().filter(l -> l.id().equals("teacher-again")).findFirst().orElseThrow();
        robot.interact(() -> panel.select(good));
        robot.clickOn("#lesson-start");
        assertTrue(panel.inLesson());
        assertFalse(panel.progress().isFinished());
    }
}
