package org.phoenixlab.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phoenixlab.app.architecture.ArchitectureView;
import org.phoenixlab.app.panels.events.EventLogPane;
import org.phoenixlab.app.session.Session;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.sim.FaultMetrics;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first window, driven headless: every component drawn, a crash injected by right-click, repaired. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindows.show(stage);
    }

    private String stateOf(String id) {
        return window.architecture().nodeFor(id).stateText();
    }

    @Test
    void everyComponentOfTheTopologyHasANode(FxRobot robot) {
        Set<String> drawn = robot.lookup(n -> ArchitectureView.componentIdOf(n) != null).queryAll().stream()
                .map(ArchitectureView::componentIdOf).collect(Collectors.toSet());
        Set<String> expected = window.viewModel().simulation().topology().components().stream()
                .map(ComponentSpec::id).collect(Collectors.toSet());
        assertEquals(expected, drawn);
        assertTrue(stateOf("net_uk/nic-driver").contains(ComponentState.HEALTHY.label()));
    }

    @Test
    void aCrashInjectedByRightClickIsDetectedRepairedAndHealedOnScreen(FxRobot robot) {
        robot.rightClickOn(window.architecture().nodeFor("net_uk/nic-driver"));
        robot.clickOn("Crash NIC driver");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stateOf("net_uk/nic-driver").contains(ComponentState.FAULTY.label()), stateOf("net_uk/nic-driver"));
        assertTrue(stateOf("guest/1").contains(ComponentState.DEGRADED.label()), stateOf("guest/1"));

        robot.interact(() -> window.advance(40_000));
        assertTrue(stateOf("net_uk/nic-driver").contains(ComponentState.REPAIRING.label()), stateOf("net_uk/nic-driver"));

        robot.interact(() -> window.advance(5_000_000));
        assertTrue(stateOf("net_uk/nic-driver").contains(ComponentState.HEALTHY.label()), stateOf("net_uk/nic-driver"));
        FaultMetrics m = window.viewModel().simulation().faults().get(0);
        assertEquals("driver-timeout", m.detectedBy());
        assertEquals(0, m.lostPackets());
    }

    @Test
    void steppingEventByEventTheDriverShowsFaultyThenDetectedThenRepairingThenHealthy(FxRobot robot) {
        robot.rightClickOn(window.architecture().nodeFor("net_uk/nic-driver"));
        robot.clickOn("Crash NIC driver");
        java.util.List<ComponentState> seen = new java.util.ArrayList<>();
        seen.add(window.architecture().nodeFor("net_uk/nic-driver").state());
        for (int i = 0; i < 20_000 && seen.get(seen.size() - 1) != ComponentState.REPAIRING; i++) {
            robot.interact(() -> window.stepEvent()); // Shift+Right: one engine event
            ComponentState now = window.architecture().nodeFor("net_uk/nic-driver").state();
            if (now != seen.get(seen.size() - 1)) {
                seen.add(now);
            }
        }
        robot.interact(() -> window.advance(5_000_000));
        seen.add(window.architecture().nodeFor("net_uk/nic-driver").state());
        assertEquals(java.util.List.of(ComponentState.FAULTY, ComponentState.DETECTED, ComponentState.REPAIRING,
                ComponentState.HEALTHY), seen);
    }

    @Test
    void stepBackReturnsToASnapshotEqualToTheEarlierOneAndTheTimelineMarksTheFault(FxRobot robot) {
        robot.interact(() -> window.advance(1_000_000));
        robot.rightClickOn(window.architecture().nodeFor("net_uk/netback"));
        robot.clickOn("Hang NetBack");
        robot.interact(() -> window.advance(30_000));
        org.phoenixlab.engine.sim.Snapshot before = window.session().snapshot();
        robot.interact(() -> window.stepEvent()); // Shift+Right: one engine event
        robot.interact(() -> window.stepEvent());
        assertTrue(window.session().position() > 0);
        robot.interact(() -> window.stepEventBack());
        robot.interact(() -> window.stepEventBack());
        assertEquals(before, window.session().snapshot());
        assertTrue(robot.lookup(".marker-fault").tryQuery().isPresent(), "the fault is marked on the timeline");
        assertTrue(robot.lookup(".marker-detected").tryQuery().isPresent(), "so is its detection");
    }

    @Test
    void draggingTheTimelineBackRebuildsTheEarlierState(FxRobot robot) {
        robot.interact(() -> window.advance(2_000_000));
        robot.interact(() -> window.inject("net_uk", org.phoenixlab.engine.fault.FaultKind.CRASH));
        robot.interact(() -> window.advance(500_000));
        assertEquals(1, window.session().snapshot().faults().size());
        robot.interact(() -> window.timeline().slider().setValue(1_000_000));
        assertEquals(1_000_000, window.session().nowUs());
        assertEquals(0, window.session().snapshot().faults().size(), "before the crash");
        robot.interact(() -> window.timeline().slider().setValue(2_600_000));
        assertEquals(1, window.session().snapshot().faults().size(), "the crash is replayed");
    }

    @Test
    void theMetricsPanelShowsTheEnginesDetectionAndRecoveryFigures(FxRobot robot) {
        robot.interact(() -> window.advance(1_000_000));
        robot.rightClickOn(window.architecture().nodeFor("net_uk/nic-driver"));
        robot.clickOn("Crash NIC driver");
        robot.interact(() -> window.advance(6_000_000));
        robot.clickOn("Metrics");
        FaultMetrics m = window.viewModel().simulation().faults().get(0);
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f ms", m.detectionUs().getAsLong() / 1e3),
                window.metrics().detection().getText());
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f s", m.recoveryUs().getAsLong() / 1e6),
                window.metrics().recovery().getText());
    }

    @Test
    void clickingAComponentShowsItsFieldsInTheInspector(FxRobot robot) {
        robot.interact(() -> window.advance(1_000_000));
        robot.interact(() -> window.inject("net_uk/nic-driver", org.phoenixlab.engine.fault.FaultKind.CRASH));
        robot.interact(() -> window.advance(500_000));
        robot.clickOn(window.architecture().nodeFor("net_uk/netback"));
        assertEquals("net_uk/netback", window.inspector().selected());
        assertEquals(String.valueOf(window.session().snapshot().traffic().buffered()),
                window.inspector().value("packets held now").orElseThrow());
        robot.clickOn(window.architecture().nodeFor("ring/guest/2/net"));
        assertEquals("256", window.inspector().value("slots").orElseThrow());
    }

    @Test
    void theEventLogFiltersAndSelectingAnEventSeeksThere(FxRobot robot) {
        robot.interact(() -> window.advance(1_000_000));
        robot.interact(() -> window.inject("net_uk/netback", org.phoenixlab.engine.fault.FaultKind.HANG));
        robot.interact(() -> window.advance(2_000_000));
        assertTrue(window.eventLog().table().getItems().stream().noneMatch(e -> e.kind().equals("heartbeat")),
                "heartbeats start hidden, as the unticked box says");
        robot.interact(() -> window.eventLog().routine().setSelected(true));
        assertTrue(window.eventLog().table().getItems().stream().anyMatch(e -> e.kind().equals("heartbeat")),
                "ticking the box shows them");
        robot.interact(() -> window.eventLog().filter().setText("detected"));
        var rows = window.eventLog().table().getItems();
        assertTrue(rows.stream().allMatch(e -> EventLogPane.details(e).contains("detected") || e.kind().equals("detected")),
                "only matching events are shown");
        int index = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).kind().equals("detected")) {
                index = i;
            }
        }
        assertTrue(index >= 0, "the detection is listed");
        long at = rows.get(index).timeUs();
        int row = index;
        robot.interact(() -> window.eventLog().table().getSelectionModel().select(row));
        assertEquals(at, window.session().nowUs(), "the run moved to the detection");
    }

    @Test
    void theEventLogFollowsTheNewestEventUnlessTheStudentScrolledUpToRead(FxRobot robot) {
        robot.interact(() -> window.eventLog().routine().setSelected(true)); // heartbeats: many more rows than fit
        robot.interact(() -> window.advance(2_000_000));
        WaitForAsyncUtils.waitForFxEvents();
        var table = window.eventLog().table();
        assertTrue(table.getItems().size() > 30, "enough events to scroll: " + table.getItems().size());
        assertTrue(window.eventLog().showingNewest(), "the newest event is on screen while the run goes on");
        robot.interact(() -> table.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.eventLog().showingNewest());
        robot.interact(() -> window.advance(500_000));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.eventLog().showingNewest(), "a student reading older events is not pulled away");
    }

    @Test
    void aTableThatShrinksKeepsShowingTheNewestEvent(FxRobot robot) {
        robot.interact(() -> window.centre().setDividerPositions(0.4)); // tall: every event fits, none scrolled
        robot.interact(() -> window.inject("net_uk/nic-driver", org.phoenixlab.engine.fault.FaultKind.CRASH));
        robot.interact(() -> window.advance(300_000));
        WaitForAsyncUtils.waitForFxEvents();
        int rows = window.eventLog().table().getItems().size();
        assertTrue(rows > 8, "enough events not to fit in a short table: " + rows);
        robot.interact(() -> window.centre().setDividerPositions(0.9)); // short, as when a lesson panel closes
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.eventLog().showingNewest(), "the detection and the repair stay in sight");
    }

    @Test
    void openingAMalformedFileShowsAnErrorAndLeavesTheSessionAsItWas(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        robot.interact(() -> window.advance(1_500_000));
        robot.interact(() -> window.inject("net_uk/netback", org.phoenixlab.engine.fault.FaultKind.CRASH));
        Session before = window.session();
        org.phoenixlab.engine.sim.Snapshot snapshot = before.snapshot();
        java.nio.file.Path bad = dir.resolve("broken.scenario.json");
        java.nio.file.Files.writeString(bad, "{\"format\": \"phoenix-lab/scenario\", \"version\": 2,\n \"strategy\": \"nope\"");
        boolean[] opened = {true};
        robot.interact(() -> opened[0] = window.files().openScenario(bad));
        assertTrue(!opened[0]);
        javafx.scene.control.DialogPane dialog = robot.lookup("#error-dialog").queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(dialog.getContentText().startsWith(bad.toString() + ": line 2"), dialog.getContentText());
        assertTrue(before == window.session() && snapshot.equals(window.session().snapshot()), "the session is untouched");
        robot.interact(() -> ((javafx.stage.Stage) dialog.getScene().getWindow()).close());
    }

    @Test
    void aSavedSessionReplaysToTheSameTrace(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        robot.interact(() -> window.advance(1_000_000));
        robot.interact(() -> window.inject("net_uk/nic-driver", org.phoenixlab.engine.fault.FaultKind.CRASH));
        robot.interact(() -> window.advance(2_000_000));
        String digest = window.viewModel().simulation().trace().digest();
        java.nio.file.Path f = dir.resolve("s.recording.json");
        boolean[] ok = {false, false};
        robot.interact(() -> ok[0] = window.files().save(f));
        robot.interact(() -> window.restart());
        robot.interact(() -> ok[1] = window.files().replay(f));
        assertTrue(ok[0] && ok[1]);
        assertEquals(digest, window.viewModel().simulation().trace().digest());
        assertTrue(window.files().recentFiles().contains(f.toString()));
        robot.lookup(".dialog-pane").queryAll().forEach(n -> robot.interact(() -> ((javafx.stage.Stage) n.getScene().getWindow()).close()));
    }

    @Test
    void theDependencyOverlayNumbersRepairsInDependencyOrder(FxRobot robot) {
        robot.clickOn("Dependencies");
        assertTrue(window.architecture().dependenciesShown());
        robot.interact(() -> window.advance(1_000_000));
        robot.rightClickOn(window.architecture().nodeFor("vmm"));
        robot.clickOn("Crash of every pVM component");
        robot.interact(() -> window.advance(200_000));
        int coords = Integer.parseInt(window.architecture().badge("xs_coord").orElseThrow());
        int replica = Integer.parseInt(window.architecture().badge("xenstore_uk/1").orElseThrow());
        int net = Integer.parseInt(window.architecture().badge("net_uk").orElseThrow());
        assertTrue(coords < replica && replica < net, coords + " < " + replica + " < " + net);
        assertTrue(window.architecture().nodeFor("net_uk").stateText().length() > 0);
        robot.interact(() -> window.advance(30_000_000));
        assertTrue(window.architecture().badge("net_uk").isEmpty(), "no badge once everything is repaired");
    }

    @Test
    void switchingStrategyStartsAFreshRun(FxRobot robot) {
        robot.interact(() -> window.advance(1_000_000));
        robot.interact(() -> window.strategySelector().setValue("tfd-xen"));
        assertEquals(0, window.viewModel().simulation().nowUs());
        assertEquals("tfd-xen", window.viewModel().simulation().strategy().name());
        assertTrue(window.architecture().nodes().containsKey("nic-backup"), "TFD-Xen has a backup NIC");
    }
}
