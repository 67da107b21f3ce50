package org.phoenixlab.app.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.phoenixlab.app.util.BackgroundTask;
import org.phoenixlab.app.util.TaskExecutor;
import org.phoenixlab.engine.experiment.Comparison;
import org.phoenixlab.engine.experiment.Sweep;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/**
 * What-if: one value per input (heartbeat period, driver timeout, packet rate, reboot and reload
 * durations, guests); committing one re-runs the NIC-driver comparison with the inputs moved so far
 * and gives each figure beside its value with the defaults. A sweep runs one input from a value to
 * another for the figure to be drawn against it. Runs go through the background executor; a newer
 * run replaces an older one, whose late result is dropped.
 */
public final class WhatIfViewModel {
    /** A figure that can be drawn against an input. */
    public enum Figure {
        DETECTION("detection time (ms)", Comparison.Row::detectionMs),
        RECOVERY("recovery time (s)", Comparison.Row::recoveryS),
        LOST("lost packets", Comparison.Row::lostPackets);

        private final String label;
        private final Function<Comparison.Row, Double> value;

        Figure(String label, Function<Comparison.Row, Double> value) {
            this.label = label;
            this.value = value;
        }

        public String label() {
            return label;
        }

        public Double of(Comparison.Row row) {
            return value.apply(row);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One strategy's figures with the inputs moved, each as "default → now" when it moved. */
    public record FigureRow(String strategy, String detection, String recovery, String lost) {
    }

    private static final List<String> SWEPT = List.of("phoenix-fine", "phoenix-coarse", "tfd-xen", "xoar");

    private final TaskExecutor executor;
    private final Map<Sweep.Knob, DoubleProperty> values = new EnumMap<>(Sweep.Knob.class);
    private final Map<Sweep.Knob, Boolean> moved = new EnumMap<>(Sweep.Knob.class);
    private final ReadOnlyObjectWrapper<List<FigureRow>> figures = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(
            "Move a slider and let go: the comparison runs again with that input.");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<Sweep.Knob> knob = new SimpleObjectProperty<>(Sweep.Knob.HEARTBEAT_PERIOD);
    private final ObjectProperty<Double> from = new SimpleObjectProperty<>(20.0);
    private final ObjectProperty<Double> to = new SimpleObjectProperty<>(120.0);
    private final ObjectProperty<Integer> steps = new SimpleObjectProperty<>(6);
    private final ObjectProperty<Figure> figure = new SimpleObjectProperty<>(Figure.DETECTION);
    private final BooleanProperty logarithmic = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<List<Sweep.Point>> sweep = new ReadOnlyObjectWrapper<>(List.of());
    private Sweep.Knob swept = Sweep.Knob.HEARTBEAT_PERIOD;
    private Comparison.Result baseline;
    private BackgroundTask<?> task;
    /** Whether a run is under way, readable from any thread (tests wait on it). */
    private volatile boolean busy;

    public WhatIfViewModel(TaskExecutor executor) {
        this.executor = executor;
        for (Sweep.Knob k : Sweep.Knob.values()) {
            values.put(k, new SimpleDoubleProperty(defaultValue(k)));
        }
        knob.addListener((o, was, k) -> {
            double[] r = range(k);
            from.set(k.isDuration() ? r[0] : Math.max(r[0], 1));
            to.set(r[1]);
        });
        figure.addListener((o, was, f) -> logarithmic.set(spansOrdersOfMagnitude(f)));
    }

    // ------------------------------------------------------------------ inputs

    /** The input's value in the units shown (milliseconds, packets/s, guests). */
    public DoubleProperty valueProperty(Sweep.Knob k) {
        return values.get(k);
    }

    /**
     * Slider ranges, in the units shown: a span a student explores, within the engine's limits for
     * the input ({@link Sweep.Knob#min()}, {@link Sweep.Knob#max()}).
     */
    public static double[] range(Sweep.Knob k) {
        double[] span = switch (k) {
            case HEARTBEAT_PERIOD -> new double[] {5, 500};
            case DRIVER_TIMEOUT -> new double[] {5, 200};
            case PACKET_RATE -> new double[] {5_000, 150_000};
            case REBOOT -> new double[] {500, 20_000};
            case RELOAD -> new double[] {200, 10_000};
            case GUESTS -> new double[] {1, 64};
        };
        double scale = k.isDuration() ? 1000.0 : 1.0; // durations are shown in milliseconds
        return new double[] {Math.max(span[0], k.min() / scale), Math.min(span[1], k.max() / scale)};
    }

    /** The value the strategies use when nothing is changed (phoenix-fine's, for the parameters). */
    public static double defaultValue(Sweep.Knob k) {
        return switch (k) {
            case PACKET_RATE -> Scenario.PAPER_LINE_RATE_PPS;
            case GUESTS -> 3;
            case REBOOT -> StrategyCatalog.load("phoenix-coarse").get(Parameter.UNIKERNEL_REBOOT_US) / 1000.0;
            case HEARTBEAT_PERIOD -> StrategyCatalog.load("phoenix-coarse").get(Parameter.HEARTBEAT_PERIOD_US) / 1000.0;
            case DRIVER_TIMEOUT -> StrategyCatalog.load("phoenix-fine").get(Parameter.DRIVER_TIMEOUT_US) / 1000.0;
            case RELOAD -> StrategyCatalog.load("phoenix-fine").get(Parameter.DRIVER_RELOAD_US) / 1000.0;
        };
    }

    /** A value in words: "120 ms", "81,274 packets/s", "3 guests". */
    public static String shown(Sweep.Knob k, double v) {
        return switch (k) {
            case PACKET_RATE -> String.format(Locale.ROOT, "%,.0f packets/s", v);
            case GUESTS -> String.format(Locale.ROOT, "%d guests", Math.round(v));
            default -> String.format(Locale.ROOT, "%,.0f ms", v);
        };
    }

    /** The unit of a knob's values as shown. */
    public static String unit(Sweep.Knob k) {
        return k.isDuration() ? "ms" : k == Sweep.Knob.GUESTS ? "guests" : "packets/s";
    }

    /** The engine's unit for a knob's shown value: durations in microseconds. */
    private static long engineValue(Sweep.Knob k, double shownValue) {
        return k.isDuration() ? Math.round(shownValue * 1000) : Math.round(shownValue);
    }

    /** The user let go of an input: it counts as changed, and the comparison runs again. */
    public void commit(Sweep.Knob k) {
        moved.put(k, true);
        rerun();
    }

    /** Every input back to its default, and the comparison again. */
    public void resetDefaults() {
        for (Sweep.Knob k : Sweep.Knob.values()) {
            values.get(k).set(defaultValue(k));
        }
        moved.clear();
        rerun();
    }

    /** The setup the inputs describe (only the inputs the user moved are changed). */
    public Comparison.Setup setup(int runs) {
        Comparison.Setup s = Comparison.Setup.nicDriverCrash(runs);
        for (Sweep.Knob k : Sweep.Knob.values()) {
            if (moved.getOrDefault(k, false)) {
                s = k.apply(s, engineValue(k, values.get(k).get()));
            }
        }
        return s;
    }

    // ------------------------------------------------------------------ outputs

    public ReadOnlyObjectProperty<List<FigureRow>> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean running() {
        return busy;
    }

    /** Whether the figures with the defaults are known yet. */
    public boolean hasBaseline() {
        return baseline != null;
    }

    // ------------------------------------------------------------------ runs

    /** Runs the comparison with the inputs (3 seeds) and gives how each figure moved. */
    public void rerun() {
        if (task != null) {
            task.cancel(); // a newer question replaces the old one
        }
        Comparison.Setup setup = setup(3);
        var problem = Comparison.problem(setup, StrategyCatalog.NAMES); // the engine's one validator, before any run
        if (problem.isPresent()) {
            task = null;
            finished();
            status.set("These inputs cannot run: " + problem.get() + ".");
            return;
        }
        boolean needBaseline = baseline == null;
        BackgroundTask<Comparison.Result[]> t = BackgroundTask.of("what-if", p -> {
            Comparison.Result base = needBaseline
                    ? Comparison.run(Comparison.Setup.nicDriverCrash(3), p::cancelled, f -> p.report(f / 2)) : null;
            Comparison.Result now = Comparison.run(setup, p::cancelled, f -> p.report(needBaseline ? 0.5 + f / 2 : f));
            return new Comparison.Result[] {base, now};
        });
        t.onSuccess(r -> {
            if (r[0] != null && baseline == null) {
                baseline = r[0];
            }
            finished();
            showFigures(r[1]);
        });
        launch(t, "Running the NIC-driver crash under five strategies with your inputs\u2026");
    }

    private void showFigures(Comparison.Result now) {
        List<FigureRow> rows = new ArrayList<>();
        for (int i = 0; i < now.rows().size(); i++) {
            Comparison.Row r = now.rows().get(i);
            Comparison.Row b = baseline.rows().get(i);
            rows.add(new FigureRow(r.title(), moved(b.detectionMs(), r.detectionMs(), 1),
                    moved(b.recoveryS(), r.recoveryS(), 2), moved(b.lostPackets(), r.lostPackets(), 0)));
        }
        status.set("Figures with your inputs (3 seeds each); \u2192 shows the change from the defaults.");
        figures.set(rows);
    }

    /** "before → after", or one figure when it did not move. */
    public static String moved(Double before, Double after, int decimals) {
        String b = CompareViewModel.fmt(before, decimals);
        String a = CompareViewModel.fmt(after, decimals);
        return b.equals(a) ? a : b + " \u2192 " + a;
    }

    public ObjectProperty<Sweep.Knob> knobProperty() {
        return knob;
    }

    public ObjectProperty<Double> fromProperty() {
        return from;
    }

    public ObjectProperty<Double> toProperty() {
        return to;
    }

    public ObjectProperty<Integer> stepsProperty() {
        return steps;
    }

    public ObjectProperty<Figure> figureProperty() {
        return figure;
    }

    /** Whether the sweep's chart has a logarithmic axis (chosen for the figure, changeable). */
    public BooleanProperty logarithmicProperty() {
        return logarithmic;
    }

    /** The last sweep that ran to its end; empty before. */
    public ReadOnlyObjectProperty<List<Sweep.Point>> sweepProperty() {
        return sweep.getReadOnlyProperty();
    }

    /** The input the last sweep ran over. */
    public Sweep.Knob swept() {
        return swept;
    }

    /** Runs the sweep the inputs describe (2 seeds per value); ignored while a run is under way. */
    public void runSweep() {
        if (busy) {
            return;
        }
        Sweep.Knob k = knob.get();
        long a = engineValue(k, from.get());
        long z = engineValue(k, to.get());
        int n = steps.get();
        Comparison.Setup base = setup(2);
        BackgroundTask<List<Sweep.Point>> t = BackgroundTask.of("sweep",
                p -> Sweep.run(k, a, z, n, base, SWEPT, p::cancelled, p::report));
        t.onSuccess(points -> {
            swept = k;
            finished();
            status.set("Sweep of the " + k.label() + ": " + points.size() + " values, 2 seeds each.");
            sweep.set(points);
            logarithmic.set(spansOrdersOfMagnitude(figure.get()));
        });
        launch(t, "Sweeping the " + k.label() + "\u2026");
    }

    /** Whether the figure's values over the sweep span more than a hundredfold (then a log axis reads better). */
    private boolean spansOrdersOfMagnitude(Figure f) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (Sweep.Point p : sweep.get()) {
            for (Comparison.Row r : p.rows()) {
                Double v = f.of(r);
                if (v != null && v > 0) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return max > 0 && max / min > 100;
    }

    /** The sweep as rows: a header, then one row per value and strategy. */
    public List<List<String>> sweepRows() {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of("parameter", "value", "strategy", "detection_ms", "recovery_s", "lost_packets"));
        for (Sweep.Point p : sweep.get()) {
            for (Comparison.Row r : p.rows()) {
                out.add(List.of(swept.id(), Long.toString(p.value()), r.strategy(),
                        r.detectionMs() == null ? "" : String.format(Locale.ROOT, "%.2f", r.detectionMs()),
                        r.recoveryS() == null ? "" : String.format(Locale.ROOT, "%.3f", r.recoveryS()),
                        r.lostPackets() == null ? "" : String.format(Locale.ROOT, "%.0f", r.lostPackets())));
            }
        }
        return out;
    }

    /** Says something in the status line (an export that failed). */
    public void report(String message) {
        status.set(message);
    }

    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    private void launch(BackgroundTask<?> t, String message) {
        task = t;
        busy = true;
        running.set(true);
        status.set(message);
        progress.set(0);
        t.onProgress(progress::set);
        t.onCancelled(() -> {
            if (task == t) {
                finished();
                status.set("Cancelled.");
            }
        });
        t.onFailure(e -> {
            if (task == t) {
                finished();
                status.set("Could not run: " + e.getMessage());
            }
        });
        executor.execute(t);
    }

    private void finished() {
        busy = false;
        running.set(false);
    }
}
