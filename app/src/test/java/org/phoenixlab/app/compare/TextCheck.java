package org.phoenixlab.app.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Finds text that the screen does not show whole: cut with an ellipsis, or covering other words. */
final class TextCheck {
    private TextCheck() {
    }

    /** Every visible labelled control under {@code root} whose text is drawn shorter than it is. */
    static List<String> cut(Node root) {
        List<String> out = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && shown(l)) {
                for (Node c : l.getChildrenUnmodifiable()) {
                    if (c instanceof Text t && t.isVisible() && !t.getText().equals(l.getText())) {
                        out.add("'" + l.getText() + "' is drawn as '" + t.getText() + "' (" + l.getClass().getSimpleName() + ")");
                    }
                }
            }
        });
        return out;
    }

    /** Pairs of words over a chart's bars that cover each other, or words outside the chart's plot. */
    static List<String> overlapping(FigureBars chart) {
        List<String> out = new ArrayList<>();
        List<javafx.scene.control.Label> labels = new ArrayList<>();
        for (String s : org.phoenixlab.engine.strategy.StrategyCatalog.NAMES) {
            if (chart.label(s) != null) {
                labels.add(chart.label(s));
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            Bounds a = labels.get(i).localToScene(labels.get(i).getLayoutBounds());
            for (int j = i + 1; j < labels.size(); j++) {
                Bounds b = labels.get(j).localToScene(labels.get(j).getLayoutBounds());
                if (a.intersects(b)) {
                    out.add(chart.getTitle() + ": '" + labels.get(i).getText() + "' covers '" + labels.get(j).getText() + "'");
                }
            }
            Bounds plot = chart.getYAxis().localToScene(chart.getYAxis().getLayoutBounds());
            if (a.getMinY() < plot.getMinY() - 1 || a.getMaxY() > plot.getMaxY() + 1) {
                out.add(chart.getTitle() + ": '" + labels.get(i).getText() + "' is outside the plot");
            }
        }
        return out;
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private static void walk(Node n, java.util.function.Consumer<Node> visit) {
        visit.accept(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, visit);
            }
        }
    }
}
