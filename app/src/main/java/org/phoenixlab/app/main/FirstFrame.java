package org.phoenixlab.app.main;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.shape.Rectangle;

/**
 * When the window's first frame is on the screen, in seconds after the JVM started: what {@code --smoke} and
 * the frame benchmark report. The first pulse only begins that frame: its styling and layout come next on the
 * JavaFX thread, then the renderer's thread paints it, which on a machine without a graphics card (the software
 * pipeline) takes a quarter of a second or more. So the clock stops only after the renderer has finished it:
 * a snapshot of a one-pixel node is painted by the same thread, after the frames queued before it, and the
 * JavaFX thread waits for it.
 */
final class FirstFrame {
    private FirstFrame() {
    }

    /** Calls {@code painted} (on the JavaFX thread) with the times the first pulse began and its frame was painted. */
    static void whenPainted(Painted painted) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                long pulseMs = System.currentTimeMillis();
                Platform.runLater(() -> { // after this pulse, which hands its frame to the renderer
                    new Rectangle(1, 1).snapshot(null, null);
                    long paintedMs = System.currentTimeMillis();
                    long startedMs = ManagementFactory.getRuntimeMXBean().getStartTime();
                    painted.at((pulseMs - startedMs) / 1000.0, (paintedMs - startedMs) / 1000.0);
                });
            }
        }.start();
    }

    @FunctionalInterface
    interface Painted {
        void at(double pulseSeconds, double paintedSeconds);
    }
}
