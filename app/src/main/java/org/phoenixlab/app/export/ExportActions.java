package org.phoenixlab.app.export;

import org.phoenixlab.app.util.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import org.phoenixlab.app.session.SessionControl;
import org.phoenixlab.app.util.BackgroundTask;
import org.phoenixlab.app.util.DialogService;
import org.phoenixlab.app.util.FxDialogService;
import org.phoenixlab.app.util.TaskExecutor;
import org.phoenixlab.app.util.Writing;

/**
 * What the Export menu does: the architecture and the throughput chart as PNG, the tables through
 * {@link ExportViewModel}, and an animated GIF of a range of virtual time, drawn frame by frame with a
 * progress dialog and Cancel, each frame encoded in the background as it is drawn; the session returns
 * to where it was.
 */
public final class ExportActions {
    /** Scale of the exported pictures of the architecture (a little sharper than the screen). */
    public static final double PICTURE_SCALE = 1.5;

    private final SessionControl control;
    private final ExportViewModel model;
    private final Supplier<Node> architecture;
    private final Supplier<Node> chart;
    private final FxDialogService dialogs;
    private final TaskExecutor executor;

    public ExportActions(SessionControl control, ExportViewModel model, Supplier<Node> architecture, Supplier<Node> chart,
                         FxDialogService dialogs, TaskExecutor executor) {
        this.control = control;
        this.model = model;
        this.architecture = architecture;
        this.chart = chart;
        this.dialogs = dialogs;
        this.executor = executor;
    }

    public void exportArchitecture() {
        model.choose("architecture.png", Messages.get("export.png.files"), "*.png", this::architecturePng);
    }

    public void exportChart() {
        model.choose("throughput.png", Messages.get("export.png.files"), "*.png", f -> Pictures.png(Pictures.picture(chart.get(), PICTURE_SCALE), f));
    }

    public void exportMetrics() {
        model.choose("metrics.csv", Messages.get("export.csv.files"), "*.csv", model::metricsCsv);
    }

    public void exportThroughput() {
        model.choose("throughput.csv", Messages.get("export.csv.files"), "*.csv", model::throughputCsv);
    }

    public void exportTrace() {
        model.choose("trace.jsonl", Messages.get("export.jsonl.files"), "*.jsonl", model::traceJsonLines);
    }

    /** Writes one file; on failure an error dialog, and false. */
    public boolean run(Path file, Writing writing) {
        return model.run(file, writing);
    }

    public void architecturePng(Path file) throws IOException {
        Pictures.png(Pictures.picture(architecture.get(), PICTURE_SCALE), file);
    }

    public void metricsCsv(Path file) throws IOException {
        model.metricsCsv(file);
    }

    public void throughputCsv(Path file) throws IOException {
        model.throughputCsv(file);
    }

    /** Asks for a range of virtual time and a number of frames, then where to write the GIF. */
    public void askForAnimation() {
        double now = control.session().nowUs() / 1e6;
        double end = control.session().scenario().durationUs() / 1e6;
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(Messages.get("export.gif.title"));
        d.setHeaderText(Messages.get("export.gif.header"));
        Spinner<Double> from = new Spinner<>(0, end, Math.max(0, now - 1), 0.1);
        Spinner<Double> to = new Spinner<>(0, end, Math.max(now, 1), 0.1);
        Spinner<Integer> frames = new Spinner<>(2, 600, 50, 10);
        for (Spinner<?> s : List.of(from, to, frames)) {
            s.setEditable(true);
        }
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, new Label(Messages.get("export.gif.from")), from);
        g.addRow(1, new Label(Messages.get("export.gif.to")), to);
        g.addRow(2, new Label(Messages.get("export.gif.frames")), frames);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialogs.own(d);
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            long a = Math.round(from.getValue() * 1e6);
            long z = Math.round(to.getValue() * 1e6);
            if (z <= a) {
                dialogs.warn(Messages.get("export.gif.empty"), Messages.get("export.gif.empty.text"));
                return;
            }
            dialogs.chooseToSave(Messages.get("export.gif.title"), Messages.get("export.gif.files"), "*.gif", "phoenix-lab.gif")
                    .ifPresent(f -> animation(a, z, frames.getValue(), f, ok -> { }));
        });
    }

    /** Frames drawn but not yet encoded, at most: the drawing waits for the encoder beyond that. */
    static final int FRAMES_AHEAD = 3;

    /**
     * Draws {@code count} frames of the architecture between two virtual times, one per screen frame
     * (the window stays responsive, a dialog shows progress and can cancel), and encodes each in the
     * background as soon as it is drawn: at most {@link #FRAMES_AHEAD} frames wait in memory, whatever
     * the number of frames. The session goes back where it was; {@code done} gets true once written.
     * Needs an executor that runs the encoder on a thread of its own (the window's).
     */
    public void animation(long fromUs, long toUs, int count, Path file, Consumer<Boolean> done) {
        long back = control.session().nowUs();
        boolean playing = control.playingProperty().get();
        control.playingProperty().set(false);
        BlockingQueue<WritableImage> drawn = new ArrayBlockingQueue<>(FRAMES_AHEAD);
        AtomicInteger encoded = new AtomicInteger();
        boolean[] over = {false};
        BackgroundTask<Void> encoder = BackgroundTask.of("gif-export", p -> {
            Pictures.gif(file, 100, () -> {
                if (encoded.get() == count) {
                    return null;
                }
                WritableImage frame = null;
                while (frame == null) {
                    if (p.cancelled()) {
                        throw new java.util.concurrent.CancellationException("cancelled");
                    }
                    try {
                        frame = drawn.poll(20, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new java.util.concurrent.CancellationException("interrupted");
                    }
                }
                p.report(encoded.incrementAndGet() / (double) count);
                return frame;
            });
            return null;
        });
        DialogService.ProgressDialog progress = dialogs.progress("export-progress", Messages.get("export.gif.progress"),
                encoder::cancel);
        Node view = architecture.get();
        AnimationTimer drawing = new AnimationTimer() {
            private int next;

            @Override
            public void handle(long ns) {
                if (encoder.isFinished()) {
                    stop();
                    return;
                }
                if (next < count && drawn.remainingCapacity() > 0) { // else: wait for the encoder, a frame later
                    control.seek(fromUs + (toUs - fromUs) * next / Math.max(1, count - 1));
                    drawn.add(Pictures.picture(view, 0.75));
                    next++;
                }
                if (next == count) {
                    stop();
                    control.seek(back);
                    control.playingProperty().set(playing);
                    progress.header(Messages.get("export.gif.last"));
                }
            }
        };
        Runnable backToWhereItWas = () -> {
            drawing.stop();
            drawn.clear();
            if (!over[0]) {
                over[0] = true;
                control.seek(back);
                control.playingProperty().set(playing);
            }
        };
        encoder.onProgress(progress::progress).onSuccess(v -> {
            over[0] = true;
            progress.close();
            done.accept(true);
        }).onCancelled(() -> {
            backToWhereItWas.run();
            progress.close();
            done.accept(false);
        }).onFailure(e -> {
            backToWhereItWas.run();
            progress.close();
            run(file, f -> {
                throw new IOException(e.getMessage());
            });
            done.accept(false);
        });
        executor.execute(encoder);
        drawing.start();
    }
}
