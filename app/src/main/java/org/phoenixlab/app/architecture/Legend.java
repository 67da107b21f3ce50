package org.phoenixlab.app.architecture;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.phoenixlab.app.util.Icons;
import org.phoenixlab.app.util.StateSymbols;
import org.phoenixlab.engine.model.ComponentState;

/**
 * The key to every mark of the drawing, each drawn as the drawing draws it: the states (colour,
 * symbol and word), the packets, XenStore's writes and hashes, the heartbeats with their deadline,
 * a migration's route, the dependency arrows and the repair order, Xoar's timers. Beside the
 * drawing, at its own size whatever the zoom; shown on demand and during lessons.
 */
public final class Legend extends ScrollPane {
    private final VBox rows = new VBox(3);

    public Legend() {
        getStyleClass().add("legend");
        setId("legend");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(212);
        setMinWidth(212);
        rows.setPadding(new Insets(6, 8, 8, 8));
        title("Legend");
        subtitle("States (colour, symbol and word)");
        for (ComponentState s : ComponentState.values()) {
            HBox row = new HBox(6, StateSymbols.node(s, 14), words(s.label()));
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("legend-state-" + s.id());
            rows.getChildren().add(row);
        }
        subtitle("Moving marks");
        row(g -> dot(g, "#1565c0", 5), "a packet on the I/O path");
        row(g -> dot(g, "#c62828", 5), "a lost packet, falling out");
        row(g -> dot(g, "#e65100", 7), "packets held in NetBack's shadow buffer");
        row(g -> {
            g.setFill(Color.web("#00695c"));
            g.fillRect(7, 5, 7, 7);
        }, "a XenStore write, copied to the replicas");
        row(g -> {
            g.setFill(Color.web("#ef6c00"));
            g.fillPolygon(new double[] {10, 15, 10, 5}, new double[] {3, 8, 13, 8}, 4);
        }, "a replica's hash, to the coordinator");
        row(g -> {
            g.setStroke(Color.web("#5e35b1"));
            g.setLineWidth(1.5);
            g.setLineDashes(4, 3);
            g.strokeLine(1, 8, 19, 8);
        }, "a live migration's route");
        subtitle("Heartbeats (lanes in the hypervisor)");
        row(g -> dot(g, "#6a1b9a", 5), "a ping (explicit heartbeat) and its answer");
        row(g -> {
            g.setStroke(Color.web("#6a1b9a"));
            g.setLineWidth(2);
            g.strokeOval(5, 3, 10, 10);
        }, "implicit: recent traffic, no ping needed");
        row(g -> {
            g.setFill(Color.web("#2e7d32"));
            g.fillRect(9, 2, 3, 12);
        }, "an answer, placed at how long it took");
        row(g -> {
            g.setStroke(Color.web("#c62828"));
            g.setLineWidth(2);
            g.strokeLine(10, 1, 10, 15);
        }, "the deadline (5 ms): later counts as dead");
        row(g -> {
            g.setFill(Color.web("#e65100"));
            g.fillRect(9, 2, 3, 12);
        }, "a late answer: running, but declared dead");
        row(g -> {
            g.setStroke(Color.web("#c62828"));
            g.setLineWidth(2);
            g.strokeLine(5, 3, 15, 13);
            g.strokeLine(5, 13, 15, 3);
        }, "no answer by the deadline");
        subtitle("Dependencies (D)");
        row(g -> {
            g.setStroke(Color.web("#6a1b9a"));
            g.setLineWidth(1.6);
            g.strokeLine(1, 8, 14, 8);
            g.setFill(Color.web("#6a1b9a"));
            g.fillPolygon(new double[] {19, 12, 12}, new double[] {8, 4, 12}, 3);
        }, "B to A: A needs B healthy, so B is repaired first");
        Label badge = new Label("2");
        badge.getStyleClass().add("repair-badge");
        entry(badge, "its place in the repair order");
        row(g -> {
            g.setStroke(Color.web("#8aa0bf"));
            g.setLineWidth(2);
            g.setLineDashes(6, 4);
            g.strokeLine(1, 8, 19, 8);
        }, "the I/O path: rings, NetBack, driver, NIC");
        entry(Icons.of(MaterialDesignT.TIMER_OUTLINE, 15), "Xoar: a restart on a timer, not a detection");
        setContent(rows);
    }

    private void title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("legend-title");
        rows.getChildren().add(l);
    }

    private void subtitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("legend-subtitle");
        l.setWrapText(true);
        rows.getChildren().add(l);
    }

    private Label words(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("legend-words");
        return l;
    }

    private void row(Consumer<GraphicsContext> mark, String text) {
        Canvas c = new Canvas(20, 16);
        mark.accept(c.getGraphicsContext2D());
        entry(c, text);
    }

    private void entry(Node mark, String text) {
        HBox mark20 = new HBox(mark);
        mark20.setMinWidth(20);
        mark20.setAlignment(Pos.CENTER);
        HBox row = new HBox(6, mark20, words(text));
        row.setAlignment(Pos.CENTER_LEFT);
        rows.getChildren().add(row);
    }

    private static void dot(GraphicsContext g, String colour, double r) {
        g.setFill(Color.web(colour));
        g.fillOval(10 - r, 8 - r, 2 * r, 2 * r);
    }
}
