package org.phoenixlab.app.main;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import org.phoenixlab.app.architecture.Zoom;
import org.phoenixlab.app.prefs.WindowMemory;

/**
 * The divider between the drawing and the panels below it. The user's own position is remembered between
 * runs. While the lesson panel narrows the drawing (fitted to the width, so below 100 %), the drawing needs
 * less height: the divider then moves up to it, so the event log gets the room, and goes back when the
 * panel closes. Those automatic moves are not remembered as the user's; a drag by the user is kept.
 */
public final class DividerFit {
    private final SplitPane split;
    private final ScrollPane drawing;
    private final Supplier<Node> content;
    private final javafx.scene.layout.Region under;
    private double before = Double.NaN;
    private double target = Double.NaN;

    /** {@code under}: what sits below the drawing in the same part of the split (the caption). */
    public DividerFit(SplitPane split, ScrollPane drawing, Supplier<Node> content, WindowMemory memory, javafx.scene.layout.Region under) {
        this.split = split;
        this.drawing = drawing;
        this.content = content;
        this.under = under;
        split.setDividerPositions(memory.divider());
        // Only a drag is the user's choice. The split pane also moves the divider on its own (a window made
        // too short for the panels' minimum heights, the program's fits): such moves are not remembered.
        split.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> pressedAt = position());
        split.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
            double now = position();
            if (Math.abs(now - pressedAt) > 1e-4) {
                memory.rememberDivider(now);
                before = Double.NaN; // moved by hand: that position stays
                target = Double.NaN;
            }
        });
    }

    private double pressedAt = Double.NaN;

    private double position() {
        return split.getDividerPositions()[0];
    }

    /**
     * Gives the drawing only the height it needs at its present scale, if that frees room below; called
     * again (another drawing), never past the position the user had.
     */
    public void fitDrawing() {
        Node n = content.get();
        double total = split.getHeight();
        if (n == null || total <= 0) {
            return;
        }
        double needed = n.getBoundsInParent().getHeight() + drawing.snappedTopInset() + drawing.snappedBottomInset()
                + under.getHeight();
        if (n.getBoundsInParent().getWidth() > drawing.getViewportBounds().getWidth() + 0.5) {
            needed += Zoom.barThickness(drawing, javafx.geometry.Orientation.HORIZONTAL); // the zoom went no smaller than its floor: the drawing scrolls sideways
        }
        double users = Double.isNaN(before) ? split.getDividerPositions()[0] : before;
        double wanted = Math.min(users, (needed + 6) / total); // 6: about half the divider, and a pixel to spare
        if (wanted < users - 0.01) {
            before = users;
            set(wanted);
        } else {
            restore();
        }
    }

    /** Puts the divider back where it was before {@link #fitDrawing()} moved it. */
    public void restore() {
        if (!Double.isNaN(before)) {
            set(before);
            before = Double.NaN;
        }
    }

    private void set(double position) {
        target = position;
        split.setDividerPositions(position);
    }
}
