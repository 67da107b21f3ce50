package org.phoenixlab.app.architecture;

import org.phoenixlab.app.util.Messages;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.phoenixlab.engine.trace.Payload;
import org.phoenixlab.engine.trace.TraceEvent;

/**
 * The control-plane animation, read from the trace: each XenStore write travels from tool_uk to the
 * master replica and fans out to the other replicas, and each replica's hash flows down to the
 * master coordinator (squares: data, diamonds: hashes); a live migration streams pages from the guest
 * to the remote host, then the guest's outline crosses over, its phase written along the way. Both
 * move with virtual time, like the packets. A canvas is only repainted while something moves.
 */
public final class FlowLayer extends Pane {
    /** Virtual time a write (or a hash) takes to cross on screen: long enough to be seen in slow motion. */
    public static final long WRITE_US = 30_000;
    /** Virtual time a page takes from the guest to the remote host on screen. */
    private static final long PAGE_US = 400_000;
    private static final int MAX_WRITES = 40;

    /**
     * Where the pieces are, in the drawing's coordinates: XenStore's replicas and coordinators and
     * the guests by component id (in order), and the guests' names as the screen writes them.
     */
    public record Places(Bounds toolUk, Map<String, Bounds> replicas, Map<String, Bounds> coordinators, Bounds remoteHost,
            Map<String, Bounds> guests, Map<String, String> guestLabels, double routeY, double routeX) {
    }

    /** A write seen in the trace: when, and to how many replicas. */
    private record Write(long atUs, int replicas) {
    }

    /** A migration under way: the guest, its phase and when the phase began. */
    private record Migration(String vm, String phase, long sinceUs) {
    }

    private final Places places;
    private final Canvas xenstore;
    private final Canvas migration;
    private final ArrayDeque<Write> writes = new ArrayDeque<>();
    private final Map<String, Migration> migrations = new LinkedHashMap<>();
    private String masterReplica;
    private String masterCoordinator;
    private boolean xenstoreDirty;
    private boolean migrationDirty;

    public FlowLayer(Places places) {
        this.places = places;
        setMouseTransparent(true);
        setPickOnBounds(false);
        Bounds[] replicas = places.replicas().values().toArray(new Bounds[0]);
        Bounds firstCoord = places.coordinators().isEmpty() ? replicas[0] : places.coordinators().values().iterator().next();
        Rectangle2D xs = union(places.toolUk(), replicas[0], firstCoord, replicas[replicas.length - 1]);
        xenstore = canvas(xs, 10);
        // The migration route: up from a guest to the strip above the guests, to the right edge, down to the remote host.
        Rectangle2D mig = union(places.remoteHost(), places.guests().values().toArray(new Bounds[0]));
        double top = Math.max(3, Math.min(mig.getMinY(), places.routeY() - 20)); // never above the drawing's top: it would grow it
        mig = new Rectangle2D(mig.getMinX(), top, Math.max(mig.getMaxX(), places.routeX()) - mig.getMinX(), mig.getMaxY() - top);
        migration = canvas(mig, 3); // a small margin: the route runs along the drawing's right edge, which it must not widen
    }

    private Canvas canvas(Rectangle2D r, double margin) {
        Canvas c = new Canvas(r.getWidth() + 2 * margin, r.getHeight() + 2 * margin);
        c.relocate(r.getMinX() - margin, r.getMinY() - margin);
        getChildren().add(c);
        return c;
    }

    private static Rectangle2D union(Bounds first, Bounds... more) {
        double minX = first.getMinX();
        double minY = first.getMinY();
        double maxX = first.getMaxX();
        double maxY = first.getMaxY();
        for (Bounds b : more) {
            minX = Math.min(minX, b.getMinX());
            minY = Math.min(minY, b.getMinY());
            maxX = Math.max(maxX, b.getMaxX());
            maxY = Math.max(maxY, b.getMaxY());
        }
        return new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
    }

    /** Forgets everything (the run was rebuilt from its start). */
    public void reset() {
        writes.clear();
        migrations.clear();
        masterReplica = null;
        masterCoordinator = null;
        xenstoreDirty = true;
        migrationDirty = true;
    }

    /**
     * After {@link #reset()}, what the run had settled before the events this layer will be shown
     * again: the masters and the migrations under way, as the engine's snapshot has them (a seek in a
     * long run replays only its last seconds of trace, not the whole of it).
     */
    public void seed(org.phoenixlab.engine.sim.Snapshot s) {
        if (s == null) {
            return;
        }
        if (s.xenstore() != null) {
            masterReplica = s.xenstore().masterReplica();
            masterCoordinator = s.xenstore().masterCoordinator();
        }
        for (org.phoenixlab.engine.sim.VmOperationView op : s.operations()) {
            if ("migrate".equals(op.operation()) && op.succeeded() == null) {
                migrations.put(op.vm(), new Migration(op.vm(), op.phase(), op.startedUs()));
            }
        }
        xenstoreDirty = true;
        migrationDirty = true;
    }

    /** Takes note of one trace event, in trace order. */
    public void see(TraceEvent e) {
        Payload payload = e.payload();
        if (payload instanceof Payload.XenStoreWrite w) {
            writes.addLast(new Write(e.timeUs(), w.replicas()));
            if (writes.size() > MAX_WRITES) {
                writes.removeFirst();
            }
        } else if (payload instanceof Payload.MasterElected m) {
            if (places.replicas().containsKey(e.component())) {
                masterReplica = e.component();
            } else if (places.coordinators().containsKey(e.component())) {
                masterCoordinator = e.component();
            }
        } else if (payload instanceof Payload.OperationPhase p && "migrate".equals(p.operation())) {
            if ("done".equals(p.phase()) || "failed".equals(p.phase())) {
                migrations.remove(p.vm());
            } else {
                migrations.put(p.vm(), new Migration(p.vm(), p.phase(), e.timeUs()));
            }
            migrationDirty = true;
        }
    }

    /** Number of XenStore writes still crossing the screen at {@code nowUs} (for tests). */
    public int writesInFlight(long nowUs) {
        int n = 0;
        for (Write w : writes) {
            if (nowUs >= w.atUs() && nowUs - w.atUs() < 2 * WRITE_US) {
                n++;
            }
        }
        return n;
    }

    /** The XenStore replica the dots start from, the master (for tests). */
    public String masterReplicaShown() {
        return masterReplica;
    }

    /** The migrations shown now, as "vm: phase" (for tests). */
    public java.util.List<String> migrationsShown() {
        return migrations.values().stream().map(m -> m.vm() + ": " + m.phase()).toList();
    }

    public void draw(long nowUs) {
        drawXenStore(nowUs);
        drawMigrations(nowUs);
    }

    private static GraphicsContext begin(Canvas c) {
        GraphicsContext g = c.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, c.getWidth(), c.getHeight());
        g.translate(-c.getLayoutX(), -c.getLayoutY());
        return g;
    }

    private void drawXenStore(long nowUs) {
        boolean active = writesInFlight(nowUs) > 0;
        if (!active && !xenstoreDirty) {
            return; // nothing moved since the last clear
        }
        xenstoreDirty = active;
        GraphicsContext g = begin(xenstore);
        if (!active) {
            return;
        }
        Bounds[] replicas = places.replicas().values().toArray(new Bounds[0]);
        Bounds master = places.replicas().getOrDefault(masterReplica, replicas[0]);
        Bounds coordinator = places.coordinators().isEmpty() ? null : places.coordinators().getOrDefault(masterCoordinator,
                places.coordinators().values().iterator().next());
        Bounds tool = places.toolUk();
        for (Write w : writes) {
            long age = nowUs - w.atUs();
            if (age < 0 || age >= 2 * WRITE_US) {
                continue;
            }
            if (age < WRITE_US) { // first half: tool_uk's request reaches the master, which copies it on
                double f = age / (double) WRITE_US;
                g.setFill(Color.web("#00695c"));
                square(g, lerp(tool.getMinX(), master.getCenterX(), f), lerp(tool.getMinY() + 20, master.getMinY(), f));
                if (w.replicas() > 1) {
                    for (int i = 0; i < replicas.length && i < w.replicas(); i++) {
                        if (replicas[i] != master) {
                            square(g, lerp(master.getCenterX(), replicas[i].getCenterX(), f), master.getMinY() - 2);
                        }
                    }
                }
            } else if (w.replicas() > 1 && coordinator != null) { // second half: each replica's hash goes to the coordinator
                double f = (age - WRITE_US) / (double) WRITE_US;
                g.setFill(Color.web("#ef6c00"));
                for (int i = 0; i < replicas.length && i < w.replicas(); i++) {
                    diamond(g, lerp(replicas[i].getCenterX(), coordinator.getCenterX(), f),
                            lerp(replicas[i].getMaxY(), coordinator.getMinY(), f));
                }
            }
        }
    }

    private void drawMigrations(long nowUs) {
        if (migrations.isEmpty() && !migrationDirty) {
            return;
        }
        migrationDirty = !migrations.isEmpty();
        GraphicsContext g = begin(migration);
        Bounds remote = places.remoteHost();
        if (remote == null) {
            return;
        }
        g.setFont(Font.font("System", FontWeight.BOLD, 12));
        for (Migration m : migrations.values()) {
            Bounds guest = places.guests().get(m.vm());
            if (guest == null) {
                continue;
            }
            // The route: up from the guest to the strip above the guests, across, and down to the remote host.
            double[] xs = {guest.getCenterX(), guest.getCenterX(), places.routeX(), places.routeX(), remote.getMaxX()};
            double[] ys = {guest.getMinY(), places.routeY(), places.routeY(), remote.getCenterY(), remote.getCenterY()};
            g.setStroke(Color.web("#5e35b1"));
            g.setLineWidth(1.5);
            g.setLineDashes(6, 5);
            g.strokePolyline(xs, ys, 5);
            g.setLineDashes();
            long age = Math.max(0, nowUs - m.sinceUs());
            if ("pre-copy".equals(m.phase()) || "transfer".equals(m.phase())) { // pages stream across
                g.setFill(Color.web("#5e35b1"));
                for (int k = 0; k < 8; k++) {
                    double[] at = along(xs, ys, ((age + k * PAGE_US / 8) % PAGE_US) / (double) PAGE_US);
                    square(g, at[0], at[1]);
                }
            }
            double f = switch (m.phase()) {
                case "transfer" -> 0.5;
                case "acknowledgement" -> 0.8;
                case "resume" -> 1;
                case "pre-copy", "rollback" -> 0;
                default -> 0.15;
            };
            if ("pre-copy".equals(m.phase())) { // the guest still runs at home: only its pages travel
                double[] mid = along(xs, ys, 0.5);
                g.setFill(Color.web("#311b92"));
                g.fillText(Messages.format("drawing.migration.preCopy", label(m)), mid[0] - 120, mid[1] - 5);
                continue;
            }
            // The guest's outline on its way, centred on the route, with the phase written in it.
            double w = 150;
            double h = 34;
            double[] at = along(xs, ys, f);
            double gx = Math.min(at[0] - w / 2, remote.getMaxX() - w);
            double gy = at[1] - h / 2;
            g.setFill(Color.web("#ede7f6", 0.95));
            g.fillRoundRect(gx, gy, w, h, 8, 8);
            g.setStroke(Color.web("#5e35b1"));
            g.setLineDashes(4, 3);
            g.strokeRoundRect(gx, gy, w, h, 8, 8);
            g.setLineDashes();
            g.setFill(Color.web("#311b92"));
            g.fillText(label(m), gx + 6, gy + 14);
            g.setFont(Font.font("System", 11));
            g.fillText(Messages.format("drawing.migration.phase", Messages.get("drawing.migration.phase." + m.phase(), m.phase())), gx + 6, gy + 28);
            g.setFont(Font.font("System", FontWeight.BOLD, 12));
        }
    }

    /** The point a fraction {@code f} of the way along a polyline. */
    private static double[] along(double[] xs, double[] ys, double f) {
        double total = 0;
        for (int i = 1; i < xs.length; i++) {
            total += Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
        }
        double want = f * total;
        for (int i = 1; i < xs.length; i++) {
            double len = Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
            if (want <= len && len > 0) {
                return new double[] {lerp(xs[i - 1], xs[i], want / len), lerp(ys[i - 1], ys[i], want / len)};
            }
            want -= len;
        }
        return new double[] {xs[xs.length - 1], ys[ys.length - 1]};
    }

    private String label(Migration m) {
        return Messages.format("drawing.migration.route", places.guestLabels().getOrDefault(m.vm(), m.vm()));
    }

    private static double lerp(double a, double b, double f) {
        return a + (b - a) * f;
    }

    private static void square(GraphicsContext g, double x, double y) {
        g.fillRect(x - 3.5, y - 3.5, 7, 7);
    }

    private static void diamond(GraphicsContext g, double x, double y) {
        g.fillPolygon(new double[] {x, x + 5, x, x - 5}, new double[] {y - 5, y, y + 5, y}, 4);
    }
}
