package org.phoenixlab.app.architecture;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;

/**
 * Zoom and pan of the architecture view. The default fits the window: the drawing is laid out again
 * for the room there is, at 100 % (text at its own size), and only a window narrower than the
 * narrowest layout scales it down. Fit the whole drawing, or a chosen scale from 30 % to 300 %;
 * Ctrl + mouse wheel zooms, dragging pans.
 */
public final class Zoom {
    public static final double MIN = 0.3;
    public static final double MAX = 3.0;
    private static final double STEP = 1.25;

    /** How the scale is chosen. */
    public enum Mode { FIT_WIDTH, FIT_ALL, MANUAL }

    private final ScrollPane scroll;
    private final Supplier<Node> content;
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(1);
    private final Label percent = new Label();
    private Mode mode = Mode.FIT_WIDTH;
    private java.util.function.BiConsumer<Double, Double> relayout = (w, h) -> { };

    public Zoom(ScrollPane scroll, Supplier<Node> content) {
        this.scroll = scroll;
        this.content = content;
        scroll.setPannable(true);
        scroll.viewportBoundsProperty().addListener((o, was, b) -> apply());
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                zoomBy(e.getDeltaY() > 0 ? STEP : 1 / STEP);
                e.consume();
            }
        });
        percent.setMinWidth(44);
        percent.setId("zoom-percent");
        org.phoenixlab.app.util.Tips.install(percent, org.phoenixlab.app.util.Messages.get("zoom.scale.tooltip"));
    }

    /** Called with the room there is (at 100 %) when the drawing fits the window: it lays itself out for it. */
    public void onFit(java.util.function.BiConsumer<Double, Double> relayout) {
        this.relayout = relayout;
    }

    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public double scale() {
        return scale.get();
    }

    public Mode mode() {
        return mode;
    }

    /** The scale in per cent, for the toolbar. */
    public Label percentLabel() {
        return percent;
    }

    public void zoomIn() {
        zoomBy(STEP);
    }

    public void zoomOut() {
        zoomBy(1 / STEP);
    }

    /** 100 %: the size the drawing was designed at. */
    public void actualSize() {
        mode = Mode.MANUAL;
        set(1);
    }

    public void fitAll() {
        mode = Mode.FIT_ALL;
        apply();
    }

    public void fitWidth() {
        mode = Mode.FIT_WIDTH;
        apply();
    }

    private void zoomBy(double factor) {
        mode = Mode.MANUAL;
        set(scale.get() * factor);
    }

    /** Re-applies the mode (the window or the drawing changed size). */
    public void apply() {
        Node n = content.get();
        if (n == null) {
            return;
        }
        double width = scroll.getViewportBounds().getWidth();
        double height = scroll.getViewportBounds().getHeight();
        if (mode == Mode.FIT_WIDTH && scroll.getWidth() > 0) {
            double fullWidth = scroll.getWidth() - scroll.snappedLeftInset() - scroll.snappedRightInset();
            double fullHeight = scroll.getHeight() - scroll.snappedTopInset() - scroll.snappedBottomInset();
            relayout.accept(fullWidth - 1, fullHeight);
            if (n.prefHeight(-1) > fullHeight + 0.5) { // it scrolls: leave room for the bar
                relayout.accept(fullWidth - 1 - barThickness(scroll, javafx.geometry.Orientation.VERTICAL), fullHeight);
            }
        }
        double w = n.prefWidth(-1);
        double h = n.prefHeight(-1);
        switch (mode) {
            case FIT_WIDTH -> set(width <= 0 ? 1 : Math.max(0.6, fitWidth(w, h)));
            case FIT_ALL -> set(width <= 0 || height <= 0 ? 1 : Math.min(width / w, height / h));
            case MANUAL -> set(scale.get());
        }
    }

    /**
     * The scale that fits the width, worked out from the scroll pane's own size rather than from its
     * viewport: the viewport narrows when the vertical scroll bar appears, and a scale read from it could
     * make the bar appear and vanish in turn (a drawing that fits in height only without the bar).
     */
    private double fitWidth(double w, double h) {
        double fullWidth = scroll.getWidth() - scroll.snappedLeftInset() - scroll.snappedRightInset();
        double fullHeight = scroll.getHeight() - scroll.snappedTopInset() - scroll.snappedBottomInset();
        double s = Math.min(1.0, fullWidth / w);
        if (h * s <= fullHeight) {
            return s; // no vertical bar needed
        }
        return Math.min(1.0, (fullWidth - barThickness(scroll, javafx.geometry.Orientation.VERTICAL)) / w);
    }

    /** The thickness of a scroll pane's bar (about Modena's at the default font before the skin exists). */
    public static double barThickness(ScrollPane pane, javafx.geometry.Orientation orientation) {
        for (Node n : pane.lookupAll(".scroll-bar")) {
            if (n instanceof javafx.scene.control.ScrollBar bar && bar.getOrientation() == orientation) {
                double size = orientation == javafx.geometry.Orientation.VERTICAL ? bar.prefWidth(-1) : bar.prefHeight(-1);
                if (size > 0) {
                    return size;
                }
            }
        }
        return 16;
    }

    private void set(double s) {
        double clamped = Math.max(MIN, Math.min(MAX, s));
        scale.set(clamped);
        Node n = content.get();
        if (n != null) {
            n.setScaleX(clamped);
            n.setScaleY(clamped);
        }
        percent.setText(String.format(Locale.ROOT, "%d %%", Math.round(clamped * 100)));
    }
}
