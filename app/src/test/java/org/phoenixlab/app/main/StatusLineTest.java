package org.phoenixlab.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The status line under the timeline: it wraps rather than cut, and keeps the lines it needed while the run goes. */
@ExtendWith(ApplicationExtension.class)
class StatusLineTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = TestWindows.show(stage);
    }

    private Region status() {
        return (Region) window.lookup(".status-bar");
    }

    /** The width the line's words take side by side (a FlowPane's preferred width is its wrap length instead). */
    private double oneRowWidth() {
        javafx.scene.layout.FlowPane line = (javafx.scene.layout.FlowPane) status();
        double width = line.snappedLeftInset() + line.snappedRightInset() + line.getHgap() * (line.getChildren().size() - 1);
        for (javafx.scene.Node word : line.getChildren()) {
            width += word.prefWidth(-1);
        }
        return Math.ceil(width);
    }

    private double heightAfterLayout(FxRobot robot) {
        robot.interact(() -> {
            window.applyCss();
            window.layout();
        });
        return status().getHeight();
    }

    @Test
    void aLineItOnceNeededStaysWhenItsWordsShrinkUntilTheWindowIsResized(FxRobot robot) {
        // A window as wide as the line at the run's start: one line then, two once the packet counts have digits.
        robot.interact(() -> stage.setWidth(oneRowWidth() + 4));
        double oneLine = heightAfterLayout(robot);
        robot.interact(() -> window.advance(5_000_000));
        double twoLines = heightAfterLayout(robot);
        assertTrue(twoLines > oneLine, "the longer counts wrap: " + oneLine + " -> " + twoLines);

        robot.interact(() -> window.viewModel().seek(0)); // the counts shrink back to 0
        assertEquals(twoLines, heightAfterLayout(robot), 0.5, "the line the counts needed stays: nothing above jumps");

        robot.interact(() -> stage.setWidth(stage.getWidth() + 400));
        assertEquals(oneLine, heightAfterLayout(robot), 0.5, "a wider window measures the line afresh");
    }
}
