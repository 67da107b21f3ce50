package org.phoenixlab.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import org.phoenixlab.app.main.MainWindow;
import org.phoenixlab.engine.sim.FaultMetrics;
import org.phoenixlab.engine.sim.Simulation;

/**
 * The File menu's Export submenu: the architecture and the throughput chart as PNG, the metrics and
 * the throughput as CSV, the trace as JSON Lines, and an animated GIF of a range of virtual time
 * (made frame by frame with a progress bar and a Cancel button; the session returns to where it was).
 */
public final class ExportActions {
    /** Scale of the exported pictures of the architecture (a little sharper than the screen). */
    public static final double PICTURE_SCALE = 1.5;

    private final MainWindow window;

    public ExportActions(MainWindow window) {
        this.window = window;
    }

    public Menu menu() {
        Menu export = new Menu("Export");
        export.getItems().addAll(
                item("Architecture as PNG…", "Shortcut+Shift+A", () -> choose("architecture.png", "PNG images", "*.png",
                        f -> architecturePng(f))),
                item("Throughput chart as PNG…", null, () -> choose("throughput.png", "PNG images", "*.png",
                        f -> Exporter.png(Exporter.picture(window.metrics().chart(), PICTURE_SCALE), f))),
                item("Metrics as CSV…", null, () -> choose("metrics.csv", "CSV tables", "*.csv", this::metricsCsv)),
                item("Throughput as CSV…", null, () -> choose("throughput.csv", "CSV tables", "*.csv", this::throughputCsv)),
                item("Trace as JSON Lines…", null, () -> choose("trace.jsonl", "JSON Lines", "*.jsonl",
                        f -> Exporter.trace(window.simulation().trace(), f))),
                item("Animation of a time range (GIF)…", "Shortcut+Shift+G", this::askForAnimation));
        return export;
    }

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (keys != null) {
            m.setAccelerator(KeyCombination.keyCombination(keys));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    /** Writes one file. */
    @FunctionalInterface
    public interface Writing {
        void to(Path file) throws IOException;
    }

    private void choose(String name, String description, String pattern, Writing writing) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export");
        fc.setInitialFileName(name);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        var f = fc.showSaveDialog(window.getScene().getWindow());
        if (f != null) {
            run(f.toPath(), writing);
        }
    }

    /** Writes, and says so or says why not (the older file, if any, is intact). */
    public boolean run(Path file, Writing writing) {
        try {
            writing.to(file);
            return true;
        } catch (IOException | RuntimeException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, file + ": " + e.getMessage() + " (an older file of that name is intact)");
            a.setHeaderText("The export failed");
            a.initOwner(window.getScene().getWindow());
            a.show();
            return false;
        }
    }

    public void architecturePng(Path file) throws IOException {
        Exporter.png(Exporter.picture(window.architecture(), PICTURE_SCALE), file);
    }

    /** One row per fault, as the Metrics panel shows them. */
    public static List<List<String>> metricsRows(Simulation sim) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("strategy", "target", "fault", "injected_s", "detected_by", "detection_ms", "repair_action",
                "recovery_s", "downtime_s", "lost_packets", "shadow_peak"));
        for (FaultMetrics f : sim.faults()) {
            rows.add(List.of(sim.strategy().name(), f.target(), f.kind(), seconds(f.injectedUs()),
                    f.detected() ? f.detectedBy() : "",
                    f.detectionUs().isPresent() ? String.format(Locale.ROOT, "%.2f", f.detectionUs().getAsLong() / 1e3) : "",
                    f.actuator() == null ? "" : f.actuator(),
                    f.recoveryUs().isPresent() ? seconds(f.recoveryUs().getAsLong()) : "",
                    f.downtimeUs().isPresent() ? seconds(f.downtimeUs().getAsLong()) : "",
                    Long.toString(f.lostPackets()), Long.toString(f.peakBuffered())));
        }
        return rows;
    }

    private static String seconds(long us) {
        return String.format(Locale.ROOT, "%.3f", us / 1e6);
    }

    public void metricsCsv(Path file) throws IOException {
        Exporter.csv(metricsRows(window.simulation()), file);
    }

    public void throughputCsv(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("time_s", "packets_per_s"));
        List<Long> tp = window.simulation().throughput();
        double bucketS = Simulation.throughputBucketUs() / 1e6;
        for (int i = 0; i < tp.size() - 1; i++) { // the last bucket is still filling
            rows.add(List.of(String.format(Locale.ROOT, "%.3f", i * bucketS),
                    String.format(Locale.ROOT, "%.0f", tp.get(i) / bucketS)));
        }
        Exporter.csv(rows, file);
    }

    private void askForAnimation() {
        double now = window.session().nowUs() / 1e6;
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle("Export an animation");
        d.setHeaderText("Which stretch of virtual time should the GIF show?");
        Spinner<Double> from = new Spinner<>(0, window.session().scenario().durationUs() / 1e6, Math.max(0, now - 1), 0.1);
        Spinner<Double> to = new Spinner<>(0, window.session().scenario().durationUs() / 1e6, Math.max(now, 1), 0.1);
        Spinner<Integer> frames = new Spinner<>(2, 600, 50, 10);
        for (Spinner<?> s : List.of(from, to, frames)) {
            s.setEditable(true);
        }
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, new Label("from (s)"), from);
        g.addRow(1, new Label("to (s)"), to);
        g.addRow(2, new Label("frames"), frames);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.initOwner(window.getScene().getWindow());
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            long a = Math.round(from.getValue() * 1e6);
            long z = Math.round(to.getValue() * 1e6);
            if (z <= a) {
                Alert bad = new Alert(Alert.AlertType.WARNING, "The end of the range must come after its start.");
                bad.initOwner(window.getScene().getWindow());
                bad.show();
                return;
            }
            FileChooser fc = new FileChooser();
            fc.setInitialFileName("phoenix-lab.gif");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Animated GIF", "*.gif"));
            var f = fc.showSaveDialog(window.getScene().getWindow());
            if (f != null) {
                animation(a, z, frames.getValue(), f.toPath(), ok -> { });
            }
        });
    }

    /**
     * Captures {@code count} frames of the architecture between two virtual times, one per screen
     * frame (the window stays responsive, a dialog shows progress and can cancel), encodes them in
     * the background, and puts the session back where it was. {@code done} gets true once written.
     */
    public void animation(long fromUs, long toUs, int count, Path file, java.util.function.Consumer<Boolean> done) {
        long back = window.session().nowUs();
        boolean playing = window.playButton().isSelected();
        window.playButton().setSelected(false);
        List<WritableImage> frames = new ArrayList<>();
        ProgressBar bar = new ProgressBar(0);
        bar.setPrefWidth(320);
        Alert progress = new Alert(Alert.AlertType.NONE, "", ButtonType.CANCEL);
        progress.setHeaderText("Drawing the animation, frame by frame");
        progress.getDialogPane().setContent(bar);
        progress.getDialogPane().setId("export-progress");
        progress.initOwner(window.getScene().getWindow());
        progress.initModality(javafx.stage.Modality.NONE);
        boolean[] cancelled = {false};
        progress.setOnCloseRequest(e -> cancelled[0] = true);
        progress.show();
        Node view = window.architecture();
        new AnimationTimer() {
            private int next;

            @Override
            public void handle(long ns) {
                if (cancelled[0]) {
                    stop();
                    window.seek(back);
                    done.accept(false);
                    return;
                }
                if (next < count) {
                    long t = fromUs + (toUs - fromUs) * next / Math.max(1, count - 1);
                    window.seek(t);
                    frames.add(Exporter.picture(view, 0.75));
                    next++;
                    bar.setProgress(0.8 * next / count);
                    return;
                }
                stop();
                window.seek(back);
                window.playButton().setSelected(playing);
                progress.setHeaderText("Writing the GIF");
                Task<Void> encode = new Task<>() {
                    @Override
                    protected Void call() throws IOException {
                        Exporter.gif(frames, 100, file);
                        return null;
                    }
                };
                encode.setOnSucceeded(e -> {
                    progress.setOnCloseRequest(null);
                    progress.close();
                    done.accept(true);
                });
                encode.setOnFailed(e -> {
                    progress.setOnCloseRequest(null);
                    progress.close();
                    run(file, f -> {
                        throw new IOException(encode.getException().getMessage());
                    });
                    done.accept(false);
                });
                Thread worker = new Thread(encode, "gif-export");
                worker.setDaemon(true);
                worker.start();
            }
        }.start();
    }
}
