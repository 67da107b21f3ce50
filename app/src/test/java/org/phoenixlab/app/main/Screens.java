package org.phoenixlab.app.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.phoenixlab.app.export.Pictures;
import org.phoenixlab.assets.Assets;
import org.phoenixlab.engine.fault.FaultKind;

/**
 * The screenshots of docs/ (not a test): each argument is one picture,
 * {@code file.png:width:height:strategy:guests[:flags]} with flags among {@code dark}, {@code contrast}
 * (the high-contrast theme), {@code deps}
 * (the dependency overlay), {@code legend}, {@code lessons}, {@code crash} (a NIC-driver crash, then
 * some time), {@code all} (every pVM component crashes), {@code hb} (a few heartbeats in). Run under a
 * display with the test classpath.
 */
public final class Screens extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        Deque<String> shots = new ArrayDeque<>(getParameters().getRaw());
        next(stage, shots);
    }

    private void next(Stage stage, Deque<String> shots) throws Exception {
        if (shots.isEmpty()) {
            Platform.exit();
            return;
        }
        String[] a = shots.removeFirst().split(":");
        java.util.List<String> flags = Arrays.asList(a).subList(5, a.length);
        MainWindow w = new MainWindow(Integer.parseInt(a[4]));
        Scene scene = new Scene(w, Double.parseDouble(a[1]), Double.parseDouble(a[2]));
        scene.getStylesheets().add(Assets.stylesheet());
        stage.setScene(scene);
        stage.show();
        w.themes().darkProperty().set(flags.contains("dark"));
        w.themes().highContrastProperty().set(flags.contains("contrast"));
        w.viewModel().strategyProperty().set(a[3]);
        if (flags.contains("lessons")) {
            w.viewModel().lessonsShownProperty().set(true);
        }
        w.viewModel().dependenciesShownProperty().set(flags.contains("deps"));
        if (flags.contains("legend")) {
            w.actions().get(ActionId.LEGEND).selected().set(true);
        }
        PauseTransition settle = new PauseTransition(Duration.millis(900));
        settle.setOnFinished(e -> {
            w.advance(1_000_000);
            if (flags.contains("crash")) {
                w.inject("net_uk/nic-driver", FaultKind.CRASH);
                w.advance(60_000);
            }
            if (flags.contains("all")) {
                w.inject("vmm", FaultKind.CRASH_ALL_PVM);
                w.advance(200_000);
            }
            if (flags.contains("netuk")) {
                w.inject("net_uk", FaultKind.CRASH);
                w.advance(150_000);
            }
            if (flags.contains("wait")) {
                w.advance(1_500_000);
            }
            PauseTransition paint = new PauseTransition(Duration.millis(700));
            paint.setOnFinished(f -> {
                try {
                    System.out.println("layouts so far " + org.phoenixlab.app.architecture.ArchitectureView.layOutsSoFar() + "; viewport " + w.drawing().getViewportBounds() + " scroll width " + w.drawing().getWidth()
                            + " drawing " + w.architecture().getBoundsInParent() + " scale " + w.zoom().scale());
                    Path out = Path.of(a[0]);
                    Files.createDirectories(out.toAbsolutePath().getParent());
                    Pictures.png(scene.snapshot(null), out);
                    System.out.println("wrote " + out);
                    w.closing();
                    next(stage, shots);
                } catch (Exception ex) {
                    ex.printStackTrace();
                    Platform.exit();
                }
            });
            paint.play();
        });
        settle.play();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
