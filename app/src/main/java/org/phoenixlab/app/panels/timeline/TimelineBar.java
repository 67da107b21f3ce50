package org.phoenixlab.app.panels.timeline;

import java.util.Locale;
import java.util.function.LongConsumer;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.phoenixlab.engine.trace.Payload;
import org.phoenixlab.engine.trace.Trace;
import org.phoenixlab.engine.trace.TraceEvent;

/**
 * The run's timeline: a slider to scrub through virtual time, and above it a marker for every fault
 * (red), detection (orange) and finished repair (green). The visible range grows with the run.
 */
public final class TimelineBar extends VBox {
    private static final long MIN_RANGE_US = 10_000_000;

    private final Slider slider = new Slider(0, MIN_RANGE_US, 0);
    private final Pane markers = new Pane();
    private final Label label = new Label();
    private boolean updating;
    private int seen;
    private long rangeUs = MIN_RANGE_US;
    private final java.util.function.Function<org.phoenixlab.engine.trace.TraceEvent, String> explain;

    public TimelineBar(LongConsumer onSeek, java.util.function.Function<org.phoenixlab.engine.trace.TraceEvent, String> explain) {
        this.explain = explain;
        getStyleClass().add("timeline");
        markers.setPrefHeight(12);
        markers.setMinHeight(12);
        markers.getStyleClass().add("timeline-markers");
        slider.setTooltip(new Tooltip("Drag to move through virtual time (backwards rebuilds the run exactly)"));
        slider.valueProperty().addListener((o, was, v) -> {
            if (!updating) {
                onSeek.accept(Math.round(v.doubleValue()));
            }
        });
        HBox.setHgrow(slider, Priority.ALWAYS);
        label.setMinWidth(140);
        HBox row = new HBox(8, slider, label);
        HBox.setHgrow(markers, Priority.ALWAYS);
        HBox top = new HBox(8, markers, legend("fault", "marker-fault"), legend("detected", "marker-detected"),
                legend("repaired", "marker-repaired"));
        getChildren().addAll(top, row);
        markers.widthProperty().addListener((o, was, w) -> redrawAll(null));
    }

    public Slider slider() {
        return slider;
    }

    /** Moves the thumb to {@code nowUs} and adds markers for trace events not seen yet. */
    public void update(long nowUs, Trace trace) {
        updating = true;
        long wanted = Math.max(MIN_RANGE_US, nowUs + nowUs / 5);
        if (wanted > rangeUs || nowUs < rangeUs / 4 && rangeUs > MIN_RANGE_US) {
            rangeUs = wanted;
            slider.setMax(rangeUs);
            redrawAll(trace);
        }
        slider.setValue(nowUs);
        label.setText(String.format(Locale.ROOT, "%.3f s", nowUs / 1e6));
        if (trace.size() < seen) {
            redrawAll(trace);
        }
        for (; seen < trace.size(); seen++) {
            mark(trace.get(seen));
        }
        updating = false;
    }

    private static HBox legend(String text, String style) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("timeline-marker", style);
        swatch.setPrefSize(8, 12);
        swatch.setMinSize(8, 12);
        Label l = new Label(text);
        l.getStyleClass().add("timeline-legend");
        HBox box = new HBox(4, swatch, l);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return box;
    }

    private void redrawAll(Trace trace) {
        markers.getChildren().clear();
        seen = 0;
        if (trace != null) {
            for (; seen < trace.size(); seen++) {
                mark(trace.get(seen));
            }
        }
    }

    private void mark(TraceEvent e) {
        String style;
        Payload p = e.payload();
        if (p instanceof Payload.FaultInjected) {
            style = "marker-fault";
        } else if (p instanceof Payload.Detected) {
            style = "marker-detected";
        } else if (p instanceof Payload.RepairFinished) {
            style = "marker-repaired";
        } else {
            return;
        }
        Region m = new Region();
        m.getStyleClass().addAll("timeline-marker", style);
        double x = markers.getWidth() * e.timeUs() / (double) rangeUs;
        m.relocate(Math.max(0, x - 2), 0);
        m.setPrefSize(4, 12);
        Tooltip tip = new Tooltip(String.format(Locale.ROOT, "%.3f s: %s %s", e.timeUs() / 1e6, e.kind(), e.component()));
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        String head = tip.getText();
        tip.setOnShowing(ev -> tip.setText(head + "\n" + explain.apply(e))); // worked out only when asked for
        Tooltip.install(m, tip);
        markers.getChildren().add(m);
    }
}
