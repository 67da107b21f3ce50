package org.phoenixlab.app.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.phoenixlab.app.prefs.Themes;
import org.phoenixlab.app.util.FxTaskExecutor;
import org.phoenixlab.engine.experiment.Comparison;
import org.phoenixlab.engine.experiment.Sweep;

/**
 * How long the What-if window takes from a slider's change to every figure updated (not a test):
 * {@code one}: single changes of the heartbeat period, each to a value not run before, the window
 * waiting between them; {@code drag}: the driver timeout moved one millisecond per screen frame for a
 * second, as a hand drags it, counting the figure updates seen while it moves and the time from its
 * last change to the figures of that value. Beside them, in the same sitting, the engine alone
 * ({@code Comparison.run}) for the same kind of change. Medians; run under a display.
 */
public final class WhatIfLatency extends Application {
    private final List<Double> window = new ArrayList<>();
    private WhatIfViewModel vm;
    private WhatIfPane pane;

    @Override
    public void start(Stage ignored) {
        Themes themes = new Themes(Preferences.userRoot().node("org/phoenixlab/whatif-latency"));
        CompareWindow w = new CompareWindow(null, themes, new FxTaskExecutor());
        w.tabs().getSelectionModel().select(1);
        w.show();
        pane = w.whatIf();
        vm = pane.viewModel();
        whenCurrent(() -> vm.hasBaseline(), () -> one(new ArrayDeque(41, 46, 51, 57, 66, 71, 76, 81, 86, 91, 96)));
    }

    /** Runs {@code then} at the first screen frame where {@code condition} holds. */
    private static void whenCurrent(java.util.function.BooleanSupplier condition, Runnable then) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (condition.getAsBoolean()) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    private void one(java.util.Deque<Integer> values) {
        if (values.isEmpty()) {
            drag();
            return;
        }
        int v = values.removeFirst();
        long t0 = System.nanoTime();
        pane.slider(Sweep.Knob.HEARTBEAT_PERIOD).setValue(v);
        Comparison.Setup expected = vm.setup(WhatIfViewModel.SEEDS);
        long[] t1 = {0};
        vm.figuresProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (vm.figuresCurrent() && expected.equals(vm.figuresSetupProperty().get())) {
                    t1[0] = System.nanoTime();
                    vm.figuresProperty().removeListener(this);
                }
            }
        });
        whenCurrent(() -> t1[0] != 0, () -> {
            window.add((t1[0] - t0) / 1e6);
            pause(250, () -> one(values));
        });
    }

    private void drag() {
        int[] step = {0};
        int[] updates = {0};
        int[] partial = {0};
        long[] lastChange = {0};
        javafx.beans.InvalidationListener counting = o -> {
            if (lastChange[0] != 0 && step[0] < 60) {
                if (vm.figuresCurrent()) {
                    updates[0]++;
                } else {
                    partial[0]++;
                }
            }
        };
        vm.figuresProperty().addListener(counting);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (step[0] < 60) {
                    pane.slider(Sweep.Knob.DRIVER_TIMEOUT).setValue(30 + step[0]);
                    lastChange[0] = System.nanoTime();
                    step[0]++;
                    return;
                }
                stop();
                Comparison.Setup expected = vm.setup(WhatIfViewModel.SEEDS);
                whenCurrent(() -> vm.figuresCurrent() && expected.equals(vm.figuresSetupProperty().get()), () -> {
                    double lag = (System.nanoTime() - lastChange[0]) / 1e6;
                    vm.figuresProperty().removeListener(counting);
                    double[] w = window.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                    System.out.printf(Locale.ROOT, "window, one change: median %.0f ms (%s)%n", w[w.length / 2], Arrays.toString(w));
                    System.out.printf(Locale.ROOT, "window, a one-second drag of 60 values: %d updates with every figure current and %d with"
                            + " some while it moved; %.0f ms from its last value to every figure of that value (to the screen frame)%n",
                            updates[0], partial[0], lag);
                    engineAlone();
                });
            }
        }.start();
    }

    private void engineAlone() {
        new Thread(() -> {
            Comparison.Setup base = Comparison.Setup.nicDriverCrash(WhatIfViewModel.SEEDS);
            double[] ms = new double[9];
            for (int i = 0; i < ms.length; i++) {
                Comparison.run(base, () -> false, f -> { });
                Comparison.Setup moved = base.withOverride("heartbeatPeriodUs", (42 + 5L * i) * 1000);
                long t0 = System.nanoTime();
                Comparison.run(moved, () -> false, f -> { });
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "engine alone, one change: median %.0f ms (%s)%n", ms[ms.length / 2], Arrays.toString(ms));
            Platform.runLater(Platform::exit);
        }, "engine-alone").start();
    }

    private static void pause(long ms, Runnable then) {
        javafx.animation.PauseTransition p = new javafx.animation.PauseTransition(javafx.util.Duration.millis(ms));
        p.setOnFinished(e -> then.run());
        p.play();
    }

    /** A deque of the values given. */
    private static final class ArrayDeque extends java.util.ArrayDeque<Integer> {
        ArrayDeque(Integer... values) {
            super(Arrays.asList(values));
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
