package org.phoenixlab.app.panels.metrics;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.phoenixlab.engine.sim.FaultMetrics;
import org.phoenixlab.engine.sim.Simulation;
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

    public void update(Snapshot s, Simulation sim) {
        List<FaultMetrics> faults = s.faults();
        if (!faults.isEmpty()) {
            FaultMetrics f = faults.get(faults.size() - 1);
            fault.setText("Last fault: " + f.kind() + " of " + f.target()
                    + (f.detected() ? ", found by " + f.detectedBy() : ", not detected yet"));
            detection.setText(f.detectionUs().isPresent() ? ms(f.detectionUs().getAsLong()) : "not yet");
            recovery.setText(f.recoveryUs().isPresent() ? s(f.recoveryUs().getAsLong())
                    : f.repairStartedUs() >= 0 ? "in progress: " + f.actuator() : "not yet");
            downtime.setText(f.downtimeUs().isPresent() ? s(f.downtimeUs().getAsLong()) : "continuing");
            lost.setText(String.format(Locale.ROOT, "%,d", f.lostPackets()));
            buffered.setText(String.format(Locale.ROOT, "%,d", f.peakBuffered()));
        } else {
            fault.setText("No fault injected yet.");
            for (Label l : new Label[] {detection, recovery, downtime, lost, buffered}) {
                l.setText("-");
            }
        }
        List<Long> tp = sim.throughput();
        // The last bucket is still filling: plot the complete ones only.
        int complete = Math.max(0, tp.size() - 1);
        if (complete != plotted) {
            plotted = complete;
            int from = Math.max(0, complete - WINDOW_BUCKETS);
            double bucketS = Simulation.throughputBucketUs() / 1e6;
            var data = new java.util.ArrayList<XYChart.Data<Number, Number>>(complete - from);
            for (int i = from; i < complete; i++) {
                data.add(new XYChart.Data<>(i * bucketS, tp.get(i) / bucketS));
            }
            series.getData().setAll(data);
            x.setAutoRanging(true);
        }
    }

    private static String ms(long us) {
        return String.format(Locale.ROOT, "%.2f ms", us / 1e3);
    }

    private static String s(long us) {
        return String.format(Locale.ROOT, "%.3f s", us / 1e6);
    }
}
