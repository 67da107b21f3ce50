package org.phoenixlab.app.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phoenixlab.app.main.MainWindow;
import org.phoenixlab.assets.Assets;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentIds;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The drawing as a student sees it: each design as it is built when the strategy is switched, and no
 * text cut or covered anywhere in the window (every label of every component, panel and table header; the
 * rows of a table are left out: a long event is read whole in the explanation under it),
 * at 1280 × 720 and at the default size, in both themes, nor a toolbar control hidden in an overflow.
 */
@ExtendWith(ApplicationExtension.class)
class DrawingTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private MainWindow open(FxRobot robot, double w, double h, boolean dark, int guests) {
        MainWindow[] out = new MainWindow[1];
        robot.interact(() -> {
            out[0] = new MainWindow(guests);
            Scene scene = new Scene(out[0], w, h);
            scene.getStylesheets().add(Assets.stylesheet());
            stage.setScene(scene);
            stage.setWidth(w);
            stage.setHeight(h);
            stage.show();
            out[0].themes().darkProperty().set(dark);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return out[0];
    }

    @Test
    void theStaticLayersArePaintedStraightInTheFirstFrameAndFromBitmapsAfter(FxRobot robot) throws java.util.concurrent.TimeoutException {
        boolean[] cachedAtFirst = new boolean[1];
        MainWindow[] w = new MainWindow[1];
        robot.interact(() -> {
            w[0] = new MainWindow(3);
            stage.setScene(new Scene(w[0], 1280, 720));
            stage.show();
            cachedAtFirst[0] = w[0].architecture().staticLayers().stream().anyMatch(Node::isCache);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(cachedAtFirst[0], "no bitmap to draw before the first frame");
        // The bitmaps are switched on just after the first pulse: wait for it rather than for a number of events.
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> w[0].architecture().staticLayers().stream().allMatch(Node::isCache));
        // Only those: the scroll pane's viewport, which holds the moving dots as well, is not kept as a bitmap
        // (JavaFX's skin keeps it so by default; it would be drawn again every frame, then copied).
        Node viewport = w[0].architecture();
        while (viewport != null && !viewport.getStyleClass().contains("viewport")) {
            viewport = viewport.getParent();
        }
        assertTrue(viewport != null, "the drawing sits in a scroll pane's viewport");
        assertFalse(viewport.isCache(), "the viewport is painted straight");
    }

    @Test
    void switchingToVanillaShowsOneDom0AndNoGlobalLoopAndBackToPhoenixItsUnikernelsAndUkMonitor(FxRobot robot) {
        MainWindow w = open(robot, 1540, 960, false, 3);
        assertTrue(w.architecture().frameNodes().containsKey("ukmonitor"), "Phoenix: UKmonitor in the hypervisor");
        assertTrue(robot.lookup(".dom0").tryQuery().isEmpty());
        double[] moved = new double[2];
        robot.interact(() -> {
            w.strategySelector().setValue("vanilla");
            ComponentNode net = w.architecture().nodeFor(ComponentIds.NET_UK);
            moved[0] = Math.abs(net.getTranslateX()) + Math.abs(net.getTranslateY()); // before the first frame of the transition
            moved[1] = w.architecture().morphing() ? 1 : 0;
        });
        assertTrue(moved[0] > 0 && moved[1] == 1, "net_uk starts from where Phoenix drew it and moves into dom0");
        // The transition runs on the animation clock, not in a number of pulses: wait until the boxes stand still.
        waitUntilStill(w);
        ArchitectureView v = w.architecture();
        assertEquals(1, robot.lookup(".design-frame.dom0").queryAll().size(), "one dom0");
        assertFalse(v.frameNodes().containsKey("ukmonitor"), "no global loop");
        assertTrue(robot.lookup(".global-loop").tryQuery().isEmpty());
        assertTrue(v.heartbeats().laneComponents().isEmpty(), "nothing heartbeats dom0");
        Bounds dom0 = v.frameNodes().get("design/dom0").getBoundsInParent();
        for (String id : List.of(ComponentIds.NET_UK, ComponentIds.DISK_UK, ComponentIds.XENSTORE, ComponentIds.TOOL_UK)) {
            assertTrue(dom0.contains(v.nodeFor(id).getBoundsInParent()), id + " is drawn inside dom0");
        }
        assertFalse(v.nodes().containsKey(ComponentIds.xenstoreReplica(2)), "no replicas in vanilla Xen");
        robot.interact(() -> w.strategySelector().setValue("xoar"));
        assertTrue(w.architecture().frameNodes().containsKey("design/builder"), "Xoar's builder VM");
        assertEquals("NetBack VM", robot.lookup("#" + ComponentNode.nodeId(ComponentIds.NET_UK) + " .title").queryAs(javafx.scene.text.Text.class).getText());
        robot.interact(() -> w.strategySelector().setValue("tfd-xen"));
        assertTrue(w.architecture().frameNodes().containsKey("design/standby-driver-domain"));
        assertTrue(w.architecture().nodes().containsKey(ComponentIds.NIC_BACKUP));
        robot.interact(() -> w.strategySelector().setValue("phoenix-fine"));
        assertTrue(w.architecture().frameNodes().containsKey("ukmonitor"));
        assertEquals(List.of(ComponentIds.NET_UK, ComponentIds.DISK_UK, ComponentIds.TOOL_UK),
                w.architecture().heartbeats().laneComponents());
        robot.interact(w::closing);
    }

    private static void waitUntilStill(MainWindow w) {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !w.architecture().morphing());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the boxes were still moving 10 s after the strategy changed", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void sixtyFourGuestsAreTilesAndClickingOneShowsItWhole(FxRobot robot) {
        MainWindow w = open(robot, 1280, 720, false, 64);
        ArchitectureView v = w.architecture();
        assertTrue(v.hostLayout().tiles());
        assertFalse(v.nodes().containsKey(ComponentIds.netRing(40)));
        assertTrue(v.nodeFor(ComponentIds.guest(40)).getStyleClass().contains("look-tile"));
        robot.clickOn(v.nodeFor(ComponentIds.guest(40)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(v.nodes().containsKey(ComponentIds.netRing(40)), "guest 40 is shown whole, with its rings");
        assertTrue(v.nodeFor(ComponentIds.guest(40)).getStyleClass().contains("look-holder"));
        assertTrue(v.nodeFor(ComponentIds.guest(1)).getStyleClass().contains("look-tile"), "guest 1 went back to its tile");
        assertEquals(ComponentIds.guest(40), w.viewModel().selectedProperty().get(), "and it is selected for the inspector");
        robot.interact(w::closing);
    }

    @Test
    void aLateHeartbeatAnswerIsDrawnPastTheDeadline(FxRobot robot) {
        MainWindow w = open(robot, 1540, 960, false, 3);
        robot.interact(() -> w.advance(400_000));
        HeartbeatLayer hb = w.architecture().heartbeats();
        assertFalse(hb.beats(ComponentIds.NET_UK).isEmpty(), "net_uk's lane shows its beats");
        assertTrue(hb.beats(ComponentIds.NET_UK).stream().allMatch(HeartbeatLayer.Beat::onTime));
        robot.interact(w::closing);
        // A beat the engine records at the deadline with the answer's time (a live unikernel whose vCPU waited):
        // drawn where the answer came, past the deadline, not as a missing one.
        HeartbeatLayer lanes = new HeartbeatLayer(w.architecture().hostLayout().lanes(), 5_000);
        lanes.beat(ComponentIds.NET_UK, 105_000, new org.phoenixlab.engine.trace.Payload.Heartbeat(true, false, 12_000));
        HeartbeatLayer.Beat late = lanes.beats(ComponentIds.NET_UK).get(0);
        assertFalse(late.onTime());
        assertEquals(100_000, late.sentUs(), "the ping left a deadline before the beat was recorded");
        assertEquals(112_000, late.answeredUs(), "the answer came 12 ms after the ping, 7 ms late");
        lanes.beat(ComponentIds.NET_UK, 205_000, new org.phoenixlab.engine.trace.Payload.Heartbeat(true, false));
        assertEquals(-1, lanes.beats(ComponentIds.NET_UK).get(1).answeredUs(), "no answer at all: a crash");
    }

    @ParameterizedTest
    @CsvSource({"1280,720,false,3,true,en", "1280,720,true,64,true,en", "1280,720,false,3,false,en", "1280,720,true,3,false,en",
            "1540,960,false,3,false,en", "1540,960,true,3,false,en", "1280,720,false,64,false,en", "1600,1000,true,64,false,en", // Monocle's screen is 1600x1200
            "1280,720,false,3,true,fr", "1280,720,true,64,false,fr", "1540,960,false,3,false,fr"}) // French words are longer
    void noTextIsCutOrCoveredAndTheToolbarHidesNothing(double width, double height, boolean dark, int guests, boolean lessons,
            String language, FxRobot robot) {
        org.phoenixlab.app.util.Messages.use(java.util.Locale.forLanguageTag(language));
        MainWindow w;
        try {
            w = open(robot, width, height, dark, guests);
        } finally {
            org.phoenixlab.app.util.Messages.use(java.util.Locale.ENGLISH); // the words are taken when the window is made
        }
        robot.interact(() -> {
            w.viewModel().lessonsShownProperty().set(lessons);
            w.viewModel().dependenciesShownProperty().set(true);
            w.viewModel().legendShownProperty().set(true);
            w.advance(1_000_000);
            w.inject("net_uk/nic-driver", FaultKind.CRASH);
            w.advance(40_000);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            w.applyCss();
            w.layout();
        });
        List<String> problems = new ArrayList<>();
        robot.interact(() -> walk(w, problems));
        assertEquals(List.of(), problems, width + "x" + height + (dark ? " dark" : " light") + ", " + guests + " guests"
                + (lessons ? ", lesson panel open" : "") + ", " + language);
        assertEquals(1.0, w.zoom().scale(), 1e-9, "the default zoom draws text at its own size (never under 11 px)");
        javafx.scene.control.ToolBar bar = robot.lookup(".tool-bar").queryAs(javafx.scene.control.ToolBar.class);
        for (Node item : bar.getItems()) {
            Bounds b = item.localToScene(item.getLayoutBounds());
            assertTrue(item.getScene() != null && shown(item) && b.getMaxX() <= bar.localToScene(bar.getLayoutBounds()).getMaxX() + 0.5,
                    "on the bar, not in its overflow menu: " + item + " at " + b);
        }
        // The drawing's words (its labels', and its boxes' own titles and states) never lie over one another.
        List<Text> drawn = new ArrayList<>();
        collectTexts(w.architecture(), drawn);
        assertTrue(drawn.stream().anyMatch(t -> t.getStyleClass().contains("title")), "the boxes' titles are among them");
        for (int i = 0; i < drawn.size(); i++) {
            for (int j = i + 1; j < drawn.size(); j++) {
                Bounds a = drawn.get(i).localToScene(drawn.get(i).getLayoutBounds());
                Bounds b = drawn.get(j).localToScene(drawn.get(j).getLayoutBounds());
                if (a.intersects(b) && inter(a, b) > 2) {
                    problems.add("'" + drawn.get(i).getText() + "' and '" + drawn.get(j).getText() + "' overlap");
                }
            }
        }
        assertEquals(List.of(), problems, "overlaps at " + width + "x" + height + ", " + guests + " guests");
        robot.interact(w::closing);
    }

    @ParameterizedTest
    @CsvSource({"false,3", "true,3", "false,64", "true,64"})
    void at1280x720TheWholeDrawingDownToTheNicIsOnScreenAt100PercentWithRoomLeftForTheEventLog(boolean dark, int guests,
            FxRobot robot) {
        org.phoenixlab.app.prefs.Settings.preferences().remove("window.divider"); // the default divider, not another test's
        MainWindow w = open(robot, 1280, 720, dark, guests);
        robot.interact(() -> {
            w.advance(1_000_000);
            w.inject("net_uk/nic-driver", FaultKind.CRASH); // the caption tells a moment: its longest sentences are in
            w.advance(60_000);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            w.applyCss();
            w.layout();
        });
        String at = "1280x720" + (dark ? " dark" : " light") + ", " + guests + " guests";
        assertEquals(1.0, w.zoom().scale(), 1e-9, "100 %: " + at);
        ArchitectureView v = w.architecture();
        Bounds drawing = v.getBoundsInParent();
        Bounds port = w.drawing().getViewportBounds();
        assertTrue(drawing.getHeight() <= port.getHeight() + 0.5 && drawing.getWidth() <= port.getWidth() + 0.5,
                "the whole drawing fits its viewport, no scrolling: " + drawing.getWidth() + " x " + drawing.getHeight() + " in "
                        + port.getWidth() + " x " + port.getHeight() + " (" + at + ")");
        Node viewport = w.drawing().lookup(".viewport");
        Bounds seen = viewport.localToScene(viewport.getLayoutBounds());
        for (String id : List.of(ComponentIds.NIC, ComponentIds.DISK, ComponentIds.REMOTE_HOST, ComponentIds.NOVA)) {
            Bounds b = v.nodeFor(id).localToScene(v.nodeFor(id).getLayoutBounds());
            assertTrue(seen.contains(b), id + " of the Hardware band is inside the viewport: " + b + " in " + seen + " (" + at + ")");
        }
        javafx.scene.control.TabPane below = robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class);
        assertTrue(below.getHeight() >= below.getMinHeight() - 0.5,
                "the panels below keep their minimum height: " + below.getHeight() + " (" + at + ")");
        robot.interact(w::closing);
    }

    private static double inter(Bounds a, Bounds b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return Math.min(w, h);
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }

    private static void collect(Node n, List<Labeled> out) {
        if (n instanceof Labeled l && shown(l) && l.getText() != null && !l.getText().isEmpty()) {
            out.add(l);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    /**
     * Every shown piece of text: a label's own text node, or a text node standing alone (a box's title and state
     * words); not the symbols of the icon font, which are text nodes too.
     */
    private static void collectTexts(Node n, List<Text> out) {
        if (!shown(n)) {
            return;
        }
        if (n instanceof Labeled l) {
            Node t = l.lookup(".text");
            if (t instanceof Text text && text.getText() != null && !text.getText().isEmpty()) {
                out.add(text);
            }
            return; // its text node is the one above; its graphic is a symbol
        }
        if (n instanceof Text t && !(n instanceof org.kordamp.ikonli.javafx.FontIcon) && t.getText() != null && !t.getText().isEmpty()) {
            out.add(t);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collectTexts(c, out);
            }
        }
    }

    /** Every shown label: its words whole (no ellipsis); every shown text inside the box that holds it. */
    private static void walk(Node root, List<String> problems) {
        List<Labeled> all = new ArrayList<>();
        collect(root, all);
        for (Labeled l : all) {
            if (l instanceof javafx.scene.control.IndexedCell<?>) {
                continue; // a table's or list's rows: a long event is read whole in the explanation under the table
            }
            Node t = l.lookup(".text");
            if (t instanceof Text text && l.getScene() != null) {
                String shownText = text.getText() == null ? "" : text.getText();
                String words = l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText();
                if (!shownText.replace("\n", " ").strip().equals(words.replace("\n", " ").strip())) {
                    problems.add("cut: '" + l.getText() + "' shows as '" + shownText + "' (" + l.getClass().getSimpleName()
                            + " " + l.getStyleClass() + ")");
                }
            }
        }
        List<Text> texts = new ArrayList<>();
        collectTexts(root, texts);
        for (Text t : texts) {
            ComponentNode box = holder(t);
            if (box != null) {
                Bounds b = box.localToScene(box.getLayoutBounds());
                Bounds tb = t.localToScene(t.getLayoutBounds());
                if (tb.getMaxY() > b.getMaxY() + 1 || tb.getMaxX() > b.getMaxX() + 1) {
                    problems.add("spills out of its box: '" + t.getText() + "' in " + box.componentId());
                }
            }
        }
    }

    private static ComponentNode holder(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ComponentNode c) {
                return c;
            }
        }
        return null;
    }
}
