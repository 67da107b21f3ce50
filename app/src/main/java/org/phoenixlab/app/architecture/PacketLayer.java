package org.phoenixlab.app.architecture;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * Packets drawn as dots on canvases (not a node per packet), moved by virtual time: at slow motion
 * single packets crawl along the I/O path; when the driver is down they stop at NetBack (held by the
 * shadow driver) or at the ring (nobody consumes); lost packets fall out of the ring in red. Heartbeats
 * pulse between the hypervisor and the unikernels (filled: explicit ping; hollow: implicit).
 * In software rendering, redrawing a canvas repaints everything under it, so there is one small canvas
 * per part of the path rather than one over the whole drawing.
 */
public final class PacketLayer extends Pane {
    /** A straight piece of the path, from (x1, y1) to (x2, y2), in the drawing's coordinates. */
    public record Segment(double x1, double y1, double x2, double y2) {
        double x(double f) {
            return x1 + (x2 - x1) * f;
        }

        double y(double f) {
            return y1 + (y2 - y1) * f;
        }
    }

    /** One guest's path: ring → NetBack, NetBack → driver, driver → NIC. */
    public record GuestPath(Segment toBackend, Segment toDriver, Segment toNic, double ringX, double ringY) {
    }

    /** Virtual time a dot takes to cross one segment. */
    private static final double CROSS_US = 4_000;
    private static final int MAX_DOTS = 6;
    private static final double MARGIN = 8;
    private static final double FALL = 26;

    private final List<GuestPath> paths = new ArrayList<>();
    /** TFD-Xen: the same guests' paths through the standby driver domain to the backup NIC, used after a fail-over. */
    private final List<GuestPath> standby = new ArrayList<>();
    private String standbyDevice;
    private final List<Segment> heartbeatLines = new ArrayList<>();
    private Canvas rings;
    private Canvas backend;
    private Canvas nic;
    private final List<Canvas> beats = new ArrayList<>();
    private long lostSeen = -1;
    private long lossFlashUntilUs;
    private final long[] lastBeatUs;
    private final boolean[] lastBeatExplicit;

    public PacketLayer(int heartbeatTargets) {
        setMouseTransparent(true);
        setPickOnBounds(false);
        lastBeatUs = new long[heartbeatTargets];
        lastBeatExplicit = new boolean[heartbeatTargets];
        java.util.Arrays.fill(lastBeatUs, -1_000_000_000L);
    }

    public void addPath(GuestPath p) {
        paths.add(p);
    }

    /** A path through the standby driver domain, taken while {@code device} carries the traffic. */
    public void addStandbyPath(GuestPath p, String device) {
        standby.add(p);
        standbyDevice = device;
    }

    public void addHeartbeatLine(Segment s) {
        heartbeatLines.add(s);
    }

    /** Makes the canvases once every segment is known. */
    public void build() {
        List<GuestPath> all = new ArrayList<>(paths);
        all.addAll(standby);
        rings = canvasOver(all.stream().map(GuestPath::toBackend).toList(), FALL);
        backend = canvasOver(all.stream().map(GuestPath::toDriver).toList(), 0);
        nic = canvasOver(all.stream().map(GuestPath::toNic).toList(), 0);
        for (Segment s : heartbeatLines) {
            beats.add(canvasOver(List.of(s), 0));
        }
    }

    private Canvas canvasOver(List<Segment> segs, double extraBelow) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Segment s : segs) {
            minX = Math.min(minX, Math.min(s.x1(), s.x2()));
            maxX = Math.max(maxX, Math.max(s.x1(), s.x2()));
            minY = Math.min(minY, Math.min(s.y1(), s.y2()));
            maxY = Math.max(maxY, Math.max(s.y1(), s.y2()));
        }
        Canvas c = new Canvas(maxX - minX + 2 * MARGIN, maxY - minY + 2 * MARGIN + extraBelow);
        c.relocate(minX - MARGIN, minY - MARGIN);
        getChildren().add(c);
        return c;
    }

    public void heartbeat(int target, long atUs, boolean explicit) {
        lastBeatUs[target] = atUs;
        lastBeatExplicit[target] = explicit;
    }

    private static GraphicsContext begin(Canvas c) {
        GraphicsContext g = c.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, c.getWidth(), c.getHeight());
        g.translate(-c.getLayoutX(), -c.getLayoutY()); // draw in the drawing's coordinates
        return g;
    }

    private boolean still;

    /** Reduced motion: packets stand still along their path (as many as the rate says), no falling losses, no moving beats. */
    public void still(boolean on) {
        this.still = on;
    }

    public void draw(long now, org.phoenixlab.engine.sim.TrafficView t, boolean stalled) {
        if (lostSeen >= 0 && t.lost() > lostSeen) {
            lossFlashUntilUs = now + 300_000;
        }
        lostSeen = t.lost();
        int dots = t.ratePps() == 0 ? 0 : (int) Math.max(1, Math.min(MAX_DOTS, t.ratePps() / 12_000));
        boolean atDriver = t.forwarding();
        boolean atBackend = t.forwarding() || t.buffered() > 0 || !stalled;
        double phase = still ? 0.1 : (now % (long) CROSS_US) / CROSS_US;
        GraphicsContext gr = begin(rings);
        GraphicsContext gb = begin(backend);
        GraphicsContext gn = begin(nic);
        Color blue = Color.web("#1565c0");
        gr.setFill(blue);
        gb.setFill(blue);
        gn.setFill(blue);
        List<GuestPath> shown = !standby.isEmpty() && standbyDevice.equals(t.activeNic()) ? standby : paths;
        for (GuestPath p : shown) {
            for (int k = 0; k < dots; k++) {
                double f = (phase + k / (double) dots) % 1.0;
                if (atBackend) {
                    dot(gr, p.toBackend(), f);
                }
                if (atDriver) {
                    dot(gb, p.toDriver(), f);
                    dot(gn, p.toNic(), f);
                }
            }
        }
        if (t.buffered() > 0 && !paths.isEmpty()) {
            gb.setFill(Color.web("#e65100"));
            Segment b = paths.get(0).toDriver();
            gb.fillOval(b.x1() - 5, b.y1() - 5, 10, 10); // piling up in NetBack's shadow buffer
        }
        if (now < lossFlashUntilUs) {
            gr.setFill(Color.web("#c62828"));
            for (GuestPath p : paths) {
                for (int k = 0; k < 3; k++) {
                    double fall = still ? 0.5 : ((now / 1_000.0 + k * 60) % 180) / 180.0;
                    gr.fillOval(p.ringX() - 14 + k * 12, p.ringY() + fall * (FALL - 6), 5, 5);
                }
            }
        }
        for (int i = 0; i < beats.size() && i < lastBeatUs.length; i++) {
            GraphicsContext g = begin(beats.get(i));
            long age = now - lastBeatUs[i];
            if (age >= 0 && age < 20_000 && !still) {
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

    /** A packet drawn once into a small image: copying it is far cheaper than rasterising a circle each frame. */
    private static final javafx.scene.image.Image PACKET = sprite(Color.web("#1565c0"), 6);

    private static javafx.scene.image.Image sprite(Color colour, int size) {
        javafx.scene.image.WritableImage img = new javafx.scene.image.WritableImage(size, size);
        double r = size / 2.0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double d = Math.hypot(x + 0.5 - r, y + 0.5 - r);
                double alpha = Math.max(0, Math.min(1, r - d + 0.5)); // soft edge, like an anti-aliased circle
                img.getPixelWriter().setColor(x, y, Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha));
            }
        }
        return img;
    }

    private static void dot(GraphicsContext g, Segment s, double f) {
        g.drawImage(PACKET, Math.round(s.x(f) - 3), Math.round(s.y(f) - 3));
    }
}
