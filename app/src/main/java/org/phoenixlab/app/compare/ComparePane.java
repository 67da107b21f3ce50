package org.phoenixlab.app.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.phoenixlab.app.export.Pictures;
import org.phoenixlab.app.util.FxDialogService;
import org.phoenixlab.app.util.Writing;
import org.phoenixlab.engine.experiment.Comparison;
import org.phoenixlab.engine.fault.FaultKind;

/**
 * The Compare view: one fault under all five strategies on the same seeds ({@link CompareViewModel}
 * runs it in the background, with progress and Cancel; the window stays usable), shown as a table of
 * our figures beside the paper's and as charts (a logarithmic axis when the figures span orders of
 * magnitude), with the throughput of every strategy on one chart and the fault marked.
 */
public final class ComparePane extends VBox {
    private final CompareViewModel model;
    private final FxDialogService dialogs;
    private final TableView<Comparison.Row> table = new TableView<>();
    private final HBox bars = new HBox(8);
    private final LineChart<Number, Number> throughput = new LineChart<>(new NumberAxis(), new NumberAxis());

    public ComparePane(CompareViewModel model, FxDialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        setSpacing(10);
        setPadding(new Insets(10));
        ComboBox<FaultKind> kind = new ComboBox<>(model.kinds());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(FaultKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public FaultKind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setId("compare-kind");
        ComboBox<String> target = new ComboBox<>(model.targets());
        target.valueProperty().bindBidirectional(model.targetProperty());
        target.setId("compare-target");
        Spinner<Integer> runs = new Spinner<>(1, 500, model.runsProperty().get());
        runs.getValueFactory().valueProperty().bindBidirectional(model.runsProperty());
        runs.setEditable(true);
        runs.setId("compare-runs");
        runs.setTooltip(new Tooltip("Seeds per strategy: each seed moves the fault against the probes' timers; the figures are means"));
        Button run = new Button("Run the comparison");
        run.setId("compare-run");
        run.setDefaultButton(true);
        run.setOnAction(e -> model.start());
        run.disableProperty().bind(model.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("compare-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar progress = new ProgressBar(0);
        progress.progressProperty().bind(model.progressProperty());
        progress.setPrefWidth(180);
        Button csv = new Button("Table as CSV\u2026");
        csv.setOnAction(e -> save("comparison.csv", "CSV tables", "*.csv", model::exportCsv));
        Button png = new Button("Charts as PNG\u2026");
        png.setOnAction(e -> save("comparison.png", "PNG images", "*.png", this::exportPng));
        kind.setPrefWidth(170);
        target.setPrefWidth(190);
        runs.setPrefWidth(80);
        FlowPane controls = new FlowPane(8, 6, new Label("Fault"), kind, new Label("on"), target,
                new Label("seeds per strategy"), runs, run, cancel, progress, csv, png);
        controls.setAlignment(Pos.CENTER_LEFT);
        for (Node n : controls.getChildren()) {
            if (n instanceof Control c) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
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
        model.resultProperty().addListener(o -> show(model.result()));
    }

    public CompareViewModel viewModel() {
        return model;
    }

    private void buildTable() {
        table.setId("compare-table");
        table.setPrefHeight(190);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No comparison yet."));
        table.getColumns().add(column("strategy", Comparison.Row::title));
        table.getColumns().add(column("detection (ms)", r -> CompareViewModel.fmt(r.detectionMs(), 2)));
        table.getColumns().add(column("paper", r -> r.paper().map(p -> CompareViewModel.fmt(p.detectionMs(), 2)).orElse("\u2013")));
        table.getColumns().add(column("recovery (s)", r -> CompareViewModel.fmt(r.recoveryS(), 3)));
        table.getColumns().add(column("paper", r -> r.paper().map(p -> CompareViewModel.fmt(p.recoveryS(), 1)).orElse("\u2013")));
        table.getColumns().add(column("lost packets", r -> r.lostPackets() == null ? "does not complete" : CompareViewModel.fmt(r.lostPackets(), 0)));
        table.getColumns().add(column("paper", r -> r.paper().map(p -> String.format(Locale.ROOT, "%,d", p.lostPackets())).orElse("\u2013")));
        table.getColumns().add(column("runs completed", r -> r.completedRuns() + " / " + r.runs()));
    }

    private static TableColumn<Comparison.Row, String> column(String name, Function<Comparison.Row, String> value) {
        TableColumn<Comparison.Row, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    public TableView<Comparison.Row> table() {
        return table;
    }

    public Comparison.Result result() {
        return model.result();
    }

    public LineChart<Number, Number> throughputChart() {
        return throughput;
    }

    /** Chooses the fault and the number of seeds (for tests). */
    public void choose(String targetId, FaultKind k, int seeds) {
        model.choose(targetId, k, seeds);
    }

    /** Whether a run is under way (readable from any thread, for tests). */
    public boolean running() {
        return model.running();
    }

    public void exportCsv(Path file) throws IOException {
        model.exportCsv(file);
    }

    public void exportPng(Path file) throws IOException {
        if (model.result() == null) {
            throw new IOException("run a comparison first");
        }
        Pictures.png(Pictures.picture(this, 1), file);
    }

    /** A figure as the table shows it. */
    public static String fmt(Double v, int decimals) {
        return CompareViewModel.fmt(v, decimals);
    }

    private void show(Comparison.Result r) {
        if (r == null) {
            return;
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

    private void save(String name, String description, String pattern, Writing writing) {
        dialogs.chooseToSave("Export", description, pattern, name).ifPresent(f -> {
            try {
                writing.to(f);
            } catch (IOException e) {
                dialogs.error("The export failed", f + ": " + e.getMessage());
            }
        });
    }
}
