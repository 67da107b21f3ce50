package org.phoenixlab.app.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.ValueAxis;
import javafx.util.StringConverter;

/**
 * A base-10 logarithmic number axis (JavaFX has none): for figures that span orders of magnitude,
 * such as detection times from 27 ms to 52 s, or lost packets from 0 to two million. Values at or
 * below zero are drawn at the axis's lower bound.
 */
public final class LogAxis extends ValueAxis<Number> {
    private double lowerExp;
    private double upperExp = 1;

    public LogAxis(String label) {
        setLabel(label);
        setAutoRanging(true);
        setMinorTickVisible(false);
        setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                if (v >= 1_000_000) {
                    return String.format(Locale.ROOT, "%.0fM", v / 1e6);
                }
                if (v >= 1_000) {
                    return String.format(Locale.ROOT, "%.0fk", v / 1e3);
                }
                return v >= 1 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2g", v);
            }

            @Override
            public Number fromString(String s) {
                return Double.parseDouble(s);
            }
        });
    }

    @Override
    protected Object autoRange(double minValue, double maxValue, double length, double labelSize) {
        double lo = minValue > 0 ? Math.floor(Math.log10(minValue)) : 0;
        // a fifth of the span above the largest value (at least a third of a decade): room for the
        // words written over a bar
        double top = maxValue > 0 ? Math.log10(maxValue) : 1;
        double hi = top + Math.max(0.35, 0.2 * (top - lo));
        if (hi <= lo) {
            hi = lo + 1;
        }
        return new double[] {lo, hi};
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] r = (double[]) range;
        lowerExp = r[0];
        upperExp = r[1];
        setLowerBound(Math.pow(10, lowerExp));
        setUpperBound(Math.pow(10, upperExp));
    }

    @Override
    protected Object getRange() {
        return new double[] {lowerExp, upperExp};
    }

    @Override
    public double getDisplayPosition(Number value) {
        double v = value.doubleValue();
        double exp = v > 0 ? Math.log10(v) : lowerExp;
        double f = (Math.max(lowerExp, exp) - lowerExp) / (upperExp - lowerExp);
        double length = getSide().isVertical() ? getHeight() : getWidth();
        return getSide().isVertical() ? length * (1 - f) : length * f;
    }

    @Override
    public Number getValueForDisplay(double position) {
        double length = getSide().isVertical() ? getHeight() : getWidth();
        double f = getSide().isVertical() ? 1 - position / length : position / length;
        return Math.pow(10, lowerExp + f * (upperExp - lowerExp));
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double[] r = (double[]) range;
        List<Number> ticks = new ArrayList<>();
        for (int e = (int) r[0]; e <= (int) Math.floor(r[1]); e++) {
            ticks.add(Math.pow(10, e));
        }
        return ticks;
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        return getTickLabelFormatter().toString(value);
    }
}
