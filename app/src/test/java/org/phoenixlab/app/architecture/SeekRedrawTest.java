package org.phoenixlab.app.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phoenixlab.app.main.MainWindow;
import org.phoenixlab.assets.Assets;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.trace.Trace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After a seek the drawing reads back only the last seconds of the trace, over what the snapshot says
 * the run had settled: what it shows is the same as after reading the whole run.
 */
@ExtendWith(ApplicationExtension.class)
class SeekRedrawTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(3);
        Scene scene = new Scene(window, 1400, 900);
        scene.getStylesheets().add(Assets.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aMasterElectedLongBeforeTheSeekIsStillTheOneTheDotsLeaveFrom(FxRobot robot) {
        robot.interact(() -> window.viewModel().strategyProperty().set("phoenix-fine"));
        String first = window.architecture().flows().masterReplicaShown();
        robot.interact(() -> window.advance(1_000_000));
        robot.interact(() -> window.inject("xenstore", FaultKind.CRASH_MASTER));
        robot.interact(() -> window.advance(3_000_000));
        String elected = window.architecture().flows().masterReplicaShown();
        assertNotEquals(first, elected, "the crash of the master made another replica master");
        robot.interact(() -> window.advance(2 * ArchitectureView.LOOKBACK_US));
        long back = window.session().nowUs() - 1_000_000;
        assertTrue(back > 4_000_000 + ArchitectureView.LOOKBACK_US, "the election is older than what is read back: " + back);
        robot.interact(() -> window.seek(back)); // rebuilt from a checkpoint: a new trace object
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(elected, window.architecture().flows().masterReplicaShown());
    }

    @Test
    void theFirstEventAtOrAfterATimeIsFoundByHalving() {
        Trace t = new Trace();
        for (int i = 0; i < 1_000; i++) {
            t.append(i / 10 * 1_000L, "vmm", new org.phoenixlab.engine.trace.Payload.RepairFinished("x"));
        }
        assertEquals(0, ArchitectureView.firstEventAtOrAfter(t, -5));
        assertEquals(500, ArchitectureView.firstEventAtOrAfter(t, 50_000));
        assertEquals(510, ArchitectureView.firstEventAtOrAfter(t, 50_001));
        assertEquals(1_000, ArchitectureView.firstEventAtOrAfter(t, 10_000_000));
        assertTrue(ArchitectureView.firstEventAtOrAfter(new Trace(), 0) == 0);
    }
}
