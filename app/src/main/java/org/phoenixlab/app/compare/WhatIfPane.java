package org.phoenixlab.app.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.phoenixlab.app.export.ExportActions;
import org.phoenixlab.app.export.Exporter;
import org.phoenixlab.engine.experiment.Comparison;
import org.phoenixlab.engine.experiment.Sweep;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/**
 * What-if: sliders for the inputs (heartbeat period, driver timeout, packet rate, reboot and reload
 * durations, guests); releasing one re-runs the NIC-driver comparison with those inputs and shows how
 * each figure moved from the defaults. Below, a sweep draws one figure as a function of one input,
 * one line per strategy. Runs happen in the background, with progress and Cancel.
 */
public final class WhatIfPane extends VBox {
    /** A figure that can be drawn against an input. */
    public enum Figure {
        DETECTION("detection time (ms)", Comparison.Row::detectionMs),
        RECOVERY("recovery time (s)", Comparison.Row::recoveryS),
        LOST("lost packets", Comparison.Row::lostPackets);

        final String label;
        final Function<Comparison.Row, Double> value;

        Figure(String label, Function<Comparison.Row, Double> value) {
            this.label = label;
            this.value = value;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final Map<Sweep.Knob, Slider> sliders = new EnumMap<>(Sweep.Knob.class);
    private final Map<Sweep.Knob, Boolean> moved = new EnumMap<>(Sweep.Knob.class);
    private final GridPane figures = new GridPane();
    private final Label status = new Label("Move a slider and let go: the comparison runs again with that input.");
    private final ProgressBar progress = new ProgressBar(0);
    private final Button cancel = new Button("Cancel");
    private final ComboBox<Sweep.Knob> knob = new ComboBox<>();
    private final Spinner<Double> from = new Spinner<>(1.0, 100_000.0, 20.0, 5.0);
    private final Spinner<Double> to = new Spinner<>(1.0, 100_000.0, 120.0, 5.0);
    private final Spinner<Integer> steps = new Spinner<>(2, 40, 6);
    private final ComboBox<Figure> figure = new ComboBox<>();
    private final Label unit = new Label("ms");
    private final CheckBox log = new CheckBox("logarithmic axis");
    private final LineChart<Number, Number> linear = new LineChart<>(new NumberAxis(), new NumberAxis());
    private final LineChart<Number, Number> logarithmic = new LineChart<>(new NumberAxis(), new LogAxis(""));
    private LineChart<Number, Number> chart = linear;
    private Comparison.Result baseline;
    private List<Sweep.Point> sweep = List.of();
    private Task<?> task;

    public WhatIfPane() {
        setSpacing(10);
        setPadding(new Insets(10));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        for (Sweep.Knob k : Sweep.Knob.values()) {
            double[] range = range(k);
            Slider s = new Slider(range[0], range[1], defaultValue(k));
            s.setPrefWidth(320);
            s.setId("slider-" + k.id());
            Label value = new Label();
            value.setMinWidth(110);
            value.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> shown(k, s.getValue()), s.valueProperty()));
            s.valueChangingProperty().addListener((o, was, changing) -> {
                if (!changing) {
                    moved.put(k, true);
                    rerun();
                }
            });
            s.setOnMouseReleased(e -> {
                if (!s.isValueChanging()) {
                    moved.put(k, true);
                    rerun();
                }
            });
            s.setTooltip(new Tooltip("Let go to run the comparison again with this " + k.label()));
            sliders.put(k, s);
            grid.addRow(row++, new Label(capitalise(k.label())), s, value);
        }
        Button reset = new Button("Back to the defaults");
        reset.setOnAction(e -> {
            for (Sweep.Knob k : Sweep.Knob.values()) {
                sliders.get(k).setValue(defaultValue(k));
            }
            moved.clear();
            rerun();
        });
        figures.setHgap(14);
        figures.setVgap(4);
        figures.setId("whatif-figures");
        VBox left = new VBox(8, grid, reset);
        HBox top = new HBox(24, left, figures);
        knob.getItems().setAll(Sweep.Knob.values());
        knob.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Sweep.Knob k) {
                return k == null ? "" : k.label();
            }

            @Override
            public Sweep.Knob fromString(String text) {
                return null;
            }
        });
        knob.setValue(Sweep.Knob.HEARTBEAT_PERIOD);
        knob.setId("sweep-knob");
        knob.valueProperty().addListener((o, was, k) -> {
            unit.setText(k.isDuration() ? "ms" : k == Sweep.Knob.GUESTS ? "guests" : "packets/s");
            double[] r = range(k);
            from.getValueFactory().setValue(k.isDuration() ? r[0] : Math.max(r[0], 1));
            to.getValueFactory().setValue(r[1]);
        });
        from.setEditable(true);
        to.setEditable(true);
        figure.getItems().setAll(Figure.values());
        figure.setValue(Figure.DETECTION);
        figure.setOnAction(e -> {
            log.setSelected(spansOrdersOfMagnitude(figure.getValue()));
            drawSweep();
        });
        log.setOnAction(e -> drawSweep());
        Button runSweep = new Button("Sweep");
        runSweep.setId("sweep-run");
        runSweep.setOnAction(e -> runSweep());
        cancel.setDisable(true);
        cancel.setOnAction(e -> {
            if (task != null) {
                task.cancel();
            }
        });
        Button png = new Button("Chart as PNG\u2026");
        png.setOnAction(e -> save("what-if.png", "PNG images", "*.png", f -> Exporter.png(Exporter.picture(chartNode(), 1), f)));
        Button csv = new Button("Sweep as CSV\u2026");
        csv.setOnAction(e -> save("what-if.csv", "CSV tables", "*.csv", f -> Exporter.csv(sweepRows(), f)));
        javafx.scene.layout.FlowPane sweepControls = new javafx.scene.layout.FlowPane(8, 6, new Label("Sweep the"), knob,
                new Label("from"), from, new Label("to"), to, unit,
                new Label("in"), steps, new Label("steps, and draw the"), figure, log, runSweep, cancel, progress, png, csv);
        sweepControls.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node n : sweepControls.getChildren()) {
            if (n instanceof javafx.scene.control.Control c) {
                c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        for (Spinner<?> sp : List.of(from, to)) {
            sp.setPrefWidth(100);
        }
        steps.setPrefWidth(70);
        for (LineChart<Number, Number> c : List.of(linear, logarithmic)) {
            ((NumberAxis) c.getXAxis()).setForceZeroInRange(false);
            c.setAnimated(false);
            c.setId("sweep-chart");
            c.setPrefHeight(300);
            VBox.setVgrow(c, Priority.ALWAYS);
        }
        status.setId("whatif-status");
        linear.setTitle("Choose an input and press Sweep: the figure is drawn against it, one line per strategy");
        // The figures with the defaults, once, when the pane first appears.
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null && baseline == null && !running()) {
                rerun();
            }
        });
        getChildren().addAll(top, status, sweepControls, chart);
    }

    /** Slider ranges, in the units shown (milliseconds, seconds, packets/s, guests). */
    private static double[] range(Sweep.Knob k) {
        return switch (k) {
            case HEARTBEAT_PERIOD -> new double[] {5, 500};
            case DRIVER_TIMEOUT -> new double[] {5, 200};
            case PACKET_RATE -> new double[] {5_000, 150_000};
            case REBOOT -> new double[] {500, 20_000};
            case RELOAD -> new double[] {200, 10_000};
            case GUESTS -> new double[] {1, 64};
        };
    }

    /** The value the strategies use when nothing is changed (phoenix-fine's, for the parameters). */
    private static double defaultValue(Sweep.Knob k) {
        return switch (k) {
            case PACKET_RATE -> org.phoenixlab.engine.scenario.Scenario.PAPER_LINE_RATE_PPS;
            case GUESTS -> 3;
            case REBOOT -> StrategyCatalog.load("phoenix-coarse").get(org.phoenixlab.engine.strategy.Parameter.UNIKERNEL_REBOOT_US) / 1000.0;
            case HEARTBEAT_PERIOD -> StrategyCatalog.load("phoenix-coarse").get(org.phoenixlab.engine.strategy.Parameter.HEARTBEAT_PERIOD_US) / 1000.0;
            case DRIVER_TIMEOUT -> StrategyCatalog.load("phoenix-fine").get(org.phoenixlab.engine.strategy.Parameter.DRIVER_TIMEOUT_US) / 1000.0;
            case RELOAD -> StrategyCatalog.load("phoenix-fine").get(org.phoenixlab.engine.strategy.Parameter.DRIVER_RELOAD_US) / 1000.0;
        };
    }

    private static String shown(Sweep.Knob k, double v) {
        return switch (k) {
            case PACKET_RATE -> String.format(Locale.ROOT, "%,.0f packets/s", v);
            case GUESTS -> String.format(Locale.ROOT, "%d guests", Math.round(v));
            default -> String.format(Locale.ROOT, "%,.0f ms", v);
        };
    }

    /** The engine's unit for a knob's shown value: durations in microseconds. */
    private static long engineValue(Sweep.Knob k, double shownValue) {
        return k.isDuration() ? Math.round(shownValue * 1000) : Math.round(shownValue);
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public Slider slider(Sweep.Knob k) {
        return sliders.get(k);
    }

    public LineChart<Number, Number> chartNode() {
        return chart;
    }

    public List<Sweep.Point> sweep() {
        return sweep;
    }

    /** Whether a run is under way (readable from any thread, for tests). */
    private volatile boolean busy;

    public boolean running() {
        return busy;
    }

    /** The setup the sliders describe (only the inputs the user moved are changed). */
    public Comparison.Setup setup(int runs) {
        Comparison.Setup s = Comparison.Setup.nicDriverCrash(runs);
        for (Sweep.Knob k : Sweep.Knob.values()) {
            if (moved.getOrDefault(k, false)) {
                s = k.apply(s, engineValue(k, sliders.get(k).getValue()));
            }
        }
        return s;
    }

    /** Runs the comparison with the sliders' inputs (3 seeds) and shows how each figure moved. */
    public void rerun() {
        if (running() && task != null) {
            task.cancel();
        }
        Comparison.Setup setup = setup(3);
        boolean needBaseline = baseline == null;
        Task<Comparison.Result[]> t = new Task<>() {
            @Override
            protected Comparison.Result[] call() {
                Comparison.Result base = needBaseline
                        ? Comparison.run(Comparison.Setup.nicDriverCrash(3), this::isCancelled, f -> updateProgress(f / 2, 1))
                        : null;
                Comparison.Result now = Comparison.run(setup, this::isCancelled, f -> updateProgress(needBaseline ? 0.5 + f / 2 : f, 1));
                return new Comparison.Result[] {base, now};
            }
        };
        t.setOnSucceeded(e -> {
            if (t.getValue()[0] != null && baseline == null) {
                baseline = t.getValue()[0]; // the defaults' figures hold even if a newer run replaced this one
            }
            if (task != t) {
                return; // it finished just as a newer run replaced it: its figures are out of date
            }
            showFigures(t.getValue()[1]);
            finished(); // only now is the run over for anyone watching running()
        });
        launch(t, "Running the NIC-driver crash under five strategies with your inputs\u2026");
    }

    private void showFigures(Comparison.Result now) {
        figures.getChildren().clear();
        figures.addRow(0, bold("strategy"), bold("detection (ms)"), bold("recovery (s)"), bold("lost packets"));
        for (int i = 0; i < now.rows().size(); i++) {
            Comparison.Row r = now.rows().get(i);
            Comparison.Row b = baseline.rows().get(i);
            figures.addRow(i + 1, new Label(r.title()), new Label(moved(b.detectionMs(), r.detectionMs(), 1)),
                    new Label(moved(b.recoveryS(), r.recoveryS(), 2)), new Label(moved(b.lostPackets(), r.lostPackets(), 0)));
        }
        status.setText("Figures with your inputs (3 seeds each); \u2192 shows the change from the defaults.");
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.setStyle("-fx-font-weight: bold");
        return l;
    }

    public static String moved(Double before, Double after, int decimals) {
        String b = ComparePane.fmt(before, decimals);
        String a = ComparePane.fmt(after, decimals);
        return b.equals(a) ? a : b + " \u2192 " + a;
    }

    /** Runs the sweep the controls describe and draws it. */
    public void runSweep() {
        if (running()) {
            return;
        }
        Sweep.Knob k = knob.getValue();
        long a = engineValue(k, from.getValue());
        long z = engineValue(k, to.getValue());
        int n = steps.getValue();
        Comparison.Setup base = setup(2);
        List<String> strategies = List.of("phoenix-fine", "phoenix-coarse", "tfd-xen", "xoar");
        Task<List<Sweep.Point>> t = new Task<>() {
            @Override
            protected List<Sweep.Point> call() {
                return Sweep.run(k, a, z, n, base, strategies, this::isCancelled, f -> updateProgress(f, 1));
            }
        };
        t.setOnSucceeded(e -> {
            if (task != t) {
                return;
            }
            sweep = t.getValue();
            log.setSelected(spansOrdersOfMagnitude(figure.getValue()));
            drawSweep();
            status.setText("Sweep of the " + k.label() + ": " + sweep.size() + " values, 2 seeds each.");
            finished();
        });
        launch(t, "Sweeping the " + k.label() + "\u2026");
    }

    /** Sets the sweep to draw (for tests) and runs it. */
    public void sweep(Sweep.Knob k, double fromShown, double toShown, int n) {
        knob.setValue(k);
        from.getValueFactory().setValue(fromShown);
        to.getValueFactory().setValue(toShown);
        steps.getValueFactory().setValue(n);
        runSweep();
    }

    /** Whether the figure's values over the sweep span more than a hundredfold (then a log axis reads better). */
    private boolean spansOrdersOfMagnitude(Figure f) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (Sweep.Point p : sweep) {
            for (Comparison.Row r : p.rows()) {
                Double v = f.value.apply(r);
                if (v != null && v > 0) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return max > 0 && max / min > 100;
    }

    private void drawSweep() {
        if (sweep.isEmpty()) {
            return;
        }
        Sweep.Knob k = knob.getValue();
        Figure f = figure.getValue();
        LineChart<Number, Number> target = log.isSelected() ? logarithmic : linear;
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        for (int i = 0; i < sweep.get(0).rows().size(); i++) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(sweep.get(0).rows().get(i).title());
            for (Sweep.Point p : sweep) {
                Double v = f.value.apply(p.rows().get(i));
                if (v != null && (!log.isSelected() || v > 0)) {
                    series.getData().add(new XYChart.Data<>(k.isDuration() ? p.value() / 1000.0 : p.value(), v));
                }
            }
            all.add(series);
        }
        linear.getData().clear();
        logarithmic.getData().clear();
        target.getData().setAll(all);
        target.setTitle(capitalise(f.label) + " against the " + k.label());
        target.getXAxis().setLabel(capitalise(k.label()) + (k.isDuration() ? " (ms)" : ""));
        target.getYAxis().setLabel(f.label);
        if (target != chart) {
            getChildren().set(getChildren().indexOf(chart), target);
            chart = target;
        }
    }

    public List<List<String>> sweepRows() {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of("parameter", "value", "strategy", "detection_ms", "recovery_s", "lost_packets"));
        for (Sweep.Point p : sweep) {
            for (Comparison.Row r : p.rows()) {
                out.add(List.of(knob.getValue().id(), Long.toString(p.value()), r.strategy(),
                        r.detectionMs() == null ? "" : String.format(Locale.ROOT, "%.2f", r.detectionMs()),
                        r.recoveryS() == null ? "" : String.format(Locale.ROOT, "%.3f", r.recoveryS()),
                        r.lostPackets() == null ? "" : String.format(Locale.ROOT, "%.0f", r.lostPackets())));
            }
        }
        return out;
    }

    private void launch(Task<?> t, String message) {
        task = t;
        busy = true;
        status.setText(message);
        progress.progressProperty().bind(t.progressProperty());
        cancel.setDisable(false);
        t.setOnCancelled(e -> {
            if (task != t) {
                return; // replaced by a newer run
            }
            finished();
            status.setText("Cancelled.");
        });
        t.setOnFailed(e -> {
            if (task != t) {
                return;
            }
            finished();
            status.setText("Could not run: " + t.getException().getMessage());
        });
        Thread worker = new Thread(t, "what-if");
        worker.setDaemon(true);
        worker.start();
    }

    private void finished() {
        busy = false;
        progress.progressProperty().unbind();
        cancel.setDisable(true);
    }

    private void save(String name, String description, String pattern, ExportActions.Writing writing) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(name);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        var file = fc.showSaveDialog(getScene().getWindow());
        if (file != null) {
            try {
                writing.to(file.toPath());
            } catch (IOException e) {
                status.setText("The export failed: " + file + ": " + e.getMessage());
            }
        }
    }
}
