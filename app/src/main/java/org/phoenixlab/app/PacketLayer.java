package org.phoenixlab.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.phoenixlab.engine.sim.Snapshot;

/**
 * Packets drawn as dots on one canvas (not a node per packet), moved by virtual time: at slow motion
 * single packets crawl along the I/O path; when the driver is down they stop at NetBack (held by the
 * shadow driver) or at the ring (nobody consumes); lost packets fall out of the ring in red. Heartbeats
 * pulse between the hypervisor and the unikernels (filled: explicit ping; hollow: implicit).
 */
final class PacketLayer extends Canvas {
    /** A straight piece of the path, from (x1, y1) to (x2, y2). */
    record Segment(double x1, double y1, double x2, double y2) {
        double x(double f) {
            return x1 + (x2 - x1) * f;
        }

        double y(double f) {
            return y1 + (y2 - y1) * f;
        }
    }

    /** One guest's path: ring → NetBack, NetBack → driver, driver → NIC. */
    record GuestPath(Segment toBackend, Segment toDriver, Segment toNic, double ringX, double ringY) {
    }

    /** Virtual time a dot takes to cross one segment. */
    private static final double CROSS_US = 4_000;
    private static final int MAX_DOTS = 6;

    private final List<GuestPath> paths = new ArrayList<>();
    private final List<Segment> heartbeatLines = new ArrayList<>();
    private long lostSeen = -1;
    private long lossFlashUntilUs;
    private final long[] lastBeatUs;
    private final boolean[] lastBeatExplicit;

    PacketLayer(double width, double height, int heartbeatTargets) {
        super(width, height);
        setMouseTransparent(true);
        lastBeatUs = new long[heartbeatTargets];
        lastBeatExplicit = new boolean[heartbeatTargets];
        java.util.Arrays.fill(lastBeatUs, -1_000_000_000L);
    }

    void addPath(GuestPath p) {
        paths.add(p);
    }

    void addHeartbeatLine(Segment s) {
        heartbeatLines.add(s);
    }

    void heartbeat(int target, long atUs, boolean explicit) {
        lastBeatUs[target] = atUs;
        lastBeatExplicit[target] = explicit;
    }

    void draw(Snapshot s) {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        long now = s.timeUs();
        var t = s.traffic();
        if (lostSeen >= 0 && t.lost() > lostSeen) {
            lossFlashUntilUs = now + 300_000;
        }
        lostSeen = t.lost();
        // How many dots: the rate the path carries, at most MAX_DOTS per segment.
        int dots = t.ratePps() == 0 ? 0 : (int) Math.max(1, Math.min(MAX_DOTS, t.ratePps() / 12_000));
        boolean atDriver = t.forwarding();
        boolean atBackend = t.forwarding() || t.buffered() > 0 || !isStalled(s);
        for (GuestPath p : paths) {
            double phase = (now % (long) CROSS_US) / CROSS_US;
            g.setFill(Color.web("#1565c0"));
            for (int k = 0; k < dots; k++) {
                double f = (phase + k / (double) dots) % 1.0;
                if (atBackend) {
                    dot(g, p.toBackend(), f);
                }
                if (atDriver) {
                    dot(g, p.toDriver(), f);
                    dot(g, p.toNic(), f);
                }
            }
            if (t.buffered() > 0) {
                g.setFill(Color.web("#e65100"));
                Segment b = p.toDriver();
                g.fillOval(b.x1() - 5, b.y1() - 5, 10, 10); // piling up in NetBack's shadow buffer
            }
            if (now < lossFlashUntilUs) {
                g.setFill(Color.web("#c62828"));
                for (int k = 0; k < 3; k++) {
                    double fall = ((now / 1_000.0 + k * 60) % 180) / 180.0;
                    g.fillOval(p.ringX() - 14 + k * 12, p.ringY() + fall * 24, 5, 5);
                }
            }
        }
        for (int i = 0; i < heartbeatLines.size() && i < lastBeatUs.length; i++) {
            long age = now - lastBeatUs[i];
            if (age >= 0 && age < 20_000) {
                Segment hb = heartbeatLines.get(i);
                double f = age / 20_000.0;
                double x = hb.x(f);
                double y = hb.y(f);
                if (lastBeatExplicit[i]) {
                    g.setFill(Color.web("#6a1b9a"));
                    g.fillOval(x - 5, y - 5, 10, 10);
                } else {
                    g.setStroke(Color.web("#6a1b9a"));
                    g.setLineWidth(2);
                    g.strokeOval(x - 5, y - 5, 10, 10);
                }
            }
        }
    }

    private static boolean isStalled(Snapshot s) {
        return s.component("net_uk/netback").map(c -> c.state() != org.phoenixlab.engine.model.ComponentState.HEALTHY
                && c.state() != org.phoenixlab.engine.model.ComponentState.DEGRADED).orElse(false)
                || s.component("net_uk").map(c -> !c.failure().isEmpty()
                || c.state() == org.phoenixlab.engine.model.ComponentState.REPAIRING).orElse(false);
    }

    private static void dot(GraphicsContext g, Segment s, double f) {
        g.fillOval(s.x(f) - 3, s.y(f) - 3, 6, 6);
    }
}
