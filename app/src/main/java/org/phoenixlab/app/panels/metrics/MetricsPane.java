package org.phoenixlab.app.panels.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.phoenixlab.app.session.RunRecord;
import org.phoenixlab.engine.sim.FaultMetrics;
import org.phoenixlab.engine.sim.FaultOutlook;
import org.phoenixlab.engine.sim.Snapshot;

/**
 * The last fault's figures as the engine measured them, and delivered throughput over time. After a
 * strategy switch the previous run stays beside the new one, faded: its figures in a column of their
 * own and its throughput as a second series named after it, until cleared.
 */
public final class MetricsPane extends javafx.scene.layout.HBox {
    private static final int WINDOW_BUCKETS = 300;
    /** The rows' names, as the panel shows them (the lessons' list of what the screen shows names them too). */
    public static final List<String> ROWS = List.of("detection", "recovery (repair)", "downtime", "lost", "shadow driver peak");

    private final Label fault = new Label(org.phoenixlab.app.util.Messages.get("metrics.noFault"));
    private final Tooltip previousTitle = new Tooltip();
    private final Label[] values = new Label[ROWS.size()];
    private final Label[] previousValues = new Label[ROWS.size()];
    private final Label lostName = new Label(org.phoenixlab.app.util.Messages.get("metrics.lost"));
    private final Label thisRun = new Label(org.phoenixlab.app.util.Messages.get("metrics.thisRun"));
    private final Label previousRun = new Label(org.phoenixlab.app.util.Messages.get("metrics.previousRun"));
    private final Button clear = new Button(org.phoenixlab.app.util.Messages.get("metrics.clear"));
    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> previousSeries = new XYChart.Series<>();
    private final NumberAxis x = new NumberAxis();
    private int plotted = -1;
    private RunRecord previousShown;
    private final LineChart<Number, Number> chart;

    public MetricsPane(Runnable onClearPrevious) {
        setSpacing(8);
        setPadding(new Insets(6));
        fault.setWrapText(true);
        fault.getStyleClass().add("inspector-title");
        previousTitle.setWrapText(true);
        previousTitle.setMaxWidth(420);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        thisRun.getStyleClass().add("detail");
        previousRun.getStyleClass().addAll("detail", "previous-run");
        previousRun.setTooltip(previousTitle);
        grid.add(thisRun, 1, 0);
        grid.add(previousRun, 2, 0);
        grid.add(clear, 3, 0);
        for (int i = 0; i < ROWS.size(); i++) {
            Label name = i == 3 ? lostName : new Label(org.phoenixlab.app.util.Messages.get("metrics.row." + i, ROWS.get(i)));
            values[i] = new Label("-");
            values[i].setId("metric-" + ROWS.get(i).split(" ")[0]);
            previousValues[i] = new Label("");
            previousValues[i].getStyleClass().add("previous-run");
            previousValues[i].setId("previous-metric-" + ROWS.get(i).split(" ")[0]);
            grid.add(name, 0, i + 1);
            grid.add(values[i], 1, i + 1);
            grid.add(previousValues[i], 2, i + 1);
        }
        clear.setId("clear-previous");
        clear.getStyleClass().add("small-button");
        clear.setTooltip(new Tooltip(org.phoenixlab.app.util.Messages.get("metrics.clear.tooltip")));
        clear.setOnAction(e -> onClearPrevious.run());
        x.setLabel(org.phoenixlab.app.util.Messages.get("metrics.axis.time"));
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        y.setLabel(org.phoenixlab.app.util.Messages.get("metrics.axis.rate"));
        chart = new LineChart<>(x, y);
        chart.setTitle(org.phoenixlab.app.util.Messages.get("metrics.chart"));
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        series.setName(org.phoenixlab.app.util.Messages.get("metrics.thisRun"));
        chart.getData().add(series);
        chart.setMinHeight(150);
        chart.setAccessibleRole(javafx.scene.AccessibleRole.TEXT); // read as its figures (describeChart)
        chart.setFocusTraversable(true); // so that a screen reader's user can reach it with Tab
        javafx.scene.layout.HBox.setHgrow(chart, Priority.ALWAYS);
        VBox figures = new VBox(8, fault, grid);
        figures.setPrefWidth(480);
        figures.setMinWidth(380);
        getChildren().addAll(figures, chart);
        showPrevious(null);
    }

    public LineChart<Number, Number> chart() {
        return chart;
    }

    public Label detection() {
        return values[0];
    }

    public Label recovery() {
        return values[1];
    }

    /** The previous run's figure in row {@code row} (0: detection ...), "" without a previous run. */
    public Label previous(int row) {
        return previousValues[row];
    }

    /** The label of the lost row: what the count counts. */
    public Label lostName() {
        return lostName;
    }

    /** The series on the chart: this run's, and the previous run's when there is one. */
    public List<XYChart.Series<Number, Number>> shownSeries() {
        return List.copyOf(chart.getData());
    }

    /**
     * Shows the last fault of {@code s} under {@code strategyTitle}, the complete buckets of
     * {@code throughput} (per {@code bucketUs}), and {@code previous} (or nothing) beside them.
     */
    public void update(Snapshot s, String strategyTitle, List<Long> throughput, long bucketUs,
                       Function<FaultMetrics, Optional<FaultOutlook>> outlook, RunRecord previous) {
        FaultFigures f = FaultFigures.ofLast(s.faults(), outlook);
        fault.setText(f == FaultFigures.NONE ? org.phoenixlab.app.util.Messages.get("metrics.noFault") : f.title());
        String[] now = {f.detection(), f.recovery(), f.downtime(), f.lost(), f.peakHeld()};
        for (int i = 0; i < now.length; i++) {
            values[i].setText(now[i]);
        }
        lostName.setText(f == FaultFigures.NONE ? org.phoenixlab.app.util.Messages.get("metrics.lost") : f.lostLabel());
        thisRun.setText(org.phoenixlab.app.util.Messages.get("metrics.thisRun") + ": " + strategyTitle);
        series.setName(org.phoenixlab.app.util.Messages.get("metrics.thisRun") + ": " + strategyTitle);
        if (previous != previousShown) {
            showPrevious(previous);
        }
        // The last bucket is still filling: plot the complete ones only.
        int complete = Math.max(0, throughput.size() - 1);
        if (complete != plotted) {
            plotted = complete;
            series.getData().setAll(points(throughput, complete, bucketUs));
            x.setAutoRanging(true);
        }
        describeChart();
    }

    /** The chart in words, for a screen reader: each series' span, its usual, lowest and last figures. */
    private void describeChart() {
        StringBuilder b = new StringBuilder(org.phoenixlab.app.util.Messages.get("metrics.chart.words") + " ");
        for (XYChart.Series<Number, Number> s : chart.getData()) {
            b.append(textOf(s)).append(' ');
        }
        String text = b.toString().trim();
        if (!text.equals(chart.getAccessibleText())) {
            chart.setAccessibleText(text);
        }
    }

    /** One series in words: "this run: Phoenix: 0.0 to 9.9 s, median 9,980, lowest 0 at 2.0 s, last 9,990." */
    static String textOf(XYChart.Series<Number, Number> s) {
        List<XYChart.Data<Number, Number>> d = s.getData();
        if (d.isEmpty()) {
            return org.phoenixlab.app.util.Messages.format("metrics.series.empty", s.getName());
        }
        double[] ys = d.stream().mapToDouble(p -> p.getYValue().doubleValue()).sorted().toArray();
        XYChart.Data<Number, Number> low = d.get(0);
        for (XYChart.Data<Number, Number> p : d) {
            if (p.getYValue().doubleValue() < low.getYValue().doubleValue()) {
                low = p;
            }
        }
        XYChart.Data<Number, Number> last = d.get(d.size() - 1);
        return org.phoenixlab.app.util.Messages.format("metrics.series.words", s.getName(),
                d.get(0).getXValue().doubleValue(), last.getXValue().doubleValue(), ys[ys.length / 2],
                low.getYValue().doubleValue(), low.getXValue().doubleValue(), last.getYValue().doubleValue());
    }

    private void showPrevious(RunRecord previous) {
        previousShown = previous;
        boolean on = previous != null;
        previousRun.setVisible(on);
        previousRun.setManaged(on);
        clear.setVisible(on);
        clear.setManaged(on);
        chart.setLegendVisible(on);
        chart.getData().remove(previousSeries);
        if (!on) {
            for (Label l : previousValues) {
                l.setText("");
            }
            return;
        }
        FaultFigures p = FaultFigures.ofLast(previous.faults());
        String[] then = {p.detection(), p.recovery(), p.downtime(), p.lost(), p.peakHeld()};
        for (int i = 0; i < then.length; i++) {
            previousValues[i].setText(then[i]);
        }
        previousRun.setText(org.phoenixlab.app.util.Messages.get("metrics.previous") + ": " + previous.strategyTitle());
        previousTitle.setText(p == FaultFigures.NONE ? org.phoenixlab.app.util.Messages.format("metrics.previousTitle.none", previous.strategyTitle())
                : org.phoenixlab.app.util.Messages.format("metrics.previousTitle", previous.strategyTitle(),
                        p.title().replace(org.phoenixlab.app.util.Messages.get("metrics.lastFault.prefix"), "")));
        previousSeries.setName(org.phoenixlab.app.util.Messages.get("metrics.previous") + ": " + previous.strategyTitle());
        int complete = Math.max(0, previous.throughput().size() - 1);
        previousSeries.getData().setAll(points(previous.throughput(), complete, previous.bucketUs()));
        chart.getData().add(previousSeries); // second: this run keeps its colour
        if (previousSeries.getNode() != null) {
            previousSeries.getNode().getStyleClass().add("previous-series");
        }
    }

    private static List<XYChart.Data<Number, Number>> points(List<Long> throughput, int complete, long bucketUs) {
        int from = Math.max(0, complete - WINDOW_BUCKETS);
        double bucketS = bucketUs / 1e6;
        List<XYChart.Data<Number, Number>> data = new ArrayList<>(Math.max(0, complete - from));
        for (int i = from; i < complete; i++) {
            data.add(new XYChart.Data<>(i * bucketS, throughput.get(i) / bucketS));
        }
        return data;
    }
}
