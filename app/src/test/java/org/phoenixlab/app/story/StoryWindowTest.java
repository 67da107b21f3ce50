package org.phoenixlab.app.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phoenixlab.app.main.MainWindow;
import org.phoenixlab.app.main.TestWindows;
import org.phoenixlab.app.panels.timeline.TimelineBar;
import org.phoenixlab.app.session.Speed;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedFault;
import org.phoenixlab.engine.trace.Moment;
import org.phoenixlab.engine.trace.TraceEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The story told through the real window: Step from moment to moment with the caption naming each,
 * the story speed holding a 27 ms detection on screen, the timeline over the whole run with clickable
 * markers, the previous run kept after a strategy switch, and nothing left over from an old session.
 */
@ExtendWith(ApplicationExtension.class)
class StoryWindowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindows.show(stage);
    }

    private ComponentState driver() {
        return window.architecture().nodeFor("net_uk/nic-driver").state();
    }

    @Test
    void stepLandsOnTheNextMomentAndTheCaptionNamesIt(FxRobot robot) {
        robot.interact(() -> window.advance(1_000_000));
        robot.rightClickOn(window.architecture().nodeFor("net_uk/nic-driver"));
        robot.clickOn("Crash NIC driver");
        assertTrue(window.caption().title().startsWith("Fault \u00B7 1.000 s"), window.caption().title());
        assertTrue(window.caption().text().startsWith("A crash struck the NIC driver"), window.caption().text());
        List<String> titles = new ArrayList<>();
        List<ComponentState> states = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            robot.clickOn("#step-forward");
            titles.add(window.caption().title().split(" \u00B7 ")[0]);
            states.add(driver());
        }
        assertEquals(List.of("Traffic stopped", "Detected", "Repair started", "Repaired", "Traffic back"), titles);
        assertEquals(List.of(ComponentState.FAULTY, ComponentState.DETECTED, ComponentState.REPAIRING, ComponentState.HEALTHY,
                ComponentState.HEALTHY), states, "each step lands just after its moment: the drawing shows it");
        assertTrue(window.caption().text().startsWith("Traffic through NetBack flows again: 0 packets lost"), window.caption().text());
        robot.clickOn("#step-back");
        robot.clickOn("#step-back");
        robot.clickOn("#step-back");
        assertTrue(window.caption().title().startsWith("Detected"), window.caption().title());
        assertEquals(ComponentState.DETECTED, driver());
        long events = window.session().position();
        robot.push(KeyCode.SHIFT, KeyCode.RIGHT); // the fine step: one engine event, whatever it is
        assertEquals(events + 1, window.session().position());
        for (int i = 0; i < 50 && driver() == ComponentState.DETECTED; i++) {
            robot.push(KeyCode.SHIFT, KeyCode.RIGHT);
        }
        assertEquals(ComponentState.REPAIRING, driver(), "the loop's decision comes a few engine events later");
    }

    @Test
    void underTheStorySpeedTheDetectedStateOfAFineGrainedNicCrashStaysOnScreenForThirtyFramesAtLeast(FxRobot robot)
            throws Exception {
        assertEquals(Speed.STORY, window.speedSelector().getValue(), "the story speed is the default");
        robot.interact(() -> window.advance(1_000_000));
        robot.interact(() -> window.inject("net_uk/nic-driver", FaultKind.CRASH));
        AtomicInteger framesDetected = new AtomicInteger();
        AtomicInteger frames = new AtomicInteger();
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames.incrementAndGet();
                if (driver() == ComponentState.DETECTED) {
                    framesDetected.incrementAndGet();
                }
            }
        };
        robot.interact(() -> {
            counter.start();
            window.viewModel().playingProperty().set(true);
        });
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> driver() == ComponentState.REPAIRING);
        } finally {
            robot.interact(() -> {
                counter.stop();
                window.viewModel().playingProperty().set(false);
            });
        }
        assertTrue(framesDetected.get() >= 30, "the 27 ms detection was on screen for " + framesDetected.get() + " of "
                + frames.get() + " frames");
        assertTrue(window.viewModel().nowUs() - 1_000_000 < 100_000, "and the run had not rushed past it");
    }

    @Test
    void theTimelineSpansTheRunAndAClickOnAMarkerGoesToItsMoment(FxRobot robot) {
        Scenario run = Scenario.paperWorkload("phoenix-coarse", 1, 20_000_000)
                .withFaults(List.of(new ScriptedFault(2_000_000, "net_uk/nic-driver", FaultKind.CRASH)));
        robot.interact(() -> window.viewModel().start(run, List.of()));
        assertEquals(20_000_000, window.timeline().lengthUs(), "the timeline is as long as the run");
        assertEquals(20_000_000, window.timeline().slider().getMax(), 0.5);
        robot.interact(() -> window.advance(15_000_000));
        WaitForAsyncUtils.waitForFxEvents();
        List<Button> markers = window.timeline().markers();
        int moments = markers.stream().mapToInt(b -> TimelineBar.momentsOf(b).size()).sum();
        assertEquals(window.viewModel().story().moments().size(), moments, "every moment is marked, none hidden");
        assertTrue(markers.stream().anyMatch(b -> TimelineBar.momentsOf(b).size() > 1 && b.getText().equals(
                String.valueOf(TimelineBar.momentsOf(b).size()))), "moments too close to tell apart are merged, with their count");
        for (int i = 1; i < markers.size(); i++) {
            Bounds a = markers.get(i - 1).getBoundsInParent();
            Bounds b = markers.get(i).getBoundsInParent();
            assertTrue(b.getMinX() >= a.getMaxX() - 0.5, "markers never cover one another: " + a + " / " + b);
        }
        // The repair's end: a click (on a merged marker, then the moment in its list) goes there.
        Button last = markers.get(markers.size() - 1);
        TraceEvent finished = TimelineBar.momentsOf(last).get(0);
        robot.interact(() -> window.seek(1_000_000));
        robot.clickOn(last);
        if (TimelineBar.momentsOf(last).size() > 1) {
            robot.clickOn(robot.lookup(".context-menu .menu-item").queryAs(Node.class)); // the first of its list
        }
        assertEquals(finished.timeUs(), window.session().nowUs(), "the marker's time");
        assertEquals(Moment.of(finished).orElseThrow().title(), window.caption().title().split(" \u00B7 ")[0]);
        // Back before the fault: the run's later moments stay on the timeline, faded, until the course changes.
        robot.interact(() -> window.seek(1_000_000));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(moments, window.timeline().markers().stream().mapToInt(b -> TimelineBar.momentsOf(b).size()).sum());
        assertTrue(window.timeline().markers().get(0).getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("future")));
        robot.interact(() -> window.inject("disk_uk/disk-driver", FaultKind.CRASH)); // the student branches
        WaitForAsyncUtils.waitForFxEvents();
        List<TraceEvent> left = window.timeline().markers().stream().flatMap(b -> TimelineBar.momentsOf(b).stream()).toList();
        assertFalse(left.isEmpty(), "the new fault is marked");
        assertTrue(left.stream().allMatch(e -> e.component().startsWith("disk_uk")),
                "the abandoned future's moments are gone: " + left);
    }

    @Test
    void theKnobStaysUnderThePointerWhileItIsDragged(FxRobot robot) {
        robot.interact(() -> window.viewModel().start(Scenario.paperWorkload("phoenix-fine", 1, 10_000_000), List.of()));
        robot.interact(() -> window.advance(6_000_000));
        Node thumb = window.timeline().slider().lookup(".thumb");
        Node track = window.timeline().slider().lookup(".track");
        Bounds t = track.localToScreen(track.getBoundsInLocal());
        double x = t.getMinX() + t.getWidth() * 0.3;
        robot.drag(thumb, MouseButton.PRIMARY).moveTo(new javafx.geometry.Point2D(x, t.getCenterY()));
        Bounds knob = thumb.localToScreen(thumb.getBoundsInLocal());
        assertEquals(x, knob.getCenterX(), 1.5, "while dragging, the knob is where the pointer is");
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double expected = 10_000_000 * 0.3;
        double perPixel = 10_000_000 / t.getWidth();
        assertEquals(expected, window.session().nowUs(), 2 * perPixel + 1, "let go, the run is where the knob was");
        knob = thumb.localToScreen(thumb.getBoundsInLocal());
        assertEquals(x, knob.getCenterX(), 1.5, "and the knob did not move once the run caught up");
    }

    @Test
    void thePreviousRunsFiguresAndSeriesArePresentAfterAStrategySwitch(FxRobot robot) {
        robot.interact(() -> window.advance(1_000_000));
        robot.interact(() -> window.inject("net_uk/nic-driver", FaultKind.CRASH));
        robot.interact(() -> window.advance(6_000_000));
        String fineDetection = window.viewModel().simulation().faults().get(0).detectionUs().getAsLong() / 1000 + "";
        robot.interact(() -> window.strategySelector().setValue("phoenix-coarse"));
        robot.clickOn("Metrics");
        var series = window.metrics().shownSeries();
        assertEquals(2, series.size(), "this run's throughput and the previous run's");
        assertEquals("previous: Phoenix, fine-grained", series.get(1).getName());
        assertTrue(series.get(1).getData().size() >= 60, "the previous run's series holds its points");
        assertTrue(series.get(1).getNode().getStyleClass().contains("previous-series"), "drawn faded");
        assertTrue(window.metrics().previous(0).getText().startsWith(fineDetection), window.metrics().previous(0).getText());
        assertEquals("-", window.metrics().detection().getText(), "this run has no fault yet");
        robot.clickOn("#clear-previous");
        assertEquals(1, window.metrics().shownSeries().size());
        assertEquals("", window.metrics().previous(0).getText());
    }

    @Test
    void nothingInAnyPanelSurvivesANewSession(FxRobot robot) throws Exception {
        robot.interact(() -> window.advance(1_000_000));
        robot.interact(() -> window.inject("net_uk/nic-driver", FaultKind.CRASH));
        robot.interact(() -> window.advance(6_000_000));
        robot.interact(() -> window.strategySelector().setValue("phoenix-coarse")); // a previous run to compare
        robot.interact(() -> window.inject("net_uk/nic-driver", FaultKind.CRASH));
        robot.interact(() -> window.advance(1_000_000));
        robot.clickOn(window.architecture().nodeFor("net_uk/netback"));
        robot.clickOn("Events");
        robot.interact(() -> window.eventLog().table().getSelectionModel().select(1));
        assertTrue(window.eventLog().explanation().getText().startsWith("Why: "));
        robot.clickOn("Metrics");
        assertFalse(window.metrics().detection().getText().equals("-"));
        robot.clickOn("Inspector");
        assertFalse(window.timeline().markers().isEmpty());

        javafx.application.Platform.runLater(() -> window.actions().get(org.phoenixlab.app.main.ActionId.NEW_SESSION).run());
        java.util.function.Supplier<java.util.Optional<Node>> yes = () -> robot.lookup("#discard-dialog .button")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("Yes")).match(Node::isVisible).tryQuery();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> yes.get().isPresent());
        robot.clickOn(yes.get().orElseThrow()); // unsaved clicks: asked first, then discarded
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(0, window.session().nowUs());
        assertTrue(window.timeline().markers().isEmpty(), "no marker of the old run");
        assertEquals(StoryViewModel.HINT, window.caption().text(), "the caption starts again");
        assertEquals("0", window.inspector().value("packets held now").orElseThrow(), "the inspector shows the new run");
        assertEquals("Select an event to read why it happened.", window.eventLog().explanation().getText());
        assertTrue(window.eventLog().table().getItems().stream().noneMatch(e -> e.timeUs() > 0), "only the new run's events");
        assertEquals("-", window.metrics().detection().getText(), "no figure of the old run");
        assertEquals(1, window.metrics().shownSeries().size(), "no previous run after a new session");
        assertTrue(window.metrics().shownSeries().get(0).getData().isEmpty(), "no throughput of the old run");
        assertTrue(window.viewModel().status().faultProperty().get().startsWith("no fault injected yet"));
    }

    @Test
    void clickingAroundWhilePausedNeverMovesTime(FxRobot robot) {
        robot.interact(() -> window.advance(1_106_000));
        robot.interact(() -> window.inject("net_uk/netback", FaultKind.HANG));
        long now = window.session().nowUs();
        long events = window.session().position();
        for (String tab : List.of("Inspector", "Metrics", "Events", "Metrics", "Inspector")) {
            robot.clickOn(tab);
        }
        robot.clickOn(window.architecture().nodeFor("net_uk/nic-driver"));
        robot.clickOn(window.architecture().nodeFor("guest/2"));
        robot.clickOn(window.caption());
        robot.clickOn("Events");
        robot.clickOn("#events-moments-only");
        robot.clickOn("#events-moments-only");
        robot.clickOn("Playback");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(now, window.session().nowUs(), "the clock did not move");
        assertEquals(events, window.session().position(), "nor did the run");
        assertFalse(window.viewModel().playingProperty().get());
    }

    @Test
    void helpAndCompareCloseWithEscapeOrCtrlW(FxRobot robot) {
        robot.clickOn(window.architecture().nodeFor("guest/1"));
        robot.push(KeyCode.F1);
        org.phoenixlab.app.help.HelpWindow[] opened = new org.phoenixlab.app.help.HelpWindow[1];
        robot.interact(() -> opened[0] = window.help(org.phoenixlab.app.help.HelpWindow.Page.SHORTCUTS));
        var help = opened[0];
        assertTrue(help.stage().isShowing());
        assertTrue(help.shortcuts().stream().anyMatch(s -> s.keys().equals("Shift+Right")), "every key, the fine step too");
        robot.interact(() -> help.stage().requestFocus());
        robot.push(KeyCode.ESCAPE);
        assertFalse(help.stage().isShowing());
        robot.interact(() -> window.help(org.phoenixlab.app.help.HelpWindow.Page.GLOSSARY));
        assertNotNull(robot.lookup("#help-glossary").tryQuery().orElse(null));
        robot.push(KeyCode.CONTROL, KeyCode.W);
        assertFalse(help.stage().isShowing());
        org.phoenixlab.app.compare.CompareWindow[] c = new org.phoenixlab.app.compare.CompareWindow[1];
        robot.interact(() -> c[0] = window.openCompare());
        var compare = c[0];
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> compare.stage().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.W);
        assertFalse(compare.stage().isShowing());
    }

    @Test
    void aFirstStartOffersWhereToBegin(FxRobot robot) {
        robot.interact(() -> window.offerFirstStart());
        var card = window.firstStartCard().orElseThrow();
        assertTrue(card.isVisible());
        robot.clickOn(card.lessonButton());
        assertTrue(window.firstStartCard().isEmpty(), "a choice closes it");
        assertTrue(window.lessons().inLesson(), "lesson 1 started");
        assertEquals("privileged-vm", window.lessons().progress().lesson().id());
        robot.interact(() -> window.offerFirstStart());
        assertTrue(window.firstStartCard().isEmpty(), "shown once; Help brings it back");
        robot.interact(() -> window.actions().get(org.phoenixlab.app.main.ActionId.GETTING_STARTED).run());
        robot.push(KeyCode.ESCAPE);
        assertTrue(window.firstStartCard().isEmpty(), "Escape closes it");
        robot.interact(() -> window.lessons().leave());
    }

    @Test
    void pausingAtEachMomentIsACheckItemOfThePlaybackMenu(FxRobot robot) {
        MenuItem auto = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .filter(m -> m.getText().equals("_Playback")).findFirst().orElseThrow().getItems().stream()
                .filter(i -> i instanceof javafx.scene.control.CheckMenuItem && i.getText().startsWith("Pause at each moment"))
                .findFirst().orElseThrow();
        assertTrue(auto.getText().endsWith("(A)"), auto.getText());
    }
}
