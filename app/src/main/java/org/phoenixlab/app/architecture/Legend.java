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
import org.phoenixlab.app.util.Messages;
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
        title(Messages.get("legend.title"));
        subtitle(Messages.get("legend.states"));
        for (ComponentState s : ComponentState.values()) {
            HBox row = new HBox(6, StateSymbols.node(s, 14), words(StateSymbols.word(s)));
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("legend-state-" + s.id());
            rows.getChildren().add(row);
        }
        subtitle(Messages.get("legend.moving"));
        row(g -> dot(g, "#1565c0", 5), Messages.get("legend.packet"));
        row(g -> dot(g, "#c62828", 5), Messages.get("legend.lostPacket"));
        row(g -> dot(g, "#e65100", 7), Messages.get("legend.held"));
        row(g -> {
            g.setFill(Color.web("#00695c"));
            g.fillRect(7, 5, 7, 7);
        }, Messages.get("legend.xenstoreWrite"));
        row(g -> {
            g.setFill(Color.web("#ef6c00"));
            g.fillPolygon(new double[] {10, 15, 10, 5}, new double[] {3, 8, 13, 8}, 4);
        }, Messages.get("legend.hash"));
        row(g -> {
            g.setStroke(Color.web("#5e35b1"));
            g.setLineWidth(1.5);
            g.setLineDashes(4, 3);
            g.strokeLine(1, 8, 19, 8);
        }, Messages.get("legend.migration"));
        subtitle(Messages.get("legend.heartbeats"));
        row(g -> dot(g, "#6a1b9a", 5), Messages.get("legend.ping"));
        row(g -> {
            g.setStroke(Color.web("#6a1b9a"));
            g.setLineWidth(2);
            g.strokeOval(5, 3, 10, 10);
        }, Messages.get("legend.implicit"));
        row(g -> {
            g.setFill(Color.web("#2e7d32"));
            g.fillRect(9, 2, 3, 12);
        }, Messages.get("legend.answer"));
        row(g -> {
            g.setStroke(Color.web("#c62828"));
            g.setLineWidth(2);
            g.strokeLine(10, 1, 10, 15);
        }, Messages.get("legend.deadline"));
        row(g -> {
            g.setFill(Color.web("#e65100"));
            g.fillRect(9, 2, 3, 12);
        }, Messages.get("legend.late"));
        row(g -> {
            g.setStroke(Color.web("#c62828"));
            g.setLineWidth(2);
            g.strokeLine(5, 3, 15, 13);
            g.strokeLine(5, 13, 15, 3);
        }, Messages.get("legend.noAnswer"));
        subtitle(Messages.get("legend.dependencies"));
        row(g -> {
            g.setStroke(Color.web("#6a1b9a"));
            g.setLineWidth(1.6);
            g.strokeLine(1, 8, 14, 8);
            g.setFill(Color.web("#6a1b9a"));
            g.fillPolygon(new double[] {19, 12, 12}, new double[] {8, 4, 12}, 3);
        }, Messages.get("legend.dependency"));
        Label badge = new Label("2");
        badge.getStyleClass().add("repair-badge");
        entry(badge, Messages.get("legend.order"));
        row(g -> {
            g.setStroke(Color.web("#8aa0bf"));
            g.setLineWidth(2);
            g.setLineDashes(6, 4);
            g.strokeLine(1, 8, 19, 8);
        }, Messages.get("legend.ioPath"));
        entry(Icons.of(MaterialDesignT.TIMER_OUTLINE, 15), Messages.get("legend.timer"));
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
