package org.phoenixlab.app.architecture;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.phoenixlab.engine.trace.Payload;

/**
 * Heartbeats, one lane per heartbeated unikernel in the hypervisor, read from the trace. A lane is a
 * scale of the time since a ping, from 0 to twice the deadline, with the deadline marked: each answer
 * is a tick where it came (green within the deadline; orange past it: a late answer, which the
 * hypervisor takes for a crash), a missed one a red cross at the deadline, an implicit heartbeat (no
 * ping needed) a hollow ring at 0. The newest is drawn strong, the ones before it fade. Each ping also
 * pulses along the line between the hypervisor and the unikernel: up as the ping, down as the answer
 * (filled: explicit; hollow: implicit). A canvas is repainted only while something changes.
 */
public final class HeartbeatLayer extends Pane {
    /** Beats kept per lane. */
    static final int HISTORY = 6;
    /** Virtual time a pulse takes to cross on screen, each way. */
    static final long PULSE_US = 10_000;

    /** One beat as drawn: when the ping left, when the answer came (-1: none), explicit or implicit. */
    public record Beat(long sentUs, long answeredUs, boolean explicit, boolean onTime) {
    }

    private final List<HostLayout.Lane> lanes;
    private final Map<String, ArrayDeque<Beat>> beats = new LinkedHashMap<>();
    private final Map<String, Canvas> laneCanvas = new LinkedHashMap<>();
    private final Map<String, Canvas> pulseCanvas = new LinkedHashMap<>();
    private final java.util.Set<String> laneDirty = new java.util.TreeSet<>();
    private final java.util.Set<String> laneMoving = new java.util.TreeSet<>();
    private final java.util.Set<String> pulseMoving = new java.util.TreeSet<>();
    private long deadlineUs;
    private boolean dirty = true;

    HeartbeatLayer(List<HostLayout.Lane> lanes, long deadlineUs) {
        this.lanes = lanes;
        this.deadlineUs = deadlineUs;
        setMouseTransparent(true);
        setPickOnBounds(false);
        // Small canvases, each redrawn only when its own lane or pulse changes: under software rendering a redrawn
        // canvas is a region repainted with everything beneath it, so one wide canvas would repaint the whole row.
        for (HostLayout.Lane l : lanes) {
            beats.put(l.component(), new ArrayDeque<>());
            Canvas c = new Canvas(l.width(), l.height());
            c.relocate(l.x(), l.y());
            laneCanvas.put(l.component(), c);
            HostLayout.Line p = l.pulse();
            Canvas pc = new Canvas(16, Math.abs(p.y1() - p.y2()) + 12);
            pc.relocate(p.x1() - 8, Math.min(p.y1(), p.y2()) - 6);
            pulseCanvas.put(l.component(), pc);
            getChildren().addAll(c, pc);
        }
    }

    void deadline(long us) {
        deadlineUs = us;
        dirty = true;
    }

    void reset() {
        beats.values().forEach(ArrayDeque::clear);
        dirty = true;
    }

    /** One heartbeat event of the trace. */
    void beat(String component, long atUs, Payload.Heartbeat hb) {
        ArrayDeque<Beat> q = beats.get(component);
        if (q == null) {
            return;
        }
        Beat b;
        if (!hb.explicit()) {
            b = new Beat(atUs, atUs, false, true);
        } else if (hb.answered()) {
            b = new Beat(atUs, atUs + Math.max(0, hb.answerUs()), true, true); // recorded when the ping left
        } else {
            long sent = atUs - deadlineUs; // recorded at the deadline
            b = new Beat(sent, hb.answerUs() >= 0 ? sent + hb.answerUs() : -1, true, false);
        }
        q.addLast(b);
        while (q.size() > HISTORY) {
            q.removeFirst();
        }
        laneDirty.add(component);
    }

    /** The beats of a lane, oldest first (for tests). */
    public List<Beat> beats(String component) {
        ArrayDeque<Beat> q = beats.get(component);
        return q == null ? List.of() : new ArrayList<>(q);
    }

    /** The components with a lane. */
    public List<String> laneComponents() {
        return lanes.stream().map(HostLayout.Lane::component).toList();
    }

    private boolean still;

    /** Reduced motion: no pulse climbs to the components; the lanes still show each beat where it landed. */
    public void still(boolean on) {
        this.still = on;
        dirty = true;
    }

    void draw(long nowUs) {
        for (HostLayout.Lane l : lanes) {
            String c = l.component();
            Beat b = beats.get(c).peekLast();
            boolean inFlight = false;
            boolean pulse = false;
            if (b != null && nowUs >= b.sentUs()) {
                long end = b.answeredUs() >= 0 ? b.answeredUs() : b.sentUs() + deadlineUs;
                inFlight = b.explicit() && nowUs < end; // the time since the ping grows on the lane
                pulse = !still && nowUs - b.sentUs() < PULSE_US
                        || !still && b.answeredUs() >= 0 && nowUs >= b.answeredUs() && nowUs - b.answeredUs() < PULSE_US;
            }
            if (dirty || laneDirty.contains(c) || inFlight || laneMoving.contains(c)) { // once more when it stops, to leave it at rest
                Canvas canvas = laneCanvas.get(c);
                GraphicsContext g = canvas.getGraphicsContext2D();
                g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
                drawLane(g, canvas.getWidth(), canvas.getHeight(), beats.get(c), nowUs);
            }
            if (pulse || pulseMoving.contains(c)) {
                Canvas canvas = pulseCanvas.get(c);
                GraphicsContext g = canvas.getGraphicsContext2D();
                g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
                if (pulse) {
                    drawPulse(g, l, b, nowUs);
                }
            }
            setIf(laneMoving, c, inFlight);
            setIf(pulseMoving, c, pulse);
        }
        laneDirty.clear();
        dirty = false;
    }

    private static void setIf(java.util.Set<String> set, String c, boolean on) {
        if (on) {
            set.add(c);
        } else {
            set.remove(c);
        }
    }

    private void drawLane(GraphicsContext g, double w, double h, ArrayDeque<Beat> q, long nowUs) {
        double left = 4;
        double right = w - 4;
        double mid = h - 5; // the scale near the bottom, the deadline's words above it
        double span = 2.0 * deadlineUs;
        g.setStroke(Color.web("#7b8794"));
        g.setLineWidth(1);
        g.strokeLine(left, mid, right, mid);
        double dx = left + (right - left) * deadlineUs / span;
        g.setStroke(Color.web("#c62828"));
        g.setLineWidth(2);
        g.strokeLine(dx, Math.max(1, mid - 10), dx, mid + 4);
        g.setFill(Color.web("#e53935")); // readable on the light and the dark hypervisor box
        g.setFont(Font.font("DejaVu Sans", 11));
        String label = Math.round(deadlineUs / 1000.0) + " ms";
        g.fillText(label, Math.min(dx + 4, right - 30), mid - 2);
        int i = 0;
        int n = q.size();
        for (Beat b : q) {
            i++;
            if (b.sentUs() > nowUs) {
                continue;
            }
            double alpha = i == n ? 1.0 : 0.25 + 0.5 * i / n;
            double size = i == n ? 5 : 3.5;
            if (!b.explicit()) {
                g.setStroke(Color.web("#6a1b9a", alpha));
                g.setLineWidth(1.5);
                g.strokeOval(left - size + 2, mid - size, 2 * size, 2 * size);
                continue;
            }
            if (b.answeredUs() >= 0 && b.answeredUs() <= nowUs) {
                double f = Math.min(1, (b.answeredUs() - b.sentUs()) / span);
                double x = left + (right - left) * f;
                g.setFill(b.onTime() ? Color.web("#2e7d32", alpha) : Color.web("#e65100", alpha));
                g.fillRect(x - 1.5, Math.max(0, mid - 2 * size), 3, 2 * size + 3);
                if (!b.onTime() && i == n) {
                    g.fillText(org.phoenixlab.app.util.Messages.get("drawing.late"), Math.min(x + 3, right - 22), mid - 2);
                }
            } else if (!b.onTime() && nowUs >= b.sentUs() + deadlineUs) {
                g.setStroke(Color.web("#c62828", alpha));
                g.setLineWidth(2);
                g.strokeLine(dx - size, mid - size, dx + size, mid + size);
                g.strokeLine(dx - size, mid + size, dx + size, mid - size);
            } else if (i == n) { // in flight: the time since the ping, growing
                double f = Math.min(1, (nowUs - b.sentUs()) / span);
                g.setFill(Color.web("#6a1b9a"));
                g.fillOval(left + (right - left) * f - 3, mid - 3, 6, 6);
            }
        }
    }

    private void drawPulse(GraphicsContext g, HostLayout.Lane l, Beat b, long nowUs) {
        if (b == null || nowUs < b.sentUs()) {
            return;
        }
        HostLayout.Line p = l.pulse();
        Canvas c = pulseCanvas.get(l.component());
        double top = Math.min(p.y1(), p.y2()) - c.getLayoutY();
        double bottom = Math.max(p.y1(), p.y2()) - c.getLayoutY();
        double x = p.x1() - c.getLayoutX();
        double up = (nowUs - b.sentUs()) / (double) PULSE_US;
        double y;
        boolean answer;
        if (up < 1) {
            y = bottom + (top - bottom) * up; // the ping climbs from the hypervisor
            answer = false;
        } else if (b.answeredUs() >= 0 && nowUs >= b.answeredUs() && nowUs - b.answeredUs() < PULSE_US) {
            y = top + (bottom - top) * ((nowUs - b.answeredUs()) / (double) PULSE_US); // the answer comes down
            answer = true;
        } else {
            return;
        }
        g.setStroke(Color.web("#6a1b9a", 0.35));
        g.setLineWidth(1);
        g.strokeLine(x, top, x, bottom);
        Color colour = answer && !b.onTime() ? Color.web("#e65100") : Color.web("#6a1b9a");
        if (b.explicit()) {
            g.setFill(colour);
            g.fillOval(x - 5, y - 5, 10, 10);
        } else {
            g.setStroke(colour);
            g.setLineWidth(2);
            g.strokeOval(x - 5, y - 5, 10, 10);
        }
    }
}
