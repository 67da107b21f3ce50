package org.phoenixlab.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phoenixlab.app.prefs.Settings;
import org.phoenixlab.app.prefs.Themes;
import org.phoenixlab.assets.Assets;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The View menu's seeing and motion settings: high contrast, text size, reduced motion, each remembered. */
@ExtendWith(ApplicationExtension.class)
class ViewSettingsTest {
    private MainWindow window;
    private Scene scene;

    /** The settings changed here (text size, contrast, motion) must not reach the windows of the next test classes. */
    @AfterEach
    void forget() throws Exception {
        Settings.preferences().clear();
    }

    @Start
    void start(Stage stage) throws Exception {
        Settings.preferences().clear();
        window = new MainWindow();
        scene = new Scene(window, 1400, 900);
        Shortcuts.install(scene, window);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void highContrastReplacesTheOtherThemesAndIsRemembered(FxRobot robot) {
        robot.interact(() -> window.themes().darkProperty().set(true));
        assertTrue(scene.getStylesheets().contains(Assets.darkStylesheet()));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H);
        assertTrue(window.themes().highContrastProperty().get(), "Ctrl+Shift+H");
        assertEquals(java.util.List.of(Assets.stylesheet(), Assets.highContrastStylesheet()), scene.getStylesheets());
        assertTrue(new Themes(Settings.preferences()).highContrastProperty().get(), "remembered");
        javafx.scene.layout.Region node = window.architecture().nodeFor("net_uk/nic-driver");
        robot.interact(() -> {
            window.applyCss();
        });
        assertEquals(javafx.scene.paint.Color.BLACK, node.getBackground().getFills().get(0).getFill(), "the boxes are black");
        javafx.scene.Node slider = window.lookup(".slider");
        for (String part : java.util.List.of(".track", ".thumb")) {
            javafx.scene.layout.Region r = (javafx.scene.layout.Region) slider.lookup(part);
            assertEquals(javafx.scene.paint.Color.WHITE, r.getBackground().getFills().get(0).getFill(),
                    "the timeline's " + part + " is drawn in white on the black window");
        }
        robot.interact(() -> window.themes().highContrastProperty().set(false));
        assertTrue(scene.getStylesheets().contains(Assets.darkStylesheet()), "off again: the dark theme as it was");
    }

    @Test
    void largerTextGrowsTheControlsButNotTheDrawingAndIsRemembered(FxRobot robot) {
        double before = window.playButton().getFont().getSize();
        javafx.scene.text.Text title = (javafx.scene.text.Text) window.architecture().nodeFor("net_uk/nic-driver")
                .lookup(".title");
        double drawing = title.getFont().getSize();
        robot.interact(() -> window.actions().get(ActionId.LARGER_TEXT).run());
        robot.interact(() -> window.actions().get(ActionId.LARGER_TEXT).run());
        robot.interact(() -> window.applyCss());
        assertEquals(17, window.themes().textSizeProperty().get());
        assertEquals(17.0, window.playButton().getFont().getSize(), 0.01, "from " + before);
        assertEquals(drawing, title.getFont().getSize(), 0.01, "the drawing keeps its size: its zoom is its own");
        assertEquals(17, new Themes(Settings.preferences()).textSizeProperty().get(), "remembered");
        for (int i = 0; i < 10; i++) {
            robot.interact(() -> window.actions().get(ActionId.LARGER_TEXT).run());
        }
        assertEquals(Themes.TEXT_SIZES.get(Themes.TEXT_SIZES.size() - 1), window.themes().textSizeProperty().get(), "up to the largest");
        robot.interact(() -> window.actions().get(ActionId.NORMAL_TEXT).run());
        robot.interact(() -> window.applyCss());
        assertEquals(before, window.playButton().getFont().getSize(), 0.01);
    }

    @Test
    void largerTextSendsTheToolbarsLastItemsToItsOverflowMenuAtOnce(FxRobot robot) {
        robot.interact(() -> scene.getWindow().setWidth(1280));
        robot.interact(() -> window.playButton().requestFocus());
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> window.actions().get(ActionId.LARGER_TEXT).run());
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ToolBar bar = (javafx.scene.control.ToolBar) window.lookup(".tool-bar");
        javafx.scene.Node overflow = bar.lookup(".tool-bar-overflow-button");
        assertTrue(overflow != null && overflow.isVisible(), "at 20 px in 1280 px the last items no longer fit");
        double edge = overflow.localToScene(overflow.getLayoutBounds()).getMinX();
        for (javafx.scene.Node item : bar.getItems()) {
            if (item.getScene() != null && item.isVisible()) { // in the bar, not in its overflow menu
                double end = item.localToScene(item.getLayoutBounds()).getMaxX();
                assertTrue(end <= edge + 0.5, item + " ends at " + end + ", under the overflow button at " + edge);
            }
        }
        assertTrue(window.playButton().isFocused(), "the keyboard stays on Play");
    }

    @Test
    void reducedMotionStopsTheMorphAndIsRemembered(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        assertTrue(window.themes().reducedMotionProperty().get(), "Ctrl+Shift+M");
        assertTrue(window.architecture().reducedMotion());
        boolean[] moving = new boolean[2];
        robot.interact(() -> {
            window.viewModel().strategyProperty().set("vanilla");
            moving[0] = window.architecture().morphing(); // asked in the same pulse as the switch: no animation could have ended
            moving[1] = window.architecture().nodes().values().stream().anyMatch(n -> n.getTranslateX() != 0 || n.getOpacity() < 1);
        });
        assertTrue(window.architecture().reducedMotion(), "the new drawing reduces motion too");
        assertFalse(moving[0], "under reduced motion the new layout stands at once");
        assertFalse(moving[1], "no box starts away from its place or faded");
        assertTrue(new Themes(Settings.preferences()).reducedMotionProperty().get(), "remembered");
    }
}
