package org.phoenixlab.app.main;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.phoenixlab.app.util.AppLog;
import org.phoenixlab.app.util.UnexpectedErrors;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A bug on the UI thread ends in a dialog owned by the window, with its details, and in the log file. */
@ExtendWith(ApplicationExtension.class)
class UnexpectedErrorDialogTest {
    @TempDir
    static Path home;

    private MainWindow window;
    private Stage stage;
    private Thread.UncaughtExceptionHandler before;
    private Thread.UncaughtExceptionHandler fxBefore;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow();
        stage.setScene(new Scene(window, 1400, 900));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void putTheHandlersBack(FxRobot robot) {
        Thread.setDefaultUncaughtExceptionHandler(before);
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(fxBefore));
        robot.lookup(".dialog-pane").queryAll().forEach(n -> robot.interact(() -> ((Stage) n.getScene().getWindow()).close()));
        robot.interact(() -> window.closing());
    }

    @Test
    void anExceptionNobodyCaughtIsShownInOurWordsWithDetailsAndLogged(FxRobot robot) throws Exception {
        Path log = AppLog.install(home);
        before = Thread.getDefaultUncaughtExceptionHandler();
        robot.interact(() -> {
            fxBefore = Thread.currentThread().getUncaughtExceptionHandler();
            new UnexpectedErrors(window.dialogs(), log).install(); // as the program does at start-up, on the UI thread
        });
        Platform.runLater(() -> {
            throw new IllegalStateException("planted by the test");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#unexpected-dialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#unexpected-dialog").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().contains("internal error") && pane.getContentText().contains(log.toString()),
                pane.getContentText());
        assertTrue(pane.getScene().getWindow() instanceof Stage dialog && dialog.getOwner() == stage, "owned by the window");
        TextArea details = (TextArea) pane.getExpandableContent().lookup("#unexpected-details");
        assertTrue(details.getText().contains("IllegalStateException: planted by the test"), details.getText());
        String written = Files.readString(log);
        assertTrue(written.contains("planted by the test"), written);
    }
}
