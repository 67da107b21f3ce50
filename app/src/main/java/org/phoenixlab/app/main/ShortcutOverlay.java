package org.phoenixlab.app.main;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.phoenixlab.app.help.HelpWindow;

/**
 * Every key of the window at a glance, over the drawing (the ? key, and ? or Escape again to close): the
 * same rows as Help's shortcuts page, which reads them from the declared actions.
 */
public final class ShortcutOverlay extends StackPane {
    private final Button close = new Button(org.phoenixlab.app.util.Messages.get("overlay.close"));
    private final List<HelpWindow.Shortcut> rows;
    private Runnable onClosed = () -> { };

    ShortcutOverlay(List<HelpWindow.Shortcut> rows) {
        this.rows = List.copyOf(rows);
        setId("shortcut-overlay");
        getStyleClass().add("first-start-veil");
        Label title = new Label(org.phoenixlab.app.util.Messages.get("overlay.title"));
        title.getStyleClass().add("first-start-title");
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(3);
        int r = 0;
        for (HelpWindow.Shortcut s : this.rows) {
            Label key = new Label(s.keys());
            key.getStyleClass().add("help-term");
            key.setMinWidth(USE_PREF_SIZE);
            Label does = new Label(s.does());
            does.setWrapText(true);
            does.setMaxWidth(560);
            grid.addRow(r++, key, does);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        close.setId("shortcut-overlay-close");
        close.setCancelButton(false);
        close.setOnAction(e -> close());
        VBox card = new VBox(10, title, scroll, close);
        card.getStyleClass().add("first-start-card");
        card.setPadding(new Insets(16));
        card.setMaxSize(760, 560);
        card.setAccessibleRole(AccessibleRole.NODE);
        card.setAccessibleText("Keyboard shortcuts");
        StackPane.setAlignment(card, Pos.CENTER);
        getChildren().add(card);
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
    }

    void onClosed(Runnable r) {
        this.onClosed = r;
    }

    /** Puts the keyboard on its Close button. */
    void takeFocus() {
        close.requestFocus();
    }

    private void close() {
        onClosed.run();
    }

    /** The rows shown, key and what it does (for tests). */
    public List<HelpWindow.Shortcut> rows() {
        return rows;
    }
}
