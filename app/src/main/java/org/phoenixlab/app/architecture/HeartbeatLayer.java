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
    private final Canvas laneCanvas;
    private final Canvas pulseCanvas;
    private long deadlineUs;
    private boolean dirty = true;
    private boolean lanesMoving;
    private boolean pulsesMoving;

    HeartbeatLayer(List<HostLayout.Lane> lanes, long deadlineUs) {
        this.lanes = lanes;
        this.deadlineUs = deadlineUs;
        setMouseTransparent(true);
        setPickOnBounds(false);
        // One canvas for every lane and one for every pulse: in software rendering each canvas redrawn is a region
        // repainted, and many small regions get merged into one large one.
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double laneTop = Double.MAX_VALUE;
        double laneBottom = -Double.MAX_VALUE;
        double pulseTop = Double.MAX_VALUE;
        double pulseBottom = -Double.MAX_VALUE;
        for (HostLayout.Lane l : lanes) {
            beats.put(l.component(), new ArrayDeque<>());
            minX = Math.min(minX, l.x());
            maxX = Math.max(maxX, Math.max(l.x() + l.width(), l.pulse().x1() + 8));
            laneTop = Math.min(laneTop, l.y());
            laneBottom = Math.max(laneBottom, l.y() + l.height());
            pulseTop = Math.min(pulseTop, Math.min(l.pulse().y1(), l.pulse().y2()) - 6);
            pulseBottom = Math.max(pulseBottom, Math.max(l.pulse().y1(), l.pulse().y2()) + 6);
        }
        if (lanes.isEmpty()) {
            laneCanvas = new Canvas(1, 1);
            pulseCanvas = new Canvas(1, 1);
        } else {
            laneCanvas = new Canvas(maxX - minX, laneBottom - laneTop);
            laneCanvas.relocate(minX, laneTop);
            pulseCanvas = new Canvas(maxX - minX + 16, pulseBottom - pulseTop);
            pulseCanvas.relocate(minX - 8, pulseTop);
        }
        getChildren().addAll(laneCanvas, pulseCanvas);
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
        dirty = true;
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

    void draw(long nowUs) {
        boolean inFlight = false;
        boolean pulse = false;
        for (ArrayDeque<Beat> q : beats.values()) {
            Beat b = q.peekLast();
            if (b == null || nowUs < b.sentUs()) {
                continue;
            }
            long end = b.answeredUs() >= 0 ? b.answeredUs() : b.sentUs() + deadlineUs;
            inFlight |= b.explicit() && nowUs < end; // the time since the ping grows on the lane
            pulse |= nowUs - b.sentUs() < PULSE_US || b.answeredUs() >= 0 && nowUs >= b.answeredUs() && nowUs - b.answeredUs() < PULSE_US;
        }
        if (dirty || inFlight || lanesMoving) { // once more after the movement stops, to leave it at rest
            GraphicsContext g = laneCanvas.getGraphicsContext2D();
            g.clearRect(0, 0, laneCanvas.getWidth(), laneCanvas.getHeight());
            for (HostLayout.Lane l : lanes) {
                g.save();
                g.translate(l.x() - laneCanvas.getLayoutX(), l.y() - laneCanvas.getLayoutY());
                drawLane(g, l.width(), l.height(), beats.get(l.component()), nowUs);
                g.restore();
            }
        }
        if (pulse || pulsesMoving) {
            GraphicsContext g = pulseCanvas.getGraphicsContext2D();
            g.clearRect(0, 0, pulseCanvas.getWidth(), pulseCanvas.getHeight());
            if (pulse) {
                for (HostLayout.Lane l : lanes) {
                    drawPulse(g, l, beats.get(l.component()).peekLast(), nowUs);
                }
            }
        }
        lanesMoving = inFlight;
        pulsesMoving = pulse;
        dirty = false;
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
                    g.fillText("late", Math.min(x + 3, right - 22), mid - 2);
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
        double top = Math.min(p.y1(), p.y2()) - pulseCanvas.getLayoutY();
        double bottom = Math.max(p.y1(), p.y2()) - pulseCanvas.getLayoutY();
        double x = p.x1() - pulseCanvas.getLayoutX();
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
