package org.phoenixlab.app.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phoenixlab.app.main.MainWindow;
import org.phoenixlab.app.main.TestWindows;
import org.phoenixlab.engine.fault.FaultKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What a screen reader gets from the window, read as it reads it (queryAccessibleAttribute): every component
 * a role, a name with what holds it and a description that follows its state; the drawing's focus; the
 * caption's text as it changes; the chart's figures in words.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindows.show(stage);
    }

    private static String text(Node n) {
        return (String) n.queryAccessibleAttribute(AccessibleAttribute.TEXT);
    }

    private static String help(Node n) {
        return (String) n.queryAccessibleAttribute(AccessibleAttribute.HELP);
    }

    @Test
    void everyComponentHasARoleANameWithItsContainerAndADescriptionThatFollowsItsState(FxRobot robot) {
        ArchitectureView view = window.architecture();
        assertTrue(view.nodes().size() > 20);
        view.nodes().forEach((id, n) -> {
            Object role = n.queryAccessibleAttribute(AccessibleAttribute.ROLE);
            assertTrue(role == AccessibleRole.BUTTON || role == AccessibleRole.TEXT, id + ": " + role);
            assertFalse(text(n) == null || text(n).isBlank(), id + " has a name");
            assertFalse(help(n) == null || help(n).isBlank(), id + " has a description");
            assertTrue(help(n).startsWith(n.stateText()), id + "'s description starts with its state: " + help(n));
            window.viewModel().topology().containerOf(id).ifPresent(c ->
                    assertTrue(text(n).contains(", in "), id + " says what holds it: " + text(n)));
        });
        ComponentNode driver = view.nodeFor("net_uk/nic-driver");
        assertEquals("NIC driver, in net_uk", text(driver));
        assertEquals(AccessibleRole.BUTTON, driver.queryAccessibleAttribute(AccessibleAttribute.ROLE), "it has a menu of faults");
        String healthy = help(driver);
        robot.interact(() -> window.advance(1_000_000));
        robot.interact(() -> window.inject("net_uk/nic-driver", FaultKind.CRASH));
        String crashed = help(driver);
        assertNotEquals(healthy, crashed);
        assertTrue(crashed.startsWith("failed") || crashed.toLowerCase().startsWith(driver.stateText().toLowerCase()), crashed);
        ComponentNode netback = view.nodeFor("net_uk/netback");
        robot.interact(() -> window.advance(30_000));
        assertTrue(help(netback).contains("waits for") || help(driver).contains("waits for") || !help(driver).equals(crashed),
                "what it waits for is said: " + help(netback) + " / " + help(driver));
    }

    @Test
    void theDrawingNamesTheComponentTheKeyboardIsOn(FxRobot robot) {
        ArchitectureView view = window.architecture();
        robot.interact(() -> {
            view.requestFocus();
            view.moveCursor("net_uk/netback");
        });
        assertEquals(view.nodeFor("net_uk/netback"), view.queryAccessibleAttribute(AccessibleAttribute.FOCUS_NODE));
        assertTrue(text(view).contains("arrow keys"), text(view));
    }

    @Test
    void theCaptionIsReadAsItChangesAndTheChartHasItsFiguresInWords(FxRobot robot) {
        String before = text(window.caption());
        robot.interact(() -> window.advance(1_000_000));
        robot.interact(() -> window.inject("net_uk/nic-driver", FaultKind.CRASH));
        String after = text(window.caption());
        assertNotEquals(before, after);
        assertTrue(after.contains(window.caption().text()), after);
        robot.interact(() -> {
            window.advance(3_000_000);
            window.selectPanel(2);
        });
        String chart = text(window.metrics().chart());
        assertNotNull(chart);
        assertTrue(chart.startsWith("Network throughput chart") && chart.contains("lowest"), chart);
    }
}
