package org.phoenixlab.app.architecture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;

/**
 * The dependency graph drawn over the components, routed by the layout: orthogonal lines in lanes
 * of their own through the channels between the layers, never through a box; the head at the end of
 * the component that needs the other (so an arrow also reads in the order repairs go: the needed one
 * first). The guests' needs are bundled into one arrow per kind. A badge numbers each component still
 * to be repaired in the order the global loop repairs them (read from the snapshot's repair queue),
 * in the top-right corner every box keeps free for it. Hidden until asked for.
 */
public final class DependencyOverlay extends Pane {
    private final Map<String, Label> badges = new LinkedHashMap<>();
    private final List<HostLayout.Edge> edges;

    DependencyOverlay(HostLayout layout) {
        setMouseTransparent(true);
        setPickOnBounds(false);
        setVisible(false);
        getStyleClass().add("dependency-overlay");
        this.edges = layout.edges();
        for (HostLayout.Box b : layout.boxes().values()) {
            if (b.look() != HostLayout.Look.TILE) {
                badged.put(b.id(), b);
            }
        }
        // The arrows are drawn the first time they are shown, the badges the first time they are needed: a
        // window that never shows them does not style or lay out nodes no one sees (a quicker start).
        visibleProperty().addListener((o, was, on) -> {
            if (on) {
                drawArrows();
            }
        });
    }

    private final Map<String, HostLayout.Box> badged = new LinkedHashMap<>();
    private boolean arrowsDrawn;

    private void drawArrows() {
        if (arrowsDrawn) {
            return;
        }
        arrowsDrawn = true;
        List<javafx.scene.Node> arrows = new java.util.ArrayList<>();
        for (HostLayout.Edge e : edges) {
            Polyline line = new Polyline();
            for (double[] p : e.points()) {
                line.getPoints().addAll(p[0], p[1]);
            }
            line.getStyleClass().add("dependency-edge");
            if (e.needs().equals(HostLayout.ALL_GUESTS)) {
                line.getStyleClass().add("dependency-bundle");
            }
            double[] head = e.head();
            double[] before = e.points().get(e.points().size() - 2);
            double angle = Math.atan2(head[1] - before[1], head[0] - before[0]);
            Polygon arrow = new Polygon(
                    head[0], head[1],
                    head[0] - Math.cos(angle - 0.45) * 9, head[1] - Math.sin(angle - 0.45) * 9,
                    head[0] - Math.cos(angle + 0.45) * 9, head[1] - Math.sin(angle + 0.45) * 9);
            arrow.getStyleClass().add("dependency-head");
            arrows.add(line);
            arrows.add(arrow);
        }
        getChildren().addAll(0, arrows); // under the badges
    }

    private Label badgeFor(String id) {
        Label badge = badges.get(id);
        HostLayout.Box b = badged.get(id);
        if (badge == null && b != null) {
            badge = new Label();
            badge.getStyleClass().add("repair-badge");
            badge.relocate(b.right() - 22, b.y() + 2);
            badges.put(id, badge);
            getChildren().add(badge);
        }
        return badge;
    }

    /** The routed arrows (for tests). */
    public List<HostLayout.Edge> edges() {
        return edges;
    }

    /** Numbers the components of {@code repairQueue} 1, 2, ... in its order; the others lose their badge. */
    void update(List<String> repairQueue) {
        badges.values().forEach(b -> b.setVisible(false));
        int n = 1;
        for (String id : repairQueue) {
            Label b = badgeFor(id);
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
