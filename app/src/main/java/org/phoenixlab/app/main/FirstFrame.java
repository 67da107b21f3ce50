package org.phoenixlab.app.main;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.OptionalDouble;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.shape.Rectangle;

/**
 * When the window's first frame is on the screen: what {@code --smoke} and the frame benchmark report, counted
 * from the launch where the system tells when that was ({@link LaunchClock}), from the JVM's start otherwise. The
 * first pulse only begins that frame: its styling and layout come next on the JavaFX thread, then the renderer's
 * thread paints it, which on a machine without a graphics card (the software pipeline) takes a quarter of a second
 * or more. So the clock stops only after the renderer has finished it: a snapshot of a one-pixel node is painted by
 * the same thread, after the frames queued before it, and the JavaFX thread waits for it.
 */
final class FirstFrame {
    private FirstFrame() {
    }

    /** Calls {@code painted} (on the JavaFX thread) with the times of the first frame, once it is painted. */
    static void whenPainted(Painted painted) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                long pulseMs = System.currentTimeMillis();
                Platform.runLater(() -> { // after this pulse, which hands its frame to the renderer
                    new Rectangle(1, 1).snapshot(null, null);
                    long paintedMs = System.currentTimeMillis();
                    OptionalDouble age = LaunchClock.secondsSinceLaunch();
                    long jvmUpMs = ManagementFactory.getRuntimeMXBean().getStartTime();
                    painted.at(Times.of(pulseMs, paintedMs, jvmUpMs, age));
                });
            }
        }.start();
    }

    @FunctionalInterface
    interface Painted {
        void at(Times times);
    }

    /**
     * The first frame's times in seconds: when its pulse began and when it was painted, after the launch when
     * {@code sinceLaunch} (then {@code jvmUp} says when the JVM had finished setting itself up), after that moment
     * otherwise.
     */
    record Times(double pulse, double painted, boolean sinceLaunch, double jvmUp) {
        /** From the wall-clock moments (ms) and, when known, the process's age at the painted moment. */
        static Times of(long pulseMs, long paintedMs, long jvmUpMs, OptionalDouble ageAtPainted) {
            if (ageAtPainted.isPresent()) {
                double launchMs = paintedMs - ageAtPainted.getAsDouble() * 1000;
                return new Times((pulseMs - launchMs) / 1000, ageAtPainted.getAsDouble(), true,
                        Math.max(0, (jvmUpMs - launchMs) / 1000));
            }
            return new Times((pulseMs - jvmUpMs) / 1000.0, (paintedMs - jvmUpMs) / 1000.0, false, 0);
        }

        /** "first frame 2.07 s after launch (painted; its pulse began at 1.85 s; the JVM was up at 0.24 s)". */
        String sentence() {
            return sinceLaunch
                    ? String.format(Locale.ROOT, "first frame %.2f s after launch (painted; its pulse began at %.2f s;"
                            + " the JVM was up at %.2f s)", painted, pulse, jvmUp)
                    : String.format(Locale.ROOT, "first frame %.2f s after the JVM was up (painted; its pulse began at"
                            + " %.2f s)", painted, pulse);
        }
    }
}
