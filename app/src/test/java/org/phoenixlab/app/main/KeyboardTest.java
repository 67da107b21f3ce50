package org.phoenixlab.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phoenixlab.app.architecture.ArchitectureView;
import org.phoenixlab.engine.model.ComponentState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window with the keyboard alone: no test here moves or clicks the mouse. Tab reaches the drawing,
 * the arrows, Enter and Escape walk its components, the menu key opens a component's faults, Space plays
 * unless a button has the focus, and ? shows every key.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardTest {
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindows.show(stage);
        scene = window.getScene();
    }

    private Node focus() {
        return scene.getFocusOwner();
    }

    private ArchitectureView drawing() {
        return window.architecture();
    }

    /** Presses Tab until the drawing has the focus; the controls passed on the way. */
    private List<Node> tabIntoTheDrawing(FxRobot robot) {
        List<Node> passed = new ArrayList<>();
        passed.add(focus()); // where the window starts
        for (int i = 0; i < 60 && !(focus() instanceof ArchitectureView); i++) {
            robot.push(KeyCode.TAB);
            passed.add(focus());
        }
        assertTrue(focus() instanceof ArchitectureView, "Tab reaches the drawing; passed " + passed);
        return passed;
    }

    /** Presses {@code key} until the keyboard is on {@code id} (at most 12 times); fails if it never gets there. */
    private void walkTo(FxRobot robot, String id, KeyCode... keys) {
        for (KeyCode key : keys) {
            for (int i = 0; i < 12 && !id.equals(drawing().cursor()); i++) {
                String was = drawing().cursor();
                robot.push(key);
                if (was.equals(drawing().cursor())) {
                    break; // nothing further that way
                }
            }
        }
        assertEquals(id, drawing().cursor());
    }

    @Test
    void withTheKeyboardAloneAStudentTabsIntoTheDrawingCrashesTheNicDriverPlaysUntilItIsRepairedAndReadsTheMetrics(FxRobot robot)
            throws Exception {
        List<Node> passed = tabIntoTheDrawing(robot);
        List<String> ids = passed.stream().map(Node::getId).filter(java.util.Objects::nonNull).toList();
        for (String id : List.of("lessons-button", "play", "step-back", "step-forward", "restart", "dependencies", "legend",
                "zoom-out", "zoom-in", "zoom-fit", "compare-button")) {
            assertTrue(ids.contains(id), id + " is in the Tab order before the drawing: " + ids);
        }
        assertTrue(passed.contains(window.strategySelector()) && passed.contains(window.speedSelector()), "and the choosers");
        assertTrue(drawing().isFocused());
        assertTrue(drawing().cursor() != null, "the keyboard is on a component as soon as the drawing has the focus");
        assertTrue(drawing().nodeFor(drawing().cursor()).getPseudoClassStates().toString().contains("key-cursor"),
                "and that component is outlined");
        walkTo(robot, "net_uk", KeyCode.DOWN);
        robot.push(KeyCode.ENTER); // into the unikernel's parts
        walkTo(robot, "net_uk/nic-driver", KeyCode.LEFT, KeyCode.UP);
        assertEquals("net_uk/nic-driver", window.viewModel().selectedProperty().get(), "the keyboard's component is the selection");
        assertFalse(window.injectButton().isDisabled(), "so the toolbar's Inject fault works for it too");
        ContextMenu menu = drawing().menuOf("net_uk/nic-driver").orElseThrow();
        assertEquals("inject-crash", menu.getItems().get(0).getId());
        robot.push(KeyCode.CONTEXT_MENU);
        assertTrue(menu.isShowing(), "the menu key opens the component's faults");
        robot.push(KeyCode.DOWN);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(menu.isShowing());
        assertEquals(ComponentState.FAULTY, drawing().nodeFor("net_uk/nic-driver").state(), "the crash was injected");
        assertTrue(drawing().isFocused(), "the keyboard is back in the drawing");
        robot.push(KeyCode.SPACE);
        assertTrue(window.viewModel().playingProperty().get(), "Space in the drawing plays");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> drawing().nodeFor("net_uk/nic-driver").state() == ComponentState.HEALTHY);
        robot.push(KeyCode.SPACE);
        assertFalse(window.viewModel().playingProperty().get(), "and pauses");
        robot.interact(() -> window.selectPanel(2));
        String detection = window.metrics().detection().getText();
        String recovery = window.metrics().recovery().getText();
        assertTrue(detection.matches(".*\\d.*"), "a detection time: " + detection);
        assertTrue(recovery.matches(".*\\d.*"), "a recovery time: " + recovery);
    }

    @Test
    void enterGoesIntoAUnikernelEscapeComesOutAndShiftF10OpensTheMenu(FxRobot robot) {
        tabIntoTheDrawing(robot);
        walkTo(robot, "net_uk", KeyCode.DOWN);
        robot.push(KeyCode.ENTER);
        assertEquals("net_uk", window.viewModel().topology().containerOf(drawing().cursor()).orElse(null),
                "Enter on a unikernel goes to one of its parts: " + drawing().cursor());
        robot.push(KeyCode.RIGHT);
        assertEquals("net_uk", window.viewModel().topology().containerOf(drawing().cursor()).orElse(null),
                "the arrows go first to the parts beside it: " + drawing().cursor());
        robot.push(KeyCode.ESCAPE);
        assertEquals("net_uk", drawing().cursor(), "Escape goes out to what holds it");
        robot.push(KeyCode.RIGHT);
        assertEquals("disk_uk", drawing().cursor(), "the unikernel beside it, to the right");
        robot.push(KeyCode.LEFT);
        assertEquals("net_uk", drawing().cursor());
        robot.push(KeyCode.SHIFT, KeyCode.F10);
        ContextMenu menu = drawing().menuOf("net_uk").orElseThrow();
        assertTrue(menu.isShowing(), "Shift+F10 opens the faults of net_uk");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(menu.isShowing());
        assertEquals("net_uk", drawing().cursor(), "Escape closed the menu only");
    }

    @Test
    void spacePressesAFocusedButtonAndPlaysOnlyWhenNoButtonHasTheFocus(FxRobot robot) {
        tabIntoTheDrawing(robot);
        walkTo(robot, "net_uk", KeyCode.DOWN);
        robot.interact(() -> window.dependenciesButton().requestFocus());
        robot.push(KeyCode.SPACE);
        assertTrue(window.viewModel().dependenciesShownProperty().get(), "Space pressed the focused Dependencies button");
        assertFalse(window.viewModel().playingProperty().get(), "and did not play");
        robot.interact(() -> window.injectButton().requestFocus());
        robot.push(KeyCode.SPACE);
        assertTrue(window.injectButton().isShowing(), "Space on Inject fault opens its menu");
        assertFalse(window.viewModel().playingProperty().get());
        robot.push(KeyCode.ESCAPE);
        robot.interact(() -> drawing().requestFocus());
        robot.push(KeyCode.SPACE);
        assertTrue(window.viewModel().playingProperty().get(), "in the drawing Space plays");
        robot.push(KeyCode.SPACE);
        assertFalse(window.viewModel().playingProperty().get());
        long before = window.session().position();
        robot.push(KeyCode.SHIFT, KeyCode.RIGHT);
        assertEquals(before + 1, window.session().position(), "Shift+Right is still one engine event, even in the drawing");
    }

    @Test
    void theQuestionMarkShowsEveryKeyFromTheDeclaredActionsAndEscapeHidesIt(FxRobot robot) {
        tabIntoTheDrawing(robot);
        robot.interact(() -> javafx.event.Event.fireEvent(drawing(), new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_TYPED, "?", "", KeyCode.UNDEFINED, true, false, false, false)));
        ShortcutOverlay overlay = window.keyOverlay().orElseThrow(() -> new AssertionError("? shows the overlay"));
        List<String> keys = overlay.rows().stream().map(org.phoenixlab.app.help.HelpWindow.Shortcut::keys).toList();
        for (org.phoenixlab.app.util.AppAction a : window.actions().all()) {
            if (a.keys() != null) {
                assertTrue(overlay.rows().stream().anyMatch(r -> r.does().equals(a.tooltip() != null ? a.tooltip() : a.text())),
                        a.id() + " is listed: " + keys);
            }
        }
        assertTrue(keys.stream().anyMatch(k -> k.startsWith("Arrows")), "the drawing's keys too: " + keys);
        assertTrue(keys.contains("Space"));
        robot.push(KeyCode.ESCAPE);
        assertTrue(window.keyOverlay().isEmpty(), "Escape hides it");
        assertTrue(drawing().isFocused(), "and the keyboard is back where it was");
    }
}
