package org.phoenixlab.app.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.phoenixlab.app.export.Pictures;
import org.phoenixlab.app.prefs.Themes;
import org.phoenixlab.app.util.FxTaskExecutor;
import org.phoenixlab.engine.experiment.Sweep;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.strategy.Mechanism;

/**
 * The Compare window's screenshots of docs/ (not a test): each argument is one picture,
 * {@code file.png:width:height:tab[:flags]} with tab {@code compare} or {@code whatif} and flags among
 * {@code dark} and {@code busy} (what-if: one physical CPU and no scheduler marking, and a sweep of the
 * heartbeat period). Run under a display with the test classpath.
 */
public final class CompareScreens extends Application {
    private FxTaskExecutor executor;

    @Override
    public void start(Stage ignored) {
        executor = new FxTaskExecutor();
        next(new ArrayDeque<>(getParameters().getRaw()));
    }

    private void next(Deque<String> shots) {
        if (shots.isEmpty()) {
            Platform.exit();
            return;
        }
        String[] a = shots.removeFirst().split(":");
        List<String> flags = Arrays.asList(a).subList(4, a.length);
        Themes themes = new Themes(Preferences.userRoot().node("org/phoenixlab/compare-screens"));
        themes.darkProperty().set(flags.contains("dark"));
        CompareWindow w = new CompareWindow(null, themes, executor);
        w.stage().setWidth(Double.parseDouble(a[1]));
        w.stage().setHeight(Double.parseDouble(a[2]));
        w.show();
        boolean whatIf = a[3].equals("whatif");
        if (whatIf) {
            w.tabs().getSelectionModel().select(1);
            WhatIfViewModel vm = w.whatIf().viewModel();
            if (flags.contains("busy")) {
                vm.valueProperty(Sweep.Knob.PHYSICAL_CPUS).set(1);
                vm.switchProperty(Mechanism.SCHEDULER_MARKING).set(false);
                vm.knobProperty().set(Sweep.Knob.HEARTBEAT_PERIOD);
                vm.fromProperty().set(10.0);
                vm.toProperty().set(200.0);
                vm.stepsProperty().set(5);
                vm.runSweep();
            }
        } else {
            w.compare().choose("net_uk/nic-driver", FaultKind.CRASH, 10);
            w.compare().viewModel().start();
        }
        new AnimationTimer() {
            private int settled;

            @Override
            public void handle(long now) {
                boolean busy = whatIf ? w.whatIf().running() || !w.whatIf().viewModel().figuresCurrent()
                        : w.compare().running();
                settled = busy ? 0 : settled + 1;
                if (settled < 30) {
                    return;
                }
                stop();
                try {
                    Path out = Path.of(a[0]);
                    Files.createDirectories(out.toAbsolutePath().getParent());
                    Pictures.png(w.stage().getScene().snapshot(null), out);
                    System.out.println("wrote " + out + " (" + w.stage().getScene().getWidth() + " x " + w.stage().getScene().getHeight() + ")");
                } catch (Exception ex) {
                    ex.printStackTrace();
                }
                w.stage().close();
                next(shots);
            }
        }.start();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
