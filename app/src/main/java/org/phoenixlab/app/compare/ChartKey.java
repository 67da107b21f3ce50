package org.phoenixlab.app.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.StrokeLineCap;

/**
 * The key of a line chart, drawn with the lines' own strokes: a short stretch of each line (its
 * colour, width and dashes) beside its name, and under it, if given, a line of figures. JavaFX's own
 * legend puts a round symbol of the series' default colour there, which matched neither.
 */
public final class ChartKey extends VBox {
    /** One entry: the line as drawn, its words, and more words for its tooltip (either may be null). */
    public record Entry(String name, String colour, double width, List<Double> dashes, String figures, String tooltip) {
        public Entry {
            dashes = List.copyOf(dashes);
        }

        /** The CSS that draws a chart's line like this entry. */
        public String lineStyle() {
            StringBuilder css = new StringBuilder("-fx-stroke: " + colour + "; -fx-stroke-width: " + width + "px;");
            if (!dashes.isEmpty()) {
                css.append(" -fx-stroke-dash-array:");
                dashes.forEach(d -> css.append(' ').append(d));
                css.append(';');
            }
            return css.toString();
        }
    }

    private final List<Line> swatches = new ArrayList<>();

    /** {@code horizontal}: the entries side by side (under a chart) rather than one above the other (beside it). */
    public ChartKey(boolean horizontal) {
        setSpacing(6);
        setPadding(new Insets(4, 6, 4, 6));
        getStyleClass().add("chart-key");
        this.horizontal = horizontal;
    }

    private final boolean horizontal;

    public void show(List<Entry> entries) {
        getChildren().clear();
        swatches.clear();
        javafx.scene.layout.Pane box = horizontal ? new javafx.scene.layout.FlowPane(16, 4) : new VBox(6);
        for (Entry e : entries) {
            Line swatch = new Line(0, 0, 26, 0);
            swatch.setStroke(Color.web(e.colour()));
            swatch.setStrokeWidth(e.width());
            swatch.setStrokeLineCap(StrokeLineCap.BUTT);
            swatch.getStrokeDashArray().setAll(e.dashes());
            swatch.setId("key-" + e.name());
            swatches.add(swatch);
            Label name = new Label(e.name());
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            if (e.tooltip() != null) {
                name.setTooltip(new javafx.scene.control.Tooltip(e.name() + ": " + e.figures() + " " + e.tooltip()));
            }
            HBox head = new HBox(6, swatch, name);
            head.setAlignment(Pos.CENTER_LEFT);
            if (e.figures() == null || e.figures().isEmpty()) {
                box.getChildren().add(head);
            } else {
                Label figures = new Label(e.figures());
                figures.getStyleClass().add("chart-key-figures");
                figures.setWrapText(true);
                figures.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                figures.setPadding(new Insets(0, 0, 0, 32));
                box.getChildren().add(new VBox(1, head, figures));
            }
        }
        getChildren().add(box);
    }

    /** The stretches of line, in the order of the entries (for tests). */
    public List<Line> swatches() {
        return List.copyOf(swatches);
    }
}
