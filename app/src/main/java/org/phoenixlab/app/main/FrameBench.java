package org.phoenixlab.app.main;

import java.util.Arrays;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.phoenixlab.app.session.Speed;

/**
 * Frame-time benchmark (not a test): opens the real window with BENCH_GUESTS guests (default 3),
 * plays at real time with packets animating for BENCH_SECONDS (default 10) and prints the frames per
 * second, the frame-interval percentiles, and the time from its launch to the first frame of an
 * interactive window, painted ({@link FirstFrame}). Run it under a display:
 * {@code BENCH_GUESTS=64 mvn -q -pl app -am javafx:run -Djavafx.mainClass=org.phoenixlab.app.main.FrameBench}
 */
public final class FrameBench extends Application {
    /** Tuned for the renderer as the program is ({@link Launcher}), so that the frames measured are the program's. */
    public static void main(String[] args) {
        SoftwareRendering.prepare();
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        int guests = Integer.parseInt(System.getenv().getOrDefault("BENCH_GUESTS", "3"));
        int seconds = Integer.parseInt(System.getenv().getOrDefault("BENCH_SECONDS", "10"));
        MainWindow window = new MainWindow(guests);
        Scene scene = new Scene(window, 1540, 960);
        stage.setTitle("Phoenix Lab frame benchmark");
        stage.setScene(scene);
        stage.show();
        window.viewModel().speedProperty().set(Speed.REAL_TIME);
        Platform.runLater(window::revealIoPath); // measure with the animated path on screen
        window.viewModel().playingProperty().set(true);
        FirstFrame.whenPainted(times -> System.out.println("interactive window: " + times.sentence()));
        long[] intervals = new long[100_000];
        new AnimationTimer() {
            private long first = -1;
            private long last = -1;
            private int n;
            private boolean reported;

            @Override
            public void handle(long now) {
                if (first < 0) {
                    first = now;
                    window.inject("net_uk/nic-driver", org.phoenixlab.engine.fault.FaultKind.CRASH);
                } else if (n < intervals.length) {
                    intervals[n++] = now - last;
                }
                last = now;
                if (!reported && now - first > seconds * 1_000_000_000L) {
                    reported = true;
                    long[] sorted = Arrays.copyOf(intervals, n);
                    Arrays.sort(sorted);
                    double fps = n / ((now - first) / 1e9);
                    System.out.printf(Locale.ROOT, "guests %d: %.1f frames/s over %d s; frame interval median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                            guests, fps, seconds, sorted[n / 2] / 1e6, sorted[(int) (n * 0.95)] / 1e6, sorted[n - 1] / 1e6);
                    Platform.exit();
                }
            }
        }.start();
    }
}
