package org.phoenixlab.app.compare;

import org.phoenixlab.app.util.Messages;
import org.phoenixlab.app.util.ModelWords;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;
import org.phoenixlab.app.export.Pictures;
import org.phoenixlab.app.util.FxDialogService;
import org.phoenixlab.app.util.Writing;
import org.phoenixlab.engine.experiment.Comparison;
import org.phoenixlab.engine.experiment.FidelityExperiments;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/**
 * The Compare view: one fault under all five strategies on the same seeds ({@link CompareViewModel}
 * runs it in the background, with progress and Cancel; the window stays usable, and each strategy's
 * row appears as soon as its seeds are in), shown as a table of our figures beside the paper's, as
 * bars in the strategies' colours (a logarithmic axis when the figures span orders of magnitude; a
 * labelled 0; "never" where a design has no figure), and as the throughput of every strategy over
 * time with the fault marked, beside each strategy's throughput without a fault.
 */
public final class ComparePane extends ScrollPane {
    private final CompareViewModel model;
    private final FxDialogService dialogs;
    private final VBox content = new VBox(8);
    private final TableView<Comparison.Row> table = new TableView<>();
    private final GridPane bars = new GridPane();
    private final LineChart<Number, Number> throughput = new LineChart<>(new NumberAxis(), new NumberAxis());
    private final ChartKey key = new ChartKey(false);
    private final HBox lines = new HBox(6);
    private final List<FigureBars> figureBars = new ArrayList<>();

    public ComparePane(CompareViewModel model, FxDialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        setFitToWidth(true);
        setFitToHeight(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStyleClass().add("compare-pane");
        content.setPadding(new Insets(10));
        setContent(content);
        ComboBox<FaultKind> kind = new ComboBox<>(model.kinds());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(FaultKind k) {
                return k == null ? "" : ModelWords.fault(k);
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
        runs.setTooltip(new Tooltip(Messages.get("compare.runs.tooltip")));
        Button run = new Button(Messages.get("compare.run"));
        run.setTooltip(new Tooltip(Messages.get("compare.run.tooltip")));
        run.setId("compare-run");
        run.setDefaultButton(true);
        run.setOnAction(e -> model.start());
        run.disableProperty().bind(model.runningProperty());
        Button cancel = new Button(Messages.get("compare.cancel"));
        cancel.setId("compare-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar progress = new ProgressBar(0);
        progress.progressProperty().bind(model.progressProperty());
        progress.setPrefWidth(110);
        progress.visibleProperty().bind(model.runningProperty());
        Button csv = new Button(Messages.get("compare.csv"));
        csv.setOnAction(e -> save("comparison.csv", Messages.get("compare.csv.files"), "*.csv", model::exportCsv));
        Button png = new Button(Messages.get("compare.png"));
        png.setOnAction(e -> save("comparison.png", Messages.get("compare.png.files"), "*.png", this::exportPng));
        kind.setPrefWidth(160);
        target.setPrefWidth(180);
        runs.setPrefWidth(80);
        FlowPane controls = new FlowPane(8, 6, new Label(Messages.get("compare.fault")), kind, new Label(Messages.get("compare.on")), target,
                new Label(Messages.get("compare.seeds")), runs, run, cancel, progress, csv, png);
        controls.setAlignment(Pos.CENTER_LEFT);
        for (Node n : controls.getChildren()) {
            if (n instanceof Control c) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.setId("compare-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        buildTable();
        bars.setHgap(10);
        bars.setVgap(4);
        bars.setId("compare-bars");
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            bars.getColumnConstraints().add(c);
        }
        // A chart's title never wraps: the title stays short, what the marks mean is said in the key beside it.
        throughput.setTitle(Messages.get("compare.throughput.title"));
        throughput.setId("compare-throughput");
        throughput.setCreateSymbols(false);
        throughput.setAnimated(false);
        throughput.setLegendVisible(false);
        ((NumberAxis) throughput.getXAxis()).setLabel(Messages.get("compare.axis.time"));
        ((NumberAxis) throughput.getYAxis()).setLabel(Messages.get("compare.axis.rate"));
        throughput.setPrefHeight(250);
        throughput.setMinHeight(240);
        VBox.setVgrow(lines, Priority.ALWAYS);
        key.setId("compare-key");
        key.setPrefWidth(390);
        key.setMinWidth(390);
        HBox.setHgrow(throughput, Priority.ALWAYS);
        lines.getChildren().addAll(throughput, key);
        content.getChildren().addAll(controls, status, table, bars, lines);
        model.tableRows().addListener((ListChangeListener<Comparison.Row>) c -> drawBars());
        model.faultFreeProperty().addListener(o -> {
            drawBars();
            drawKey();
        });
        model.resultProperty().addListener(o -> drawThroughput(model.result()));
        drawBars();
        drawKey();
    }

    /** The paper's columns' name, and the bars' word for no figure (in the language spoken when the pane is made). */
    private final String paperWord = Messages.get("compare.column.paper");
    private final String neverWord = Messages.get("compare.never");

    /** ", mean of 3 seeds" after a figure's title. */
    private static String meanOf(int seeds) {
        return Messages.format(seeds == 1 ? "compare.meanOf.one" : "compare.meanOf", seeds);
    }

    public CompareViewModel viewModel() {
        return model;
    }

    private void buildTable() {
        table.setId("compare-table");
        table.setItems(model.tableRows());
        table.setFixedCellSize(25);
        table.prefHeightProperty().bind(table.fixedCellSizeProperty().multiply(StrategyCatalog.NAMES.size()).add(28));
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("compare.table.none")));
        TableColumn<Comparison.Row, String> name = column(Messages.get("compare.column.strategy"), r -> ModelWords.strategy(r.strategy(), r.title()));
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                Comparison.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                setGraphic(row == null ? null : swatch(row.strategy()));
            }
        });
        name.setMinWidth(200);
        table.getColumns().add(name);
        table.getColumns().add(column(Messages.get("compare.column.detection"), r -> CompareViewModel.fmt(r.detectionMs(), 2)));
        table.getColumns().add(column(paperWord, r -> r.paper().map(p -> CompareViewModel.fmt(p.detectionMs(), 2)).orElse("\u2013")));
        table.getColumns().add(column(Messages.get("compare.column.recovery"), r -> CompareViewModel.fmt(r.recoveryS(), 3)));
        table.getColumns().add(column(paperWord, r -> r.paper().map(p -> CompareViewModel.fmt(p.recoveryS(), 1)).orElse("\u2013")));
        table.getColumns().add(column(Messages.get("compare.column.lost"), r -> r.lostPackets() == null ? Messages.get("compare.doesNotComplete") : CompareViewModel.fmt(r.lostPackets(), 0)));
        table.getColumns().add(column(paperWord, r -> r.paper().map(p -> String.format(Messages.locale(), "%,d", p.lostPackets())).orElse("\u2013")));
        TableColumn<Comparison.Row, String> seeds = column(Messages.get("compare.column.seeds"), r -> Messages.format("compare.seedsOf", r.completedRuns(), r.runs()));
        seeds.setMinWidth(120);
        table.getColumns().add(seeds);
        for (TableColumn<Comparison.Row, ?> c : table.getColumns()) {
            if (c != name && c != seeds) {
                c.setMinWidth(c.getText().equals(paperWord) ? 70 : 110);
            }
        }
    }

    private static TableColumn<Comparison.Row, String> column(String name, Function<Comparison.Row, String> value) {
        TableColumn<Comparison.Row, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    /** A small square in the strategy's colour (beside its name). */
    static Node swatch(String strategy) {
        Rectangle r = new Rectangle(12, 12, StrategyColours.of(strategy));
        r.getStyleClass().add("strategy-swatch");
        return new StackPane(r);
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

    /** The key beside the throughput chart. */
    public ChartKey key() {
        return key;
    }

    /** The bar charts: detection, recovery, lost packets, throughput without a fault. */
    public List<FigureBars> figureBars() {
        return List.copyOf(figureBars);
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
        Pictures.png(Pictures.picture(content, 1), file);
    }

    /** A figure as the table shows it. */
    public static String fmt(Double v, int decimals) {
        return CompareViewModel.fmt(v, decimals);
    }

    /** "27.3", "425.7k", "1.79M": short enough to stand over a bar. */
    static String compact(double v) {
        double a = Math.abs(v);
        if (a >= 1e6) {
            return String.format(Messages.locale(), "%.2fM", v / 1e6);
        }
        if (a >= 1e4) {
            return String.format(Messages.locale(), "%.1fk", v / 1e3);
        }
        if (a >= 100 || v == Math.rint(v)) {
            return String.format(Messages.locale(), "%,.0f", v);
        }
        return String.format(Messages.locale(), "%.2f", v);
    }

    private void drawBars() {
        List<Comparison.Row> rows = model.tableRows();
        int seeds = rows.isEmpty() ? model.runsProperty().get() : rows.get(0).runs();
        String of = rows.isEmpty() ? "" : meanOf(seeds);
        figureBars.clear();
        figureBars.add(new FigureBars(Messages.get("compare.bars.detection") + of, "ms", bars(rows, Comparison.Row::detectionMs, neverWord)));
        figureBars.add(new FigureBars(Messages.get("compare.bars.recovery") + of, "s", bars(rows, Comparison.Row::recoveryS, neverWord)));
        figureBars.add(new FigureBars(Messages.get("compare.bars.lost") + of, Messages.get("compare.unit.packets"), bars(rows, Comparison.Row::lostPackets, Messages.get("compare.neverEnds"))));
        List<FidelityExperiments.ThroughputRow> free = model.faultFreeProperty().get();
        List<FigureBars.Bar> tp = new ArrayList<>();
        for (String s : StrategyCatalog.NAMES) {
            Optional<FidelityExperiments.ThroughputRow> t = model.faultFree(s);
            String text = t.map(x -> compact(x.faultFreePps())).orElse(model.running() ? "\u2026" : "");
            tp.add(new FigureBars.Bar(s, ModelWords.strategy(s, StrategyCatalog.load(s).title()), t.map(FidelityExperiments.ThroughputRow::faultFreePps).orElse(null), text));
        }
        String freeSeeds = free.isEmpty() ? "" : meanOf(free.get(0).runs());
        figureBars.add(new FigureBars(Messages.get("compare.bars.throughput") + freeSeeds, Messages.get("compare.axis.rate"), tp));
        bars.getChildren().clear();
        for (int i = 0; i < figureBars.size(); i++) {
            FigureBars b = figureBars.get(i);
            b.setPrefHeight(170);
            b.setMinHeight(160);
            b.setId("bars-" + i);
            bars.add(b, i % 2, i / 2);
        }
    }

    /** Every strategy's bar for one figure: its value, "0" for a zero, "never" where it has none, "…" while it runs. */
    private List<FigureBars.Bar> bars(List<Comparison.Row> rows, Function<Comparison.Row, Double> value, String none) {
        List<FigureBars.Bar> out = new ArrayList<>();
        for (String s : StrategyCatalog.NAMES) {
            Comparison.Row row = rows.stream().filter(r -> r.strategy().equals(s)).findFirst().orElse(null);
            String title = ModelWords.strategy(s, StrategyCatalog.load(s).title());
            if (row == null) {
                out.add(new FigureBars.Bar(s, title, null, model.running() ? "\u2026" : ""));
                continue;
            }
            Double v = value.apply(row);
            out.add(new FigureBars.Bar(s, title, v, v == null ? none : v == 0 ? "0" : compact(v)));
        }
        return out;
    }

    private void drawThroughput(Comparison.Result r) {
        throughput.getData().clear();
        if (r == null) {
            drawKey();
            return;
        }
        double bucketS = r.bucketUs() / 1e6;
        double peak = 1;
        List<String> styles = new ArrayList<>();
        for (var e : r.throughput().entrySet()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(ModelWords.strategy(e.getKey(), StrategyCatalog.load(e.getKey()).title()));
            List<Long> tp = e.getValue();
            int end = Math.min(tp.size() - 1, (int) (20 / bucketS)); // the first 20 s: the fault and most recoveries
            for (int i = 0; i < end; i++) {
                double v = tp.get(i) / bucketS;
                peak = Math.max(peak, v);
                series.getData().add(new XYChart.Data<>(i * bucketS, v));
            }
            throughput.getData().add(series);
            styles.add(entry(e.getKey()).lineStyle());
        }
        // The offered load sets the scale: the burst of a shadow buffer replaying (millions of packets/s
        // for a tenth of a second) would flatten every other line; it runs off the top instead.
        NumberAxis y = (NumberAxis) throughput.getYAxis();
        y.setAutoRanging(false);
        y.setLowerBound(0);
        double top = Math.min(peak, Math.ceil(1.5 * r.setup().totalRatePps() / 10_000.0) * 10_000);
        NumberAxis x = (NumberAxis) throughput.getXAxis();
        x.setAutoRanging(false);
        x.setLowerBound(0);
        x.setUpperBound(Comparison.THROUGHPUT_SPAN_US / 1e6);
        x.setTickUnit(2);
        y.setUpperBound(top);
        y.setTickUnit(Math.max(1, Math.round(top / 5 / 10_000.0) * 10_000));
        XYChart.Series<Number, Number> fault = new XYChart.Series<>();
        fault.setName(Messages.get("compare.faultSeries"));
        fault.getData().add(new XYChart.Data<>(r.faultAtUs() / 1e6, 0));
        fault.getData().add(new XYChart.Data<>(r.faultAtUs() / 1e6, top));
        throughput.getData().add(fault);
        styles.add(faultEntry(r).lineStyle());
        for (int i = 0; i < throughput.getData().size(); i++) {
            throughput.getData().get(i).getNode().setStyle(styles.get(i));
        }
        fault.getNode().getStyleClass().add("fault-marker-series");
        drawKey();
    }

    private static ChartKey.Entry entry(String strategy) {
        return new ChartKey.Entry(ModelWords.strategy(strategy, StrategyCatalog.load(strategy).title()), StrategyColours.web(strategy), 2, List.of(), null, null);
    }

    private static ChartKey.Entry faultEntry(Comparison.Result r) {
        return new ChartKey.Entry(Messages.format("compare.key.faultAt", String.format(Messages.locale(), "%.1f", r.faultAtUs() / 1e6)),
                StrategyColours.FAULT, 2, List.of(6.0, 4.0), null, null);
    }

    /** The key: each strategy's line and its throughput without a fault and over the NIC-crash benchmark. */
    private void drawKey() {
        List<ChartKey.Entry> entries = new ArrayList<>();
        Optional<FidelityExperiments.ThroughputRow> first = model.faultFreeProperty().get().stream().findFirst();
        for (String s : StrategyCatalog.NAMES) {
            ChartKey.Entry e = entry(s);
            String figures = model.faultFree(s).map(t -> Messages.format("compare.key.figures",
                    String.format(Messages.locale(), "%,.0f", t.faultFreePps()), vsVanilla(s), String.format(Messages.locale(), "%,.0f", t.withFaultMeanPps()))).orElse(null);
            String more = model.faultFree(s).map(t -> Messages.format("compare.key.more", FidelityExperiments.FAULT_BENCHMARK_US / 1_000_000,
                    String.format(Messages.locale(), "%.1f", t.meanLatencyUs()))).orElse(null);
            entries.add(new ChartKey.Entry(e.name(), e.colour(), e.width(), e.dashes(), figures, more));
        }
        Comparison.Result r = model.result();
        if (r != null) {
            entries.add(faultEntry(r));
        } else {
            entries.add(new ChartKey.Entry(Messages.get("compare.key.fault"), StrategyColours.FAULT, 2, List.of(6.0, 4.0), null, null));
        }
        key.show(entries);
        Label marks = new Label(Messages.get("compare.throughput.marks"));
        marks.setMinHeight(Region.USE_PREF_SIZE);
        marks.setWrapText(true);
        marks.getStyleClass().add("chart-key-figures");
        key.getChildren().add(marks);
        Label note = new Label(first.map(t -> Messages.format(t.runs() == 1 ? "compare.key.note.one" : "compare.key.note", t.runs(),
                FidelityExperiments.FAULT_BENCHMARK_US / 1_000_000))
                .orElse(Messages.get("compare.key.none")));
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.setWrapText(true);
        note.getStyleClass().add("chart-key-figures");
        key.getChildren().add(note);
    }

    private String vsVanilla(String strategy) {
        if (strategy.equals("vanilla")) {
            return "";
        }
        return model.againstVanilla(strategy).map(d -> String.format(Messages.locale(), " (%+.2f %%)", 100 * d)).orElse("");
    }

    private void save(String name, String description, String pattern, Writing writing) {
        dialogs.chooseToSave(Messages.get("compare.export"), description, pattern, name).ifPresent(f -> {
            try {
                writing.to(f);
            } catch (IOException e) {
                dialogs.error(Messages.get("compare.export.failed"), f + ": " + e.getMessage());
            }
        });
    }
}
