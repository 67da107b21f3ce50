package org.phoenixlab.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.phoenixlab.assets.Assets;

/** The desktop program. */
public final class PhoenixLabApp extends Application {
    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow();
        Scene scene = new Scene(window, 1540, 960);
        scene.getStylesheets().add(Assets.stylesheet());
        // A filter, so that the shortcuts work whichever control has the focus.
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                window.playButton().setSelected(!window.playButton().isSelected());
                e.consume();
            } else if (e.getCode() == KeyCode.RIGHT) {
                window.stepForward();
                e.consume();
            } else if (e.getCode() == KeyCode.D && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                window.dependenciesButton().setSelected(!window.dependenciesButton().isSelected());
                e.consume();
            } else if (e.getCode() == KeyCode.LEFT) {
                window.stepBack();
                e.consume();
            }
        });
        stage.setTitle("Phoenix Lab");
        stage.setScene(scene);
        stage.show();
    }
}
