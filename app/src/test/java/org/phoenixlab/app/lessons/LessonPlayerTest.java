package org.phoenixlab.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phoenixlab.app.main.MainWindow;
import org.phoenixlab.app.main.TestWindows;
import org.phoenixlab.app.prefs.Settings;
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
        window = TestWindows.show(stage, 1500, 950);
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
        runUntilStep(robot, 3); // detected, then the reload finished
        assertTrue(robot.lookup("#lesson-text").tryQuery().isPresent());

        robot.clickOn("#quiz-choice-1"); // a wrong answer: its explanation, no progress
        assertTrue(feedback(robot).contains("without a shadow driver"), feedback(robot));
        assertEquals(3, window.lessons().progress().index());
        robot.clickOn("#quiz-choice-0");
        assertEquals(4, window.lessons().progress().index());

        robot.clickOn(window.strategySelector());
        robot.clickOn(robot.lookup(".context-menu .menu-item") // the choice box's menu, open
                .match(n -> n.lookup(".label") instanceof javafx.scene.control.Labeled l && "phoenix-coarse".equals(l.getText()))
                .queryAs(javafx.scene.Node.class));
        assertEquals("phoenix-coarse", window.viewModel().simulation().strategy().name());
        assertEquals(5, window.lessons().progress().index(), () -> window.lessons().feedback().getText());

        robot.rightClickOn(window.architecture().nodeFor("net_uk/nic-driver"));
        robot.clickOn("Crash NIC driver");
        runUntilStep(robot, 7);
        robot.clickOn("#quiz-choice-1");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.lessons().progress().isFinished());
        WaitForAsyncUtils.waitForFxEvents(); // the UI thread records the result after the last step ends
        assertTrue(window.lessons().done(window.lessons().progress().lesson()), "remembered as done");
        assertEquals("1/2", Settings.preferences().get("lesson.nic-driver-crash.quiz", ""));
        assertFalse(window.architecture().dimmed("disk_uk"), "the dimming is lifted at the end");
    }

    @Test
    void noStepEndsBeforeItHasBeenOnScreenWhilePlayingForReal(FxRobot robot) throws Exception {
        openLesson(robot, "nic-driver-crash");
        java.util.List<LessonViewModel.Page> shown = new java.util.ArrayList<>();
        java.util.List<org.phoenixlab.engine.model.ComponentState> driverWhenSeen = new java.util.ArrayList<>();
        robot.interact(() -> window.lessons().viewModel().pageProperty().addListener((o, was, page) -> {
            shown.add(page);
            if (page != null && page.seen()) {
                driverWhenSeen.add(window.architecture().nodeFor("net_uk/nic-driver").state());
            }
        }));
        robot.rightClickOn(window.architecture().nodeFor("net_uk/nic-driver"));
        robot.clickOn("Crash NIC driver");
        // The student: Play when it pauses, Next when the step's event has come (real frames, real pulses).
        for (int acts = 0; acts < 40 && window.lessons().progress().index() < 3; acts++) {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.lessons().progress().index() >= 3
                    || window.lessons().viewModel().pageProperty().get().seen() || !window.viewModel().playingProperty().get());
            if (window.lessons().viewModel().pageProperty().get().seen()) {
                robot.clickOn("#lesson-next");
            } else if (!window.viewModel().playingProperty().get() && window.lessons().progress().index() < 3) {
                robot.clickOn(window.playButton()); // paused at a moment: go on
            }
        }
        assertEquals(3, window.lessons().progress().index(), "reached the quiz");
        java.util.List<String> steps = shown.stream().filter(java.util.Objects::nonNull).map(LessonViewModel.Page::stepCount).distinct().toList();
        assertEquals(java.util.List.of("Step 2 of 8", "Step 3 of 8", "Step 4 of 8"), steps, "every step was shown, in order");
        for (String step : java.util.List.of("Step 2 of 8", "Step 3 of 8")) {
            assertTrue(shown.stream().anyMatch(p -> p != null && p.stepCount().equals(step) && p.seen()),
                    step + " said that its event came before it ended");
        }
        assertEquals(org.phoenixlab.engine.model.ComponentState.DETECTED, driverWhenSeen.get(0),
                "when step 2 said the detection came, the drawing showed the driver detected");
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
