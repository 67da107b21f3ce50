package org.phoenixlab.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Chart;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phoenixlab.app.panels.inspector.InspectorRows;
import org.phoenixlab.app.panels.metrics.MetricsPane;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.sim.Simulation;
import org.phoenixlab.engine.sim.Snapshot;
import org.phoenixlab.engine.trace.Moment;
import org.phoenixlab.lessons.ScreenList;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The list of what each panel shows (lessons' screen.json, against which LessonCheck checks the
 * lessons' words) is what the panels show: a panel changed without its list fails here.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenListTest {
    private final ScreenList screen = ScreenList.shipped();
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindows.show(stage, 1500, 950);
    }

    private static Set<String> texts(Node root) {
        Set<String> out = new LinkedHashSet<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, Set<String> out) {
        if (n instanceof Labeled l && l.getText() != null) {
            out.add(l.getText().isEmpty() && l.getAccessibleText() != null ? l.getAccessibleText() : l.getText());
        }
        if ((n instanceof javafx.scene.control.ComboBoxBase<?> || n instanceof javafx.scene.control.ChoiceBox<?>)
                && ((javafx.scene.control.Control) n).getAccessibleText() != null) {
            javafx.scene.control.Control box = (javafx.scene.control.Control) n;
            out.add(box.getAccessibleText()); // a list named by what it chooses ("Speed"), its value on show
        }
        if (n instanceof Chart c && c.getTitle() != null) {
            out.add(c.getTitle());
        }
        if (n instanceof TableView<?> t) {
            t.getColumns().forEach(c -> out.add(c.getText()));
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }

    private static void assertShown(String panel, List<String> listed, Set<String> onScreen) {
        for (String field : listed) {
            assertTrue(onScreen.stream().anyMatch(t -> t.contains(field)), panel + ": \"" + field + "\" is listed but not shown; shown: "
                    + onScreen);
        }
    }

    @Test
    void theInspectorShowsExactlyTheFieldsListedForEachComponent() {
        Simulation fine = new Simulation(Scenario.paperWorkload("phoenix-fine", 1, 10_000_000));
        fine.runUntil(1_000_000);
        fine.inject("net_uk/nic-driver", FaultKind.CRASH);
        fine.runUntil(1_500_000); // the driver under repair: its repair rows are shown
        Simulation tfd = new Simulation(Scenario.paperWorkload("tfd-xen", 1, 10_000_000));
        tfd.runUntil(1_000_000);
        for (Simulation sim : List.of(fine, tfd)) {
            Snapshot s = sim.snapshot();
            for (ComponentSpec c : sim.topology().components()) {
                List<InspectorRows.Row> rows = InspectorRows.of(s, sim.topology(), c.id());
                Set<String> shown = new LinkedHashSet<>(rows.stream().map(InspectorRows.Row::name).toList());
                Set<String> listed = new LinkedHashSet<>(screen.inspectorFields(sim.topology(), c.id()));
                boolean repairing = !s.component(c.id()).orElseThrow().repairAction().isEmpty();
                if (!repairing) {
                    listed.removeAll(screen.inspector().get(ScreenList.REPAIRING));
                }
                assertEquals(listed, shown, c.id() + " under " + sim.strategy().name());
            }
        }
        for (String selector : screen.inspector().keySet()) {
            assertTrue(List.of(ScreenList.EVERY, ScreenList.REPAIRING, ScreenList.RING).contains(selector)
                    || fine.topology().contains(selector) || tfd.topology().contains(selector), "no such component: " + selector);
        }
    }

    @Test
    void theOtherPanelsShowWhatTheListSays(FxRobot robot) {
        robot.interact(() -> window.advance(1_000_000));
        robot.interact(() -> window.inject("net_uk/nic-driver", FaultKind.CRASH));
        robot.interact(() -> window.advance(6_000_000));
        robot.interact(() -> window.strategySelector().setValue("phoenix-coarse")); // a previous run to show
        robot.interact(() -> window.inject("disk_uk/disk-driver", FaultKind.CRASH));
        robot.interact(() -> window.advance(500_000));
        robot.interact(() -> window.selectPanel(2));
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> metrics = texts(window.metrics());
        metrics.add("packets lost"); // the lost row says what it counts: packets for a network fault (this run: the disk)
        assertShown("metrics", screen.fields("metrics"), metrics);
        for (String row : MetricsPane.ROWS) {
            assertTrue(row.equals("lost") || screen.fields("metrics").contains(row), "metrics row not listed: " + row);
        }
        robot.interact(() -> window.selectPanel(0));
        robot.interact(() -> window.eventLog().table().getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> events = texts(window.eventLog());
        assertShown("events", screen.fields("events"), events);
        window.eventLog().table().getColumns().forEach(c -> assertTrue(screen.fields("events").contains(c.getText()),
                "events column not listed: " + c.getText()));
        robot.interact(() -> window.advance(8_000_000)); // the disk driver's reload done: "repaired in" in the status line
        Set<String> status = texts(robot.lookup(".status-bar").query());
        assertShown("status line", screen.fields("status line"), status);
        assertEquals(new ArrayList<>(screen.fields("timeline")), texts(window.timeline()).stream()
                .filter(t -> !t.isEmpty() && !t.contains(" s") && !t.matches("\\d+")).toList(), "the timeline's legend");
        assertEquals(screen.fields("caption"), java.util.Arrays.stream(Moment.values()).map(Moment::title).toList(),
                "the caption's titles are the moments'");
        assertShown("toolbar", screen.fields("toolbar"), texts(robot.lookup(".tool-bar").query()));
    }

    @Test
    void theLegendListsTheMarksAndTheLanesAreThoseOfTheDesign(FxRobot robot) {
        robot.interact(() -> window.legendButton().setSelected(true)); // it joins the window when first shown
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> legend = texts(window.legend());
        assertShown("legend", screen.fields("legend"), legend);
        assertTrue(screen.fields("legend").containsAll(screen.laneMarks()), "the lane marks are legend entries");
        for (String strategy : List.of("phoenix-fine", "phoenix-coarse")) {
            robot.interact(() -> window.strategySelector().setValue(strategy));
            WaitForAsyncUtils.waitForFxEvents();
            List<String> lanes = window.architecture().hostLayout().lanes().stream()
                    .map(org.phoenixlab.app.architecture.HostLayout.Lane::component).toList();
            assertEquals(window.viewModel().simulation().design().heartbeated(), lanes,
                    "LessonCheck takes the lanes from the design: the drawing has one per heartbeated component under " + strategy);
        }
    }
}
