package org.phoenixlab.app.architecture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.phoenixlab.engine.model.Topology;

/**
 * The dependency graph drawn over the components ("A → B": A needs B healthy), with a badge that
 * numbers each component still to be repaired in the order the global loop repairs them (read from
 * the snapshot's repair queue). Hidden until asked for.
 */
final class DependencyOverlay extends Pane {
    private final Map<String, Label> badges = new LinkedHashMap<>();

    DependencyOverlay(Topology topology, HostLayout layout) {
        setMouseTransparent(true);
        setVisible(false);
        getStyleClass().add("dependency-overlay");
        Map<String, HostLayout.Box> boxes = layout.boxes();
        for (List<String> edge : topology.dependencies().edges()) {
            HostLayout.Box from = boxes.get(edge.get(0));
            HostLayout.Box to = boxes.get(edge.get(1));
            if (from != null && to != null) {
                arrow(from, to);
            }
        }
        for (String id : topology.dependencies().nodes()) {
            HostLayout.Box b = boxes.get(id);
            if (b != null) {
                Label badge = new Label();
                badge.getStyleClass().add("repair-badge");
                badge.relocate(b.right() - 14, b.y() - 10);
                badge.setVisible(false);
                badges.put(id, badge);
                getChildren().add(badge);
            }
        }
        Label legend = new Label("Arrows: A \u2192 B means A needs B healthy. Numbers: the order the global loop repairs in.");
        legend.getStyleClass().add("overlay-legend");
        legend.relocate(layout.legendX(), layout.legendY());
        getChildren().add(legend);
    }

    /** An arrow edge to edge, never through a box's middle (where a container's parts are drawn). */
    private void arrow(HostLayout.Box from, HostLayout.Box to) {
        double x1;
        double y1;
        double x2;
        double y2;
        if (to.y() >= from.bottom()) { // between layers, top to bottom
            x1 = from.centreX();
            y1 = from.bottom();
            x2 = to.x() + Math.min(to.width() / 2, 70);
            y2 = to.y();
        } else if (to.bottom() <= from.y()) { // between layers, bottom to top
            x1 = from.centreX();
            y1 = from.y();
            x2 = to.centreX();
            y2 = to.bottom();
        } else { // within a row, from side to side along the title line
            boolean right = to.x() > from.x();
            x1 = right ? from.right() : from.x();
            y1 = from.y() + 14;
            x2 = right ? to.x() : to.right();
            y2 = to.y() + 14;
        }
        Line l = new Line(x1, y1, x2, y2);
        l.getStyleClass().add("dependency-edge");
        double angle = Math.atan2(y2 - y1, x2 - x1);
        Polygon head = new Polygon(
                x2, y2,
                x2 - Math.cos(angle - 0.4) * 10, y2 - Math.sin(angle - 0.4) * 10,
                x2 - Math.cos(angle + 0.4) * 10, y2 - Math.sin(angle + 0.4) * 10);
        head.getStyleClass().add("dependency-head");
        getChildren().addAll(l, head);
    }

    /** Numbers the components of {@code repairQueue} 1, 2, ... in its order; the others lose their badge. */
    void update(List<String> repairQueue) {
        badges.values().forEach(b -> b.setVisible(false));
        int n = 1;
        for (String id : repairQueue) {
            Label b = badges.get(id);
            if (b != null) {
                b.setText(String.valueOf(n++));
                b.setVisible(true);
            }
        }
    }

    /** The badge of a component, if it has one now. */
    Optional<String> badge(String id) {
        Label b = badges.get(id);
        return b == null || !b.isVisible() ? Optional.empty() : Optional.of(b.getText());
    }
}
