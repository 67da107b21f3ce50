package org.phoenixlab.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phoenixlab.app.main.MainWindow;
import org.phoenixlab.app.main.Shortcuts;
import org.phoenixlab.app.prefs.Settings;
import org.phoenixlab.assets.Assets;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Lesson 5 played through the real window: clicks, context menus, a strategy switch and the quizzes. */
@ExtendWith(ApplicationExtension.class)
class LessonPlayerTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Settings.preferences().clear();
        window = new MainWindow();
        Scene scene = new Scene(window, 1500, 950);
        scene.getStylesheets().add(Assets.stylesheet());
        Shortcuts.install(scene, window);
        stage.setScene(scene);
        stage.sizeToScene(); // the stage is shared between test classes: no size left over from another
        stage.show();
    }

    private void openLesson(FxRobot robot, String id) {
        robot.clickOn("#lessons-button");
        var panel = window.lessons();
        int index = 0;
        while (!panel.lessons().get(index).id().equals(id)) {
            index++;
        }
        int i = index;
        robot.interact(() -> robot.lookup("#lesson-list").queryListView().getSelectionModel().select(i));
        robot.clickOn("#lesson-start");
        assertTrue(panel.inLesson());
    }

    /**
     * Lets virtual time run until the lesson reaches step {@code index} (0-based); a step whose event
     * came waits on screen until Next is pressed, so the test presses it, as a student would.
     */
    private void runUntilStep(FxRobot robot, int index) throws Exception {
        for (int i = 0; i < 400 && window.lessons().progress().index() < index && !window.lessons().progress().isFinished(); i++) {
            if (window.lessons().viewModel().pageProperty().get().seen()) {
                int before = window.lessons().progress().index();
                assertTrue(robot.lookup("#lesson-text").tryQuery().isPresent(), "the step is on screen before it ends");
                robot.clickOn("#lesson-next");
                assertEquals(before + 1, window.lessons().progress().index());
            } else {
                robot.interact(() -> window.advance(50_000));
            }
        }
        assertEquals(index, window.lessons().progress().index(), "reached step " + (index + 1));
    }

    private String feedback(FxRobot robot) {
        return robot.lookup("#lesson-feedback").queryAs(Label.class).getText();
    }

    @Test
    void lessonFiveFromStartToEndThroughTheWindow(FxRobot robot) throws Exception {
        openLesson(robot, "nic-driver-crash");
        assertTrue(window.architecture().dimmed("disk_uk"), "what is out of focus is dimmed");
        assertFalse(window.architecture().dimmed("net_uk/nic-driver"));
        robot.interact(() -> window.lessonsButton().setSelected(false));
        assertFalse(window.architecture().dimmed("disk_uk"), "no dimming while the panel that explains it is hidden");
        robot.interact(() -> window.lessonsButton().setSelected(true));
        assertTrue(window.architecture().dimmed("disk_uk"), "shown again: the step's focus comes back");
        assertEquals(0, window.lessons().progress().index(), "hiding the panel does not move the lesson");

        robot.rightClickOn(window.architecture().nodeFor("net_uk/nic-driver"));
        robot.clickOn("Crash NIC driver");
        runUntilStep(robot, 3); // detected, then the repair started
        assertTrue(robot.lookup("#lesson-text").tryQuery().isPresent());

        robot.clickOn("#quiz-choice-1"); // a wrong answer: its explanation, no progress
        assertTrue(feedback(robot).contains("without a shadow driver"), feedback(robot));
        assertEquals(3, window.lessons().progress().index());
        robot.clickOn("#quiz-choice-0");
        assertEquals(4, window.lessons().progress().index());

        runUntilStep(robot, 5); // the reload finished
        robot.clickOn(window.strategySelector());
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("phoenix-coarse")).queryAs(javafx.scene.Node.class));
        assertEquals("phoenix-coarse", window.viewModel().simulation().strategy().name());
        assertEquals(6, window.lessons().progress().index(), () -> window.lessons().feedback().getText());

        robot.rightClickOn(window.architecture().nodeFor("net_uk/nic-driver"));
        robot.clickOn("Crash NIC driver");
        runUntilStep(robot, 8);
        robot.clickOn("#quiz-choice-1");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.lessons().progress().isFinished());
        WaitForAsyncUtils.waitForFxEvents(); // the UI thread records the result after the last step ends
        assertTrue(window.lessons().done(window.lessons().progress().lesson()), "remembered as done");
        assertEquals("1/2", Settings.preferences().get("lesson.nic-driver-crash.quiz", ""));
        assertFalse(window.architecture().dimmed("disk_uk"), "the dimming is lifted at the end");
    }

    @Test
    void aWrongActionIsExplainedNotIgnored(FxRobot robot) {
        openLesson(robot, "nic-driver-crash");
        robot.rightClickOn(window.architecture().nodeFor("net_uk/netback"));
        robot.clickOn("Crash NetBack");
        String said = feedback(robot);
        assertTrue(said.contains("You chose to inject \"crash\" on net_uk/netback"), said);
        assertTrue(said.contains("asks you to inject \"crash\" on net_uk/nic-driver"), said);
        assertTrue(said.contains("Hint:"), said);
        assertEquals(0, window.lessons().progress().index());
    }

    @Test
    void theOverviewListsEveryLessonWithItsDurationAndProgress(FxRobot robot) {
        robot.clickOn("#lessons-button");
        assertEquals(11, robot.lookup("#lesson-list").queryListView().getItems().size());
        assertTrue(robot.lookup("8 min \u00B7 6 steps").tryQuery().isPresent(), "lesson 1's duration and length are shown");
    }
}
