package org.phoenixlab.app.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.phoenixlab.app.export.ExportActions;
import org.phoenixlab.app.export.Exporter;
import org.phoenixlab.engine.experiment.Comparison;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.fault.FaultTargets;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.Topology;

/**
 * The Compare view: one fault under all five strategies on the same seeds, run in the background
 * (progress, Cancel; the window stays usable), shown as a table of our figures beside the paper's
 * and as charts (a logarithmic axis when the figures span orders of magnitude), with the throughput
 * of every strategy on one chart and the fault marked.
 */
public final class ComparePane extends VBox {
    private static final Topology TOPOLOGY = Topology.standard(3, true);

    private final ComboBox<FaultKind> kind = new ComboBox<>();
    private final ComboBox<String> target = new ComboBox<>();
    private final Spinner<Integer> runs = new Spinner<>(1, 500, 10);
    private final Button run = new Button("Run the comparison");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label("Choose a fault and press Run: it runs under every strategy on the same seeds.");
    private final TableView<Comparison.Row> table = new TableView<>();
    private final HBox bars = new HBox(8);
    private final LineChart<Number, Number> throughput = new LineChart<>(new NumberAxis(), new NumberAxis());
    private Comparison.Result result;
    private Task<Comparison.Result> task;

    public ComparePane() {
        setSpacing(10);
        setPadding(new Insets(10));
        for (FaultKind k : FaultKind.values()) {
            if (!targetsFor(k).isEmpty()) {
                kind.getItems().add(k);
            }
        }
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(FaultKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public FaultKind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().addListener((o, was, k) -> {
            target.getItems().setAll(targetsFor(k));
            target.setValue(target.getItems().contains("net_uk/nic-driver") ? "net_uk/nic-driver" : target.getItems().get(0));
        });
        kind.setValue(FaultKind.CRASH);
        kind.setId("compare-kind");
        target.setId("compare-target");
        runs.setEditable(true);
        runs.setId("compare-runs");
        runs.setTooltip(new Tooltip("Seeds per strategy: each seed moves the fault against the probes' timers; the figures are means"));
        run.setId("compare-run");
        run.setDefaultButton(true);
        run.setOnAction(e -> start());
        cancel.setId("compare-cancel");
        cancel.setDisable(true);
        cancel.setOnAction(e -> {
            if (task != null) {
                task.cancel();
            }
        });
        progress.setPrefWidth(180);
        Button csv = new Button("Table as CSV\u2026");
        csv.setOnAction(e -> save("comparison.csv", "CSV tables", "*.csv", this::exportCsv));
        Button png = new Button("Charts as PNG\u2026");
        png.setOnAction(e -> save("comparison.png", "PNG images", "*.png", this::exportPng));
        kind.setPrefWidth(170);
        target.setPrefWidth(190);
        runs.setPrefWidth(80);
        javafx.scene.layout.FlowPane controls = new javafx.scene.layout.FlowPane(8, 6, new Label("Fault"), kind, new Label("on"), target,
                new Label("seeds per strategy"), runs, run, cancel, progress, csv, png);
        controls.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node n : controls.getChildren()) {
            if (n instanceof javafx.scene.control.Control c) {
                c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        status.setId("compare-status");
        buildTable();
        throughput.setTitle("Throughput of every strategy (first seed); the red dashed line marks the fault; a replay burst runs off the top");
        throughput.setCreateSymbols(false);
        throughput.setAnimated(false);
        ((NumberAxis) throughput.getXAxis()).setLabel("virtual time (s)");
        ((NumberAxis) throughput.getYAxis()).setLabel("packets / s");
        throughput.setPrefHeight(260);
        bars.setPrefHeight(240);
        VBox.setVgrow(throughput, Priority.ALWAYS);
        getChildren().addAll(controls, status, table, bars, throughput);
    }

    private static List<String> targetsFor(FaultKind k) {
        List<String> out = new ArrayList<>();
        for (ComponentSpec c : TOPOLOGY.components()) {
            if (FaultTargets.faultsFor(TOPOLOGY, c.id(), true).contains(k)) {
                out.add(c.id());
            }
        }
        return out;
    }

    private void buildTable() {
        table.setId("compare-table");
        table.setPrefHeight(190);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No comparison yet."));
        table.getColumns().add(column("strategy", Comparison.Row::title));
        table.getColumns().add(column("detection (ms)", r -> fmt(r.detectionMs(), 2)));
        table.getColumns().add(column("paper", r -> r.paper().map(p -> fmt(p.detectionMs(), 2)).orElse("\u2013")));
        table.getColumns().add(column("recovery (s)", r -> fmt(r.recoveryS(), 3)));
        table.getColumns().add(column("paper", r -> r.paper().map(p -> fmt(p.recoveryS(), 1)).orElse("\u2013")));
        table.getColumns().add(column("lost packets", r -> r.lostPackets() == null ? "does not complete" : fmt(r.lostPackets(), 0)));
        table.getColumns().add(column("paper", r -> r.paper().map(p -> String.format(Locale.ROOT, "%,d", p.lostPackets())).orElse("\u2013")));
        table.getColumns().add(column("runs completed", r -> r.completedRuns() + " / " + r.runs()));
    }

    private static TableColumn<Comparison.Row, String> column(String name, Function<Comparison.Row, String> value) {
        TableColumn<Comparison.Row, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    public static String fmt(Double v, int decimals) {
        return v == null ? "never" : String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    public TableView<Comparison.Row> table() {
        return table;
    }

    public Comparison.Result result() {
        return result;
    }

    public LineChart<Number, Number> throughputChart() {
        return throughput;
    }

    /** Chooses the fault and the number of seeds (for tests and for the what-if view). */
    public void choose(String targetId, FaultKind k, int seeds) {
        kind.setValue(k);
        target.setValue(targetId);
        runs.getValueFactory().setValue(seeds);
    }

    /** Runs the comparison in the background. */
    public void start() {
        if (busy) {
            return;
        }
        Comparison.Setup setup = new Comparison.Setup(target.getValue(), kind.getValue(), runs.getValue(), 3,
                org.phoenixlab.engine.scenario.Scenario.PAPER_LINE_RATE_PPS, Map.of());
        task = new Task<>() {
            @Override
            protected Comparison.Result call() {
                return Comparison.run(setup, this::isCancelled, f -> updateProgress(f, 1));
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        busy = true;
        run.setDisable(true);
        cancel.setDisable(false);
        status.setText("Running " + kind.getValue().label() + " on " + target.getValue() + " under five strategies, "
                + runs.getValue() + " seed(s) each\u2026");
        task.setOnSucceeded(e -> {
            done();
            show(task.getValue());
        });
        task.setOnCancelled(e -> {
            done();
            status.setText("Cancelled; the previous results (if any) are still shown.");
        });
        task.setOnFailed(e -> {
            done();
            Throwable t = task.getException();
            status.setText(t instanceof CancellationException ? "Cancelled." : "The comparison could not run: " + t.getMessage());
        });
        Thread worker = new Thread(task, "comparison");
        worker.setDaemon(true);
        worker.start();
    }

    /** Whether a run is under way (readable from any thread, for tests). */
    private volatile boolean busy;

    public boolean running() {
        return busy;
    }

    private void done() {
        busy = false;
        progress.progressProperty().unbind();
        run.setDisable(false);
        cancel.setDisable(true);
    }

    public void show(Comparison.Result r) {
        result = r;
        Comparison.Setup s = r.setup();
        status.setText(String.format(Locale.ROOT, "%s on %s, %d seed(s) per strategy. Paper figures exist for the NIC-driver crash only.",
                s.kind().label(), s.target(), s.runs()));
        if (r.rows().stream().allMatch(row -> row.detectedRuns() == 0)) {
            status.setText(status.getText() + " No strategy detected this fault during the network benchmark: some faults"
                    + " only show during a VM operation (a lost acknowledgement, a toolstack crash: see lesson 9).");
        }
        table.getItems().setAll(r.rows());
        bars.getChildren().setAll(
                bar("Detection time", "ms", r, Comparison.Row::detectionMs),
                bar("Recovery time", "s", r, Comparison.Row::recoveryS),
                bar("Lost packets", "packets", r, Comparison.Row::lostPackets));
        throughput.getData().clear();
        double bucketS = r.bucketUs() / 1e6;
        double peak = 1;
        for (var e : r.throughput().entrySet()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(e.getKey());
            List<Long> tp = e.getValue();
            int end = Math.min(tp.size() - 1, (int) (20 / bucketS)); // the first 20 s: the fault and most recoveries
            for (int i = 0; i < end; i++) {
                double v = tp.get(i) / bucketS;
                peak = Math.max(peak, v);
                series.getData().add(new XYChart.Data<>(i * bucketS, v));
            }
            throughput.getData().add(series);
        }
        // The offered load sets the scale: the burst of a shadow buffer replaying (millions of packets/s
        // for a tenth of a second) would flatten every other line; it runs off the top instead.
        NumberAxis y = (NumberAxis) throughput.getYAxis();
        y.setAutoRanging(false);
        y.setLowerBound(0);
        double top = Math.min(peak, Math.ceil(1.5 * r.setup().totalRatePps() / 10_000.0) * 10_000);
        y.setUpperBound(top);
        y.setTickUnit(Math.max(1, Math.round(top / 5 / 10_000.0) * 10_000));
        peak = top;
        XYChart.Series<Number, Number> fault = new XYChart.Series<>();
        fault.setName("fault");
        fault.getData().add(new XYChart.Data<>(r.faultAtUs() / 1e6, 0));
        fault.getData().add(new XYChart.Data<>(r.faultAtUs() / 1e6, peak));
        throughput.getData().add(fault);
        fault.getNode().getStyleClass().add("fault-marker-series");
    }

    /** A bar per strategy; a logarithmic axis when the values span more than a hundredfold. */
    private static BarChart<String, Number> bar(String title, String unit, Comparison.Result r, Function<Comparison.Row, Double> value) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (Comparison.Row row : r.rows()) {
            Double v = value.apply(row);
            if (v != null && v > 0) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        boolean log = max > 0 && max / min > 100;
        ValueAxis<Number> y = log ? new LogAxis(unit) : new NumberAxis();
        if (!log) {
            y.setLabel(unit);
        }
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), y);
        chart.setTitle(title + (log ? " (log scale)" : ""));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (Comparison.Row row : r.rows()) {
            Double v = value.apply(row);
            if (v != null) {
                series.getData().add(new XYChart.Data<>(row.strategy(), v));
            }
        }
        chart.getData().add(series);
        HBox.setHgrow(chart, Priority.ALWAYS);
        return chart;
    }

    public List<List<String>> rows() {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of("strategy", "runs", "completed_runs", "detection_ms", "paper_detection_ms", "recovery_s", "paper_recovery_s",
                "lost_packets", "paper_lost_packets"));
        for (Comparison.Row r : result.rows()) {
            out.add(List.of(r.strategy(), Integer.toString(r.runs()), Integer.toString(r.completedRuns()), raw(r.detectionMs(), 2),
                    r.paper().map(p -> raw(p.detectionMs(), 2)).orElse(""), raw(r.recoveryS(), 3),
                    r.paper().map(p -> raw(p.recoveryS(), 3)).orElse(""), raw(r.lostPackets(), 0),
                    r.paper().map(p -> Long.toString(p.lostPackets())).orElse("")));
        }
        return out;
    }

    private static String raw(Double v, int decimals) {
        return v == null ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    public void exportCsv(Path file) throws IOException {
        if (result == null) {
            throw new IOException("run a comparison first");
        }
        Exporter.csv(rows(), file);
    }

    public void exportPng(Path file) throws IOException {
        if (result == null) {
            throw new IOException("run a comparison first");
        }
        Exporter.png(Exporter.picture(this, 1), file);
    }

    private void save(String name, String description, String pattern, ExportActions.Writing writing) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(name);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        var f = fc.showSaveDialog(getScene().getWindow());
        if (f != null) {
            try {
                writing.to(f.toPath());
            } catch (IOException e) {
                javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                        f + ": " + e.getMessage());
                a.setHeaderText("The export failed");
                a.initOwner(getScene().getWindow());
                a.show();
            }
        }
    }
}
