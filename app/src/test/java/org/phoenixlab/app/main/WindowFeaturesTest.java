package org.phoenixlab.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phoenixlab.app.architecture.Zoom;
import org.phoenixlab.app.prefs.Settings;
import org.phoenixlab.app.prefs.Themes;
import org.phoenixlab.app.prefs.WindowMemory;
import org.phoenixlab.app.session.Speed;
import org.phoenixlab.assets.Assets;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.scenario.Gallery;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.sim.Command;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's controls one by one (toolbar, menus, zoom, shortcuts), what it remembers between runs
 * (theme, window place and size, the divider), the autosaved session, VM operations from a guest's
 * menu, and the XenStore and migration animation.
 */
@ExtendWith(ApplicationExtension.class)
class WindowFeaturesTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        Settings.preferences().clear();
        Files.deleteIfExists(Settings.home().resolve("autosave.journal.jsonl"));
        this.stage = stage;
        window = TestWindows.show(stage);
    }

    private ToolBar toolbar(FxRobot robot) {
        return robot.lookup(".tool-bar").queryAs(ToolBar.class);
    }

    private static List<Node> controlsIn(ToolBar bar) {
        List<Node> out = new java.util.ArrayList<>();
        for (Node n : bar.getItems()) {
            if (n instanceof javafx.scene.layout.Pane p) {
                out.addAll(p.getChildren());
            } else {
                out.add(n);
            }
        }
        return out;
    }

    @Test
    void everyToolbarControlIsVisibleHasATooltipAndWorks(FxRobot robot) throws Exception {
        for (Node n : controlsIn(toolbar(robot))) {
            if (n instanceof ButtonBase || n instanceof ComboBox || n instanceof javafx.scene.control.ChoiceBox) {
                Control c = (Control) n;
                assertTrue(c.isVisible(), c + " is visible");
                assertNotNull(org.phoenixlab.app.util.Tips.text(c), c + " has a tooltip");
                assertTrue(c.getLayoutBounds().getWidth() > 10, c + " is wide enough to click");
            }
        }
        // Play: virtual time runs; pause: it stops.
        robot.clickOn(window.playButton());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.session().nowUs() > 0);
        robot.clickOn(window.playButton());
        long paused = window.session().nowUs();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paused, window.session().nowUs());
        // Step and step back: from moment to moment; nothing failing, no moment ahead: it says so and stays.
        long events = window.session().position();
        robot.clickOn("#step-forward");
        assertEquals(events, window.session().position());
        assertTrue(window.caption().text().startsWith("No moment in the next"), window.caption().text());
        robot.rightClickOn(window.architecture().nodeFor("net_uk/nic-driver"));
        robot.clickOn("Crash NIC driver");
        robot.clickOn("#step-forward");
        assertTrue(window.caption().title().startsWith("Traffic stopped"), window.caption().title());
        robot.clickOn("#step-back");
        assertTrue(window.caption().title().startsWith("Fault"), window.caption().title());
        // Speed.
        robot.interact(() -> window.speedSelector().setValue(Speed.FAST));
        assertEquals(10.0, window.speedSelector().getValue().factor());
        // Dependencies.
        robot.clickOn(window.dependenciesButton());
        assertTrue(window.architecture().dependenciesShown());
        robot.clickOn(window.dependenciesButton());
        assertFalse(window.architecture().dependenciesShown());
        // Restart.
        robot.clickOn("#restart");
        assertEquals(0, window.session().nowUs());
    }

    @Test
    void theToolbarInjectsAFaultOnTheSelectedComponent(FxRobot robot) {
        assertTrue(window.injectButton().isDisable(), "nothing selected: nothing to inject");
        robot.clickOn(window.architecture().nodeFor("net_uk/netback"));
        assertFalse(window.injectButton().isDisable());
        assertTrue(org.phoenixlab.app.util.Tips.text(window.injectButton()).startsWith("Inject fault on NetBack"),
                org.phoenixlab.app.util.Tips.text(window.injectButton())); // the button's own words stay short: the toolbar fits 1280 px
        robot.clickOn(window.injectButton());
        robot.clickOn("#toolbar-inject-crash");
        assertEquals(1, window.viewModel().simulation().faults().size());
        assertEquals("net_uk/netback", window.viewModel().simulation().faults().get(0).target());
    }

    @Test
    void zoomButtonsShortcutsAndFitChangeTheScale(FxRobot robot) {
        double start = window.zoom().scale();
        robot.clickOn("#zoom-in");
        assertEquals(start * 1.25, window.zoom().scale(), 1e-9);
        robot.clickOn("#zoom-out");
        robot.clickOn("#zoom-out");
        assertEquals(start / 1.25, window.zoom().scale(), 1e-9);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertEquals(1.0, window.zoom().scale(), 1e-9);
        assertEquals("100 %", robot.lookup("#zoom-percent").queryAs(Label.class).getText());
        robot.clickOn("#zoom-fit");
        var viewport = robot.lookup(".scroll-pane").queryAs(javafx.scene.control.ScrollPane.class).getViewportBounds();
        var drawn = window.architecture().getBoundsInParent();
        assertTrue(drawn.getWidth() <= viewport.getWidth() + 1 && drawn.getHeight() <= viewport.getHeight() + 1,
                "fit shows the whole drawing: " + drawn + " in " + viewport);
        for (int i = 0; i < 20; i++) {
            robot.interact(() -> window.zoom().zoomIn());
        }
        assertEquals(Zoom.MAX, window.zoom().scale(), 1e-9);
    }

    @Test
    void singleKeyShortcutsPlayStepAndShowDependencies(FxRobot robot) {
        robot.clickOn(window.architecture().nodeFor("guest/1")); // focus away from any text field
        robot.push(KeyCode.SHIFT, KeyCode.RIGHT);
        assertEquals(1, window.session().position(), "Shift+Right: one engine event");
        robot.push(KeyCode.SHIFT, KeyCode.LEFT);
        assertEquals(0, window.session().position());
        robot.type(KeyCode.RIGHT);
        assertEquals(0, window.session().position(), "Right: the next moment, and none is coming");
        robot.type(KeyCode.A);
        assertTrue(window.viewModel().autoPauseProperty().get(), "A: pause at each moment");
        robot.type(KeyCode.D);
        assertTrue(window.architecture().dependenciesShown());
        robot.type(KeyCode.SPACE);
        assertTrue(window.playButton().isSelected());
        robot.type(KeyCode.SPACE);
        assertFalse(window.playButton().isSelected());
    }

    @Test
    void everyMenuItemHasAnActionAndTheFrequentOnesHaveShortcuts(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<String> withoutShortcut = new java.util.ArrayList<>();
        for (Menu m : bar.getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (i instanceof javafx.scene.control.SeparatorMenuItem || i instanceof Menu) {
                    continue;
                }
                assertTrue(i.getOnAction() != null || i instanceof javafx.scene.control.CheckMenuItem, i.getText() + " does something");
                boolean singleKey = i.getText().matches(".*   \\([^)]+\\)"); // a single key, named after the words
                if (i.getAccelerator() == null && !singleKey) {
                    withoutShortcut.add(i.getText());
                }
            }
        }
        assertEquals(List.of("Restart", "Where to start\u2026", "Glossary: pVM, dom0, NetBack, shadow driver\u2026",
                "The paper this program follows", "Where your files are kept", "About Phoenix Lab"), withoutShortcut,
                "the rare ones: the frequent ones have a key");
    }

    @Test
    void everyActionIsDeclaredOnceWithWordsAndAKeyOfItsOwn(FxRobot robot) {
        List<String> keys = new java.util.ArrayList<>();
        for (org.phoenixlab.app.util.AppAction a : window.actions().all()) {
            assertFalse(a.text().isBlank(), a.id());
            if (a.keys() != null) {
                keys.add(a.keys());
            }
        }
        assertEquals(ActionId.values().length, window.actions().all().size(), "every action of the window is declared");
        assertEquals(keys.size(), new java.util.HashSet<>(keys).size(), "no key does two things: " + keys);
        // The toolbar's Play and the Space key act on the same state as a lesson's pace.
        robot.interact(() -> window.viewModel().playingProperty().set(true));
        assertTrue(window.playButton().isSelected());
        assertEquals("Pause", window.playButton().getText());
        robot.interact(() -> window.actions().get(ActionId.PLAY).run());
        assertFalse(window.viewModel().playingProperty().get());
    }

    @Test
    void theDarkThemeIsRememberedBetweenRuns(FxRobot robot) {
        robot.clickOn("View");
        robot.clickOn("Dark theme");
        assertTrue(window.getScene().getStylesheets().contains(Assets.darkStylesheet()));
        // The next run reads the same preferences.
        Themes next = new Themes(Settings.preferences());
        assertTrue(next.isDark());
        robot.push(KeyCode.CONTROL, KeyCode.T);
        assertFalse(window.getScene().getStylesheets().contains(Assets.darkStylesheet()));
        assertFalse(new Themes(Settings.preferences()).isDark());
    }

    @Test
    void aFirstStartShowsTheWholeDrawingAtFullScale(FxRobot robot) {
        WindowMemory memory = new WindowMemory(Settings.preferences()); // cleared: nothing remembered yet
        MainWindow[] first = new MainWindow[1];
        Stage[] again = new Stage[1];
        robot.interact(() -> {
            first[0] = new MainWindow();
            again[0] = new Stage();
            Scene scene = new Scene(first[0], memory.width(), memory.height());
            scene.getStylesheets().add(Assets.stylesheet());
            again[0].setScene(scene);
            again[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertEquals(1.0, first[0].zoom().scale(), 1e-9, "labels are drawn at their own size");
            double drawing = first[0].architecture().getBoundsInParent().getHeight();
            double visible = first[0].drawing().getViewportBounds().getHeight();
            assertTrue(drawing <= visible, "the whole I/O path, guests to NIC, is on screen without scrolling: the drawing is "
                    + drawing + " px high, the view " + visible);
        } finally {
            robot.interact(() -> {
                first[0].closing();
                again[0].close();
            });
        }
    }

    @Test
    void theLessonPanelNarrowsTheDrawingWhichIsLaidOutAgainAtFullSizeAndTheDividerComesBack(FxRobot robot) {
        // Changed with issue 13: the drawing is no longer scaled down beside the lesson panel (its text would fall
        // below 11 px); it is laid out again for the narrower room at 100 %, and the divider gives the panels below
        // whatever height the drawing does not need.
        WindowMemory memory = new WindowMemory(Settings.preferences());
        double before = window.centre().getDividerPositions()[0];
        double remembered = memory.divider();
        robot.interact(() -> window.lessonsButton().setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.legend().isVisible(), "a lesson shows the legend");
        assertEquals(1.0, window.zoom().scale(), 1e-9, "text keeps its size beside the lesson panel");
        double drawing = window.architecture().getBoundsInParent().getHeight();
        double visible = window.drawing().getViewportBounds().getHeight();
        assertTrue(window.architecture().getBoundsInParent().getWidth() <= window.drawing().getViewportBounds().getWidth() + 1,
                "laid out for the narrower room");
        assertTrue(drawing <= visible + 1, "the whole drawing stays on screen: " + drawing + " in " + visible);
        assertTrue(window.centre().getDividerPositions()[0] <= before + 1e-3, "never more height than the user gave it");
        assertEquals(remembered, memory.divider(), 1e-9, "a move the program made is not remembered as the user's");
        robot.interact(() -> stage.setWidth(stage.getWidth() - 160));
        WaitForAsyncUtils.waitForFxEvents();
        // At the narrowest layout the caption under the drawing may leave room a scroll bar's width short: 98 %, not less.
        assertTrue(window.zoom().scale() >= 0.98, "text keeps its size: " + window.zoom().scale());
        assertTrue(window.architecture().getBoundsInParent().getHeight() <= window.drawing().getViewportBounds().getHeight() + 1,
                "a narrower window: still the whole drawing");
        robot.interact(() -> window.viewModel().start(org.phoenixlab.engine.scenario.Scenario.paperWorkload("phoenix-fine", 1, 10_000_000)
                .withGuests(24), List.of()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.centre().getDividerPositions()[0] <= before + 1e-3, "24 guests: never more than the user gave");
        robot.interact(() -> window.lessonsButton().setSelected(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, window.centre().getDividerPositions()[0], 1e-3, "closing the panel puts the divider back");
    }

    @Test
    void theWindowsPlaceSizeAndDividerAreRememberedBetweenRuns(FxRobot robot) {
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1200);
            stage.setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WindowMemory memory = new WindowMemory(Settings.preferences());
        double remembered = memory.divider();
        // The split pane moves the divider itself when the window gets too short for the panels below: not
        // the user's choice, not remembered (it was, and came back at the next start in a taller window).
        robot.interact(() -> stage.setHeight(420));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.setHeight(800));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(remembered, memory.divider(), 1e-9, "the divider moved by the layout is not remembered");
        // A drag is.
        javafx.scene.Node divider = robot.lookup(".split-pane-divider").query();
        double height = window.centre().getHeight();
        double was = window.centre().getDividerPositions()[0];
        robot.drag(divider).dropBy(0, -0.1 * height);
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = window.centre().getDividerPositions()[0];
        assertEquals(was - 0.1, dragged, 0.02, "the divider followed the drag");
        assertEquals(dragged, memory.divider(), 1e-9, "and the drag is remembered");
        robot.interact(() -> memory.save(stage));
        assertEquals(stage.getScene().getWidth(), memory.width(), 1e-9);
        robot.interact(() -> {
            Stage again = new Stage();
            MainWindow second = new MainWindow();
            again.setScene(new Scene(second, memory.width(), memory.height()));
            memory.restore(again);
            assertEquals(40, again.getX(), 1e-9);
            assertEquals(30, again.getY(), 1e-9);
            assertEquals(dragged, second.centre().getDividers().get(0).getPosition(), 0.01);
            second.closing();
        });
    }

    @Test
    void everyClickIsAutosavedAndASessionLeftBehindCanBeRestored(FxRobot robot) throws Exception {
        robot.interact(() -> window.advance(500_000));
        robot.rightClickOn(window.architecture().nodeFor("net_uk/nic-driver"));
        robot.clickOn("Crash NIC driver");
        var saved = window.autosave().recover(window.autosave().file());
        assertEquals(1, saved.commands().size());
        assertTrue(saved.commands().get(0) instanceof Command.Inject i && i.target().equals("net_uk/nic-driver"));

        // A new window (as at the next start) shows a blank session but must not overwrite what a crash left.
        robot.interact(() -> new MainWindow());
        robot.interact(() -> window.restart());
        assertEquals(saved, window.autosave().recover(window.autosave().file()));
        javafx.application.Platform.runLater(() -> window.files().offerRecovery()); // a modal dialog: do not wait for it
        java.util.function.Supplier<java.util.Optional<javafx.scene.Node>> yes = () -> robot.lookup("#recovery-dialog .button")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("Yes")).match(javafx.scene.Node::isVisible).tryQuery();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> yes.get().isPresent());
        robot.clickOn(yes.get().orElseThrow());
        assertEquals(1, window.viewModel().simulation().commands().size());
        assertEquals(saved.endUs(), window.session().nowUs());

        robot.interact(() -> window.closing());
        assertFalse(Files.exists(window.autosave().file()), "a clean exit leaves nothing to recover");
    }

    @Test
    void aMigrationStartedFromAGuestsMenuAnimatesAndEndsOnTheRemoteHost(FxRobot robot) {
        robot.rightClickOn(window.architecture().nodeFor("guest/2"));
        robot.clickOn("Migrate to the remote host (tool_uk)");
        robot.interact(() -> window.advance(50_000));
        assertEquals(List.of("guest/2: pre-copy"), window.architecture().flows().migrationsShown());
        robot.interact(() -> window.advance(20_000_000));
        assertEquals(List.of(), window.architecture().flows().migrationsShown());
        assertEquals(ComponentState.STOPPED, window.architecture().nodeFor("guest/2").state());
        assertTrue(window.architecture().nodeFor("guest/2").stateText().contains("Stopped"));
    }

    @Test
    void xenStoreWritesFanOutDuringAVmCreation(FxRobot robot) {
        Scenario creation = Gallery.entries().stream()
                .filter(e -> e.resource().contains("vm-creation-xenstore-crash")).findFirst().orElseThrow().scenario()
                .withFaults(List.of());
        robot.interact(() -> window.viewModel().start(creation, List.of()));
        int most = 0;
        for (int i = 0; i < 200 && most == 0; i++) {
            robot.interact(() -> window.advance(10_000));
            most = Math.max(most, window.architecture().flows().writesInFlight(window.session().nowUs()));
        }
        assertTrue(most > 0, "writes were seen crossing to the replicas");
    }
}
