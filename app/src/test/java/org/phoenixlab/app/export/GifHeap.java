package org.phoenixlab.app.export;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.phoenixlab.app.main.MainWindow;
import org.phoenixlab.assets.Assets;

/**
 * The heap a GIF export of 60 virtual seconds in 600 frames needs (not a test): {@code stream} is the
 * Export menu's way (each frame encoded as it is drawn), {@code list} the way before it (every frame
 * drawn into a list, then encoded). Prints the peak of the heap in use, sampled every 5 ms, and the
 * heap still in use after a collection once the last frame is drawn. Run under a display with the
 * test classpath, one mode per JVM.
 */
public final class GifHeap extends Application {
    private static final long FROM_US = 0;
    private static final long TO_US = 60_000_000;
    private static final int FRAMES = 600;
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean sampling = true;

    @Override
    public void start(Stage stage) throws Exception {
        String mode = getParameters().getRaw().get(0);
        Path out = Files.createTempFile("gif-heap-", ".gif");
        MainWindow w = new MainWindow();
        Scene scene = new Scene(w, 1400, 900);
        scene.getStylesheets().add(Assets.stylesheet());
        stage.setScene(scene);
        stage.show();
        w.advance(TO_US); // the session has played the minute the GIF shows
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long base = memory.getHeapMemoryUsage().getUsed();
        Thread sampler = new Thread(() -> {
            while (sampling) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long t0 = System.nanoTime();
        long[] afterDrawing = {-1};
        Runnable finish = () -> {
            sampling = false;
            System.out.printf(Locale.ROOT, "%s: %d frames of %.0f s in %.1f s; heap in use before %.0f MB, peak %.0f MB (%.0f MB above),"
                            + " after the last frame is drawn and a collection %.0f MB; GIF %.1f MB%n", mode, FRAMES,
                    (TO_US - FROM_US) / 1e6, (System.nanoTime() - t0) / 1e9, base / 1e6, peak.get() / 1e6, (peak.get() - base) / 1e6,
                    afterDrawing[0] / 1e6, out.toFile().length() / 1e6);
            Platform.exit();
        };
        if (mode.equals("stream")) {
            w.exports().animation(FROM_US, TO_US, FRAMES, out, ok -> finish.run());
            new AnimationTimer() { // the moment the last frame is drawn: the session is back at its end
                @Override
                public void handle(long now) {
                    if (w.session().nowUs() == TO_US && System.nanoTime() - t0 > 100_000_000L && afterDrawing[0] < 0) {
                        System.gc();
                        afterDrawing[0] = memory.getHeapMemoryUsage().getUsed();
                        stop();
                    }
                }
            }.start();
        } else {
            List<WritableImage> frames = new ArrayList<>();
            Node view = w.architecture();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (frames.size() < FRAMES) {
                        w.seek(FROM_US + (TO_US - FROM_US) * frames.size() / (FRAMES - 1));
                        frames.add(Pictures.picture(view, 0.75));
                        return;
                    }
                    stop();
                    w.seek(TO_US);
                    System.gc();
                    afterDrawing[0] = memory.getHeapMemoryUsage().getUsed();
                    Thread encoder = new Thread(() -> {
                        try {
                            Pictures.gif(frames, 100, out);
                        } catch (Exception e) {
                            e.printStackTrace();
                        }
                        Platform.runLater(finish);
                    }, "encoder");
                    encoder.start();
                }
            }.start();
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
