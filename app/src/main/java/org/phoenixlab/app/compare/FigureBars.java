package org.phoenixlab.app.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/**
 * One figure of every strategy as bars, each in its strategy's colour with its value written over
 * it: a zero is a labelled "0" on the axis (not an invisible bar), and a strategy without the figure
 * (vanilla Xen never detects the NIC driver's crash) keeps its place with "never" written there. The
 * axis is logarithmic when the values span more than a hundredfold.
 */
public final class FigureBars extends BarChart<String, Number> {
    /** One strategy's bar: its value (null when it has none) and the words over it. */
    public record Bar(String strategy, String title, Double value, String text) {
    }

    private final Map<String, Label> labels = new LinkedHashMap<>();
    private final Map<String, XYChart.Data<String, Number>> bars = new LinkedHashMap<>();
    private final boolean logarithmic;

    public FigureBars(String title, String unit, List<Bar> values) {
        this(title, unit, values, spansOrdersOfMagnitude(values));
    }

    private FigureBars(String title, String unit, List<Bar> values, boolean log) {
        super(new CategoryAxis(), axis(unit, values, log));
        this.logarithmic = log;
        getStyleClass().add("figure-bars");
        setTitle(title + (log ? org.phoenixlab.app.util.Messages.get("compare.logScale") : ""));
        setLegendVisible(false);
        setAnimated(false);
        setCategoryGap(18);
        CategoryAxis x = (CategoryAxis) getXAxis();
        x.setAutoRanging(false);
        x.setCategories(FXCollections.observableArrayList(values.stream().map(Bar::strategy).toList()));
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (Bar b : values) {
            if (b.value() != null && (!log || b.value() > 0)) {
                XYChart.Data<String, Number> d = new XYChart.Data<>(b.strategy(), b.value());
                series.getData().add(d);
                bars.put(b.strategy(), d);
            }
        }
        getData().add(series);
        // For a screen reader: the figures in words, one strategy after another.
        setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        setAccessibleText(getTitle() + ": " + String.join("; ", values.stream().map(b -> b.title() + " " + b.text()).toList()));
        for (Bar b : values) {
            XYChart.Data<String, Number> d = bars.get(b.strategy());
            if (d != null && d.getNode() != null) {
                String c = StrategyColours.web(b.strategy());
                d.getNode().setStyle("-fx-bar-fill: " + c + "; -fx-background-color: " + c + ";"); // flat: the colour of the line
                Tooltip.install(d.getNode(), new Tooltip(b.title() + ": " + b.text()));
            }
            Label l = new Label(b.text());
            l.getStyleClass().add("bar-value");
            l.setId("bar-value-" + b.strategy());
            l.setStyle("-fx-text-fill: " + StrategyColours.web(b.strategy()) + "; -fx-font-weight: bold;");
            l.setTooltip(new Tooltip(b.title() + ": " + b.text()));
            labels.put(b.strategy(), l);
            getPlotChildren().add(l);
        }
    }

    private static boolean spansOrdersOfMagnitude(List<Bar> values) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (Bar b : values) {
            if (b.value() != null && b.value() > 0) {
                min = Math.min(min, b.value());
                max = Math.max(max, b.value());
            }
        }
        return max > 0 && max / min > 100;
    }

    /** A linear axis from zero with room above the tallest bar for its words, or a logarithmic one. */
    private static ValueAxis<Number> axis(String unit, List<Bar> values, boolean log) {
        if (log) {
            return new LogAxis(unit);
        }
        double max = 0;
        for (Bar b : values) {
            if (b.value() != null) {
                max = Math.max(max, b.value());
            }
        }
        double top = niceAbove(max * 1.25);
        NumberAxis y = new NumberAxis(unit, 0, top, top / 4);
        y.setAutoRanging(false);
        return y;
    }

    /** The smallest of 1, 2, 2.5 or 5 times a power of ten at or above {@code v} (1 for nothing). */
    static double niceAbove(double v) {
        if (v <= 0) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= v * (1 - 1e-12)) {
                return m * p;
            }
        }
        return 10 * p;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        CategoryAxis x = (CategoryAxis) getXAxis();
        ValueAxis<Number> y = (ValueAxis<Number>) getYAxis();
        double base = logarithmic ? y.getHeight() : y.getDisplayPosition(0);
        for (var e : labels.entrySet()) {
            Label l = e.getValue();
            l.autosize();
            double cx = x.getDisplayPosition(e.getKey());
            XYChart.Data<String, Number> d = bars.get(e.getKey());
            double top = d != null && d.getNode() != null ? d.getNode().getBoundsInParent().getMinY() : base;
            double w = l.prefWidth(-1);
            double h = l.prefHeight(w);
            l.resizeRelocate(Math.round(cx - w / 2), Math.round(Math.max(0, Math.min(top, base) - h - 2)), w, h);
        }
    }

    /** The words over a strategy's bar (for tests). */
    public Label label(String strategy) {
        return labels.get(strategy);
    }

    /** A strategy's bar, or null when it has none (a "never", or a zero on a logarithmic axis). */
    public Node bar(String strategy) {
        XYChart.Data<String, Number> d = bars.get(strategy);
        return d == null ? null : d.getNode();
    }

    public boolean logarithmic() {
        return logarithmic;
    }
}
