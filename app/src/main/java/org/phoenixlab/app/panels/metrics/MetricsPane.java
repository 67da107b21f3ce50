package org.phoenixlab.app.panels.metrics;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.phoenixlab.engine.sim.Snapshot;

/** The last fault's figures as the engine measured them, and delivered throughput over time. */
public final class MetricsPane extends javafx.scene.layout.HBox {
    private static final int WINDOW_BUCKETS = 300;

    private final Label fault = new Label("No fault injected yet.");
    private final Label detection = new Label("-");
    private final Label recovery = new Label("-");
    private final Label downtime = new Label("-");
    private final Label lost = new Label("-");
    private final Label buffered = new Label("-");
    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();
    private final NumberAxis x = new NumberAxis();
    private int plotted = -1;
    private LineChart<Number, Number> chart;

    public MetricsPane() {
        setSpacing(8);
        setPadding(new Insets(6));
        fault.setWrapText(true);
        fault.getStyleClass().add("inspector-title");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        String[] names = {"detection", "recovery (repair)", "downtime", "packets lost", "shadow driver peak"};
        Label[] values = {detection, recovery, downtime, lost, buffered};
        for (int i = 0; i < names.length; i++) {
            grid.add(new Label(names[i]), 0, i);
            values[i].setId("metric-" + names[i].split(" ")[0]);
            grid.add(values[i], 1, i);
        }
        x.setLabel("virtual time (s)");
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        y.setLabel("packets / s");
        chart = new LineChart<>(x, y);
        chart.setTitle("Network throughput");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getData().add(series);
        chart.setMinHeight(150);
        javafx.scene.layout.HBox.setHgrow(chart, Priority.ALWAYS);
        VBox figures = new VBox(8, fault, grid);
        figures.setPrefWidth(440);
        figures.setMinWidth(380);
        getChildren().addAll(figures, chart);
    }

    public LineChart<Number, Number> chart() {
        return chart;
    }

    public Label detection() {
        return detection;
    }

    public Label recovery() {
        return recovery;
    }

    /** Shows the last fault of {@code s} and the complete buckets of {@code throughput} (per {@code bucketUs}). */
    public void update(Snapshot s, List<Long> throughput, long bucketUs) {
        FaultFigures f = FaultFigures.ofLast(s.faults());
        fault.setText(f.title());
        detection.setText(f.detection());
        recovery.setText(f.recovery());
        downtime.setText(f.downtime());
        lost.setText(f.lost());
        buffered.setText(f.peakHeld());
        // The last bucket is still filling: plot the complete ones only.
        int complete = Math.max(0, throughput.size() - 1);
        if (complete != plotted) {
            plotted = complete;
            int from = Math.max(0, complete - WINDOW_BUCKETS);
            double bucketS = bucketUs / 1e6;
            var data = new java.util.ArrayList<XYChart.Data<Number, Number>>(complete - from);
            for (int i = from; i < complete; i++) {
                data.add(new XYChart.Data<>(i * bucketS, throughput.get(i) / bucketS));
            }
            series.getData().setAll(data);
            x.setAutoRanging(true);
        }
    }
}
