package org.phoenixlab.app.main;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phoenixlab.app.session.Session;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the window leaves until just after its first frame: the checkpoint of its session's start. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameWorkTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theStartOfTheSessionIsKeptJustAfterTheFirstFrameAndAgainForANewSession(FxRobot robot) throws TimeoutException {
        MainWindow[] w = new MainWindow[1];
        boolean[] keptBeforeFirstFrame = new boolean[1];
        robot.interact(() -> {
            w[0] = new MainWindow(3);
            stage.setScene(new Scene(w[0], 1280, 720));
            stage.show();
            keptBeforeFirstFrame[0] = w[0].viewModel().session().prepared();
        });
        assertFalse(keptBeforeFirstFrame[0], "the first frame does not wait for it");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> w[0].viewModel().session().prepared());

        Session[] next = new Session[1];
        robot.interact(() -> {
            w[0].viewModel().strategyProperty().set("vanilla");
            next[0] = w[0].viewModel().session();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> next[0].prepared());
    }
}
