package org.phoenixlab.app.architecture;

import org.phoenixlab.app.util.Messages;
import org.phoenixlab.app.util.ModelWords;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.model.ComponentKind;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.strategy.HostDesign;

/**
 * Where everything of the host is drawn, worked out from the topology, the design and the room there
 * is (a layout as data: no toolkit, so it is tested alone). Layers as in the paper's figure: the
 * guests on top, the privileged band (one unit per box of the design: dom0, service VMs, driver
 * domains or unikernels), the hypervisor with its monitor and one heartbeat lane per heartbeated
 * unikernel, the hardware at the bottom with the remote host and Nova beside it. Boxes widen with
 * the width; with little height the boxes are compact (titles and states on one line), the bands
 * tighter and each guest's rings beside it rather than under it. Guests that do
 * not fit collapse into tiles, one guest shown whole beside them. Channels above and below the
 * privileged units carry the dependency arrows, each in a lane of its own.
 */
public final class HostLayout {
    /** The narrowest width laid out; a narrower window scrolls. */
    public static final double MIN_WIDTH = 660;
    static final double MARGIN = 8;
    static final double GAP = 8;
    static final double PAD = 5;
    static final double LANE = 5;
    static final double TILE_W = 38;
    static final double TILE_H = 26;

    /** How a component's node draws itself. */
    public enum Look {
        /** Title, state and a line or two of detail. */
        FULL,
        /** A box holding others: title and state in its top row, its parts below. */
        HOLDER,
        /** A small box: short title and state. */
        COMPACT,
        /** A guest as a tile: its number and its state's colour and symbol. */
        TILE
    }

    /** A component's box. */
    public record Box(String id, double x, double y, double width, double height, Look look) {
        public double centreX() {
            return x + width / 2;
        }

        public double centreY() {
            return y + height / 2;
        }

        public double bottom() {
            return y + height;
        }

        public double right() {
            return x + width;
        }

        boolean overlaps(Box o) {
            return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
        }
    }

    /** A titled frame that is not a component: a band, dom0, a design-only VM (Xoar's builder), UKmonitor. */
    public record Frame(String id, String title, String note, String styleClass, double x, double y, double width, double height) {
        public double right() {
            return x + width;
        }

        public double bottom() {
            return y + height;
        }
    }

    /** A straight line between two points. */
    public record Line(double x1, double y1, double x2, double y2) {
    }

    /** A dependency arrow, routed: {@code points} run from the needed box to the one that needs it (the head's end). */
    public record Edge(String needs, String needed, List<double[]> points) {
        public Edge {
            points = List.copyOf(points);
        }

        public double[] head() {
            return points.get(points.size() - 1);
        }
    }

    /** Where a heartbeated component's lane is drawn in the hypervisor, and the line its pulses travel. */
    public record Lane(String component, double x, double y, double width, double height, Line pulse) {
    }

    /** The id of the guests band as one end of the bundled guest arrows. */
    public static final String ALL_GUESTS = "guests";

    private final Topology topology;
    private final HostDesign design;
    private final double width;
    private final String detailGuest;
    private final boolean compact;
    private final boolean tiles;
    private final boolean ringsBeside;
    private final Map<String, Box> boxes = new LinkedHashMap<>();
    private final List<Frame> bands = new ArrayList<>();
    private final List<Frame> frames = new ArrayList<>();
    private final List<Line> ioPath = new ArrayList<>();
    private final List<Line> standbyPath = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private final List<Lane> lanes = new ArrayList<>();
    private final List<Box> units = new ArrayList<>();
    private Frame guestsBand;
    private Frame tileGrid;
    private double height;
    private double routeY;
    private double channelTop;
    private double channelBottom;

    /** The layout of {@code design} on {@code topology} for a drawing {@code width} × {@code height} at 100 %. */
    public static HostLayout of(Topology topology, HostDesign design, double width, double height, String detailGuest) {
        HostLayout roomy = new HostLayout(topology, design, width, height, detailGuest, false);
        return roomy.height() <= height ? roomy : new HostLayout(topology, design, width, height, detailGuest, true);
    }

    /** The layout at the default window's size (tests, the picture export). */
    public static HostLayout of(Topology topology, HostDesign design) {
        return of(topology, design, 1500, 640, null);
    }

    private HostLayout(Topology topology, HostDesign design, double width, double height, String detailGuest, boolean compact) {
        this.topology = topology;
        this.design = design;
        this.width = Math.max(MIN_WIDTH, width);
        this.compact = compact;
        this.detailGuest = detailGuest != null && topology.isGuest(detailGuest) ? detailGuest : ComponentIds.guest(1);
        this.tiles = topology.guests() > guestCapacity(height);
        this.ringsBeside = compact && (tiles ? tileRows(false) >= tileRows(true) && gridWidth(true) >= 500
                : topology.guests() <= besideColumns());
        layOut();
        for (ComponentSpec spec : topology.components()) {
            if (!boxes.containsKey(spec.id()) && design.has(spec.id()) && !collapsed(spec.id())) {
                throw new IllegalStateException("the layout forgot " + spec.id());
            }
        }
    }

    // ------------------------------------------------------------------ what the view reads

    public Map<String, Box> boxes() {
        return Collections.unmodifiableMap(boxes);
    }

    public Box box(String id) {
        Box b = boxes.get(id);
        if (b == null) {
            throw new IllegalArgumentException("no box for " + id);
        }
        return b;
    }

    public boolean has(String id) {
        return boxes.containsKey(id);
    }

    /** The bands behind the layers, with their titles. */
    public List<Frame> bands() {
        return List.copyOf(bands);
    }

    /** Frames that are not components: dom0, the standby driver domain, XenStore-State, the builder, UKmonitor. */
    public List<Frame> frames() {
        return List.copyOf(frames);
    }

    /** The lines packets follow: the shown net rings to NetBack (and the tiles' one), NetBack to the driver, the driver to the NIC. */
    public List<Line> ioPath() {
        return List.copyOf(ioPath);
    }

    /**
     * TFD-Xen: the path the packets take after a fail-over, from each shown net ring into the standby driver
     * domain and from it down to the backup NIC (empty in the other designs).
     */
    public List<Line> standbyPath() {
        return List.copyOf(standbyPath);
    }

    /** The dependency arrows, routed around the boxes; the guests' bundled, one per kind. */
    public List<Edge> edges() {
        return List.copyOf(edges);
    }

    /** One heartbeat lane per heartbeated component, in the hypervisor under it. */
    public List<Lane> lanes() {
        return List.copyOf(lanes);
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Width of the text column of a box whose parts stand to the right of its words (the coordinators' row). */
    public double textColumn(String id) {
        if (id.equals(ComponentIds.XS_COORD) && boxes.containsKey(id)) {
            return Math.min(110, (box(id).width()) * 0.3);
        }
        if (id.equals(ComponentIds.VMM) && design.monitor().globalLoop()) {
            return box(id).width() - monitorWidth() - 2 * PAD - 4; // its words stop where UKmonitor begins
        }
        return -1;
    }

    private double monitorWidth() {
        return Math.min(420, (width - 2 * MARGIN) * 0.36);
    }

    public boolean compact() {
        return compact;
    }

    /** Whether the guests are drawn as tiles (with one guest whole). */
    public boolean tiles() {
        return tiles;
    }

    /** The guest drawn whole beside the tiles. */
    public String detailGuest() {
        return detailGuest;
    }

    /** Where the tiles are, when there are tiles. */
    public Frame tileGrid() {
        return tileGrid;
    }

    public Frame guestsBand() {
        return guestsBand;
    }

    /** The height of the strip above the guests, where a migrating guest travels. */
    public double routeY() {
        return routeY;
    }

    /** The x of the lane down the right edge, from the strip above the guests to the remote host. */
    public double routeX() {
        return width - MARGIN / 2;
    }

    /** A part of a collapsed guest (its fronts and rings are drawn only for the guest shown whole). */
    public boolean collapsed(String id) {
        if (!tiles) {
            return false;
        }
        ComponentSpec spec = topology.find(id).orElse(null);
        return spec != null && spec.parent() != null && topology.isGuest(spec.parent()) && !spec.parent().equals(detailGuest);
    }

    /** Two boxes that overlap although neither holds the other (for tests): empty when none do. */
    List<String> overlappingBoxes() {
        List<Box> all = new ArrayList<>(boxes.values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Box a = all.get(i);
                Box b = all.get(j);
                if (a.overlaps(b) && !holds(a.id(), b.id()) && !holds(b.id(), a.id())) {
                    return List.of(a.id(), b.id());
                }
            }
        }
        return List.of();
    }

    private boolean holds(String outer, String inner) {
        return topology.containersOf(inner).contains(outer);
    }

    // ------------------------------------------------------------------ sizes

    private double leafH() {
        return compact ? 37 : 62;
    }

    private double headerH() {
        return compact ? 22 : 38;
    }

    /** A guest drawn whole: its holder, and its rings under it or (short of room) beside it. */
    private double guestBlockH() {
        double holder = headerH() + (compact ? 37 : 46) + PAD;
        return ringsBeside ? holder : holder + 3 + (compact ? 37 : 46);
    }

    /** How many guests fit in one row with their rings beside them, each at least as wide as a tile-grid guest. */
    private int besideColumns() {
        return (int) Math.max(0, Math.floor((width - 2 * MARGIN - 2 * PAD + GAP) / (2 * GUEST_W + 4 + GAP)));
    }

    /** The tile grid's width beside the guest shown whole, with that guest's rings beside it or under it. */
    private double gridWidth(boolean beside) {
        return width - 2 * MARGIN - 2 * PAD - (beside ? 2 * GUEST_W + 4 : GUEST_W) - 2 * GAP;
    }

    /** Rows of tiles in that width (its rings beside the guest shown whole only when that adds no row). */
    private int tileRows(boolean beside) {
        double gap = compact ? 3 : 4;
        int perRow = (int) Math.max(1, Math.floor((gridWidth(beside) + gap) / (TILE_W + gap)));
        return (topology.guests() + perRow - 1) / perRow;
    }

    private double tileH() {
        return compact ? 22 : TILE_H;
    }

    private static final double GUEST_W = 150;

    private int guestColumns() {
        return (int) Math.max(1, Math.floor((width - 2 * MARGIN - 2 * PAD + GAP) / (GUEST_W + GAP)));
    }

    /** How many guests fit whole: one row when height is short, more when there is room. */
    private int guestCapacity(double height) {
        double rest = height - 330; // about what the layers below the guests take at their most compact
        int rows = (int) Math.max(1, Math.min(8, Math.floor(rest / (guestBlockH() + GAP))));
        return guestColumns() * rows;
    }

    // ------------------------------------------------------------------ laying out

    private void layOut() {
        double left = MARGIN;
        double right = width - MARGIN;
        double y = compact ? 5 : 18;
        routeY = y - 5;
        y = guests(left, right, y);

        // Channel above the privileged units: the I/O path and the guests' arrows cross it.
        double above = y;
        y += compact ? 10 : 22;
        double bandTop = y;
        double titleRow = compact ? 18 : 20;
        double unitsTop = bandTop + titleRow;
        boolean anyEnclosure = design.units().stream().anyMatch(u -> !u.isComponent() && !u.members().isEmpty());
        double enclosureRow = anyEnclosure ? 20 : 0;
        double blockH = privilegedBlockHeight();
        double bandBottom = unitsTop + enclosureRow + blockH + PAD;
        band(ModelWords.pvmTitle(design), "band-pvm", left, bandTop, right - left, bandBottom - bandTop);
        privilegedUnits(left + PAD, right - PAD, unitsTop, enclosureRow, blockH);

        // Channel below the units: the arrows between them, each in a lane; heartbeats cross it.
        channelTop = bandBottom;
        int laneCount = lanesNeeded();
        channelBottom = channelTop + laneTop() + (laneCount - 1) * lane() + (compact ? 4 : 6);
        y = channelBottom;

        double vmmH = headerH() + (design.heartbeated().isEmpty() ? (compact ? 14 : 24) : (compact ? 22 : 34));
        place(ComponentIds.VMM, left, y, right - left, vmmH, Look.HOLDER);
        monitor(left, y, right - left, vmmH);
        y += vmmH + (compact ? 4 : GAP);

        double hwH = compact ? 46 : 64;
        double sideW = 84 + 2 * Math.min(150, Math.max(104, (right - left) * 0.11)) + 3 * PAD;
        double hwRight = right - sideW - GAP;
        band(Messages.get("drawing.band.hardware"), "band-hardware", left, y, hwRight - left, hwH);
        devices(left, hwRight, y, hwH);
        band(Messages.get("drawing.band.elsewhere"), "band-elsewhere", hwRight + GAP, y, right - hwRight - GAP, hwH);
        double ew = (right - hwRight - GAP - 3 * PAD - 84) / 2;
        Look side = compact ? Look.COMPACT : Look.FULL;
        place(ComponentIds.REMOTE_HOST, hwRight + GAP + 84, y + PAD, ew, hwH - 2 * PAD, side);
        place(ComponentIds.NOVA, hwRight + GAP + 84 + ew + PAD, y + PAD, ew, hwH - 2 * PAD, side);
        height = y + hwH + (compact ? 2 : MARGIN);

        ioPath(above);
        route(above);
    }

    /** The guests band; returns the y below it. */
    private double guests(double left, double right, double top) {
        int g = topology.guests();
        double inner = top + (compact ? 16 : 18);
        double bottom;
        if (!tiles) {
            int cols = guestColumns();
            int rows = (g + cols - 1) / cols;
            double w = Math.min(210, (right - left - 2 * PAD - (Math.min(cols, g) - 1) * GAP) / Math.min(cols, g));
            if (ringsBeside) {
                cols = g;
                rows = 1;
                w = Math.min(210, ((right - left - 2 * PAD - (g - 1) * GAP) / g - 4) / 2);
            }
            double step = ringsBeside ? 2 * w + 4 : w;
            for (int n = 1; n <= g; n++) {
                int row = (n - 1) / cols;
                int col = (n - 1) % cols;
                guest(n, left + PAD + col * (step + GAP), inner + row * (guestBlockH() + GAP), w);
            }
            bottom = inner + rows * (guestBlockH() + GAP) - GAP + PAD;
        } else {
            int d = Integer.parseInt(detailGuest.substring(detailGuest.lastIndexOf('/') + 1));
            guest(d, left + PAD, inner, GUEST_W);
            double gx = left + PAD + (ringsBeside ? 2 * GUEST_W + 4 : GUEST_W) + 2 * GAP;
            double gw = right - PAD - gx;
            double tileGap = compact ? 3 : 4;
            int perRow = (int) Math.max(1, Math.floor((gw + tileGap) / (TILE_W + tileGap)));
            int rows = (g + perRow - 1) / perRow;
            double gridH = 16 + rows * (tileH() + 3);
            // Short of room, the counts over the tiles share the band title's row (the title stands left of the guest shown whole).
            double gridTop = ringsBeside ? top + 1 : inner;
            tileGrid = new Frame("tiles", "", "", "tile-grid", gx, gridTop, gw, Math.max(gridH, inner + guestBlockH() - gridTop));
            int k = 0;
            for (int n = 1; n <= g; n++, k++) {
                double tx = gx + (k % perRow) * (TILE_W + tileGap);
                double ty = gridTop + 16 + (k / perRow) * (tileH() + 3);
                if (n != d) {
                    place(ComponentIds.guest(n), tx, ty, TILE_W, tileH(), Look.TILE);
                }
            }
            bottom = Math.max(inner + guestBlockH(), gridTop + gridH) + PAD;
        }
        guestsBand = band(Messages.get("drawing.band.guests"), "band-guests", left, top, right - left, bottom - top);
        return bottom;
    }

    private void guest(int n, double x, double y, double w) {
        double frontH = compact ? 37 : 46;
        double gh = headerH() + frontH + PAD;
        place(ComponentIds.guest(n), x, y, w, gh, Look.HOLDER);
        double half = (w - 3 * 4) / 2;
        place(ComponentIds.netfront(n), x + 4, y + headerH(), half, frontH, Look.COMPACT);
        place(ComponentIds.blkfront(n), x + 8 + half, y + headerH(), half, frontH, Look.COMPACT);
        double ringY = ringsBeside ? y + headerH() : y + gh + 3; // beside: level with the fronts they serve
        double ringX = ringsBeside ? x + w + 4 : x;
        double ringH = compact ? 37 : 46;
        place(ComponentIds.netRing(n), ringX, ringY, (w - 4) / 2, ringH, Look.COMPACT);
        place(ComponentIds.blkRing(n), ringX + (w - 4) / 2 + 4, ringY, (w - 4) / 2, ringH, Look.COMPACT);
    }

    /** A block of the privileged row: a component with its parts, or a design-only box. */
    private record Block(String id, int columns, boolean component) {
    }

    private double privilegedBlockHeight() {
        boolean replicated = design.has(ComponentIds.XS_COORD);
        double leaves = headerH() + leafH() + PAD;
        double xenstore = replicated ? headerH() + (compact ? 37 : 48) + 3 + (compact ? 41 : 56) + (compact ? 2 : 4) : leaves;
        return Math.max(leaves, xenstore);
    }

    private List<Block> blocksOf(HostDesign.Unit u) {
        List<Block> out = new ArrayList<>();
        if (!u.isComponent() && u.members().isEmpty()) {
            out.add(new Block(u.id(), 1, false));
            return out;
        }
        for (String m : u.members()) {
            out.add(new Block(m, columnsOf(m), true));
        }
        return out;
    }

    private int columnsOf(String id) {
        if (id.equals(ComponentIds.XENSTORE)) {
            return design.has(ComponentIds.XS_COORD) ? 3 : 1;
        }
        long parts = topology.components().stream().filter(c -> id.equals(c.parent())).count();
        return (int) Math.max(1, parts);
    }

    private void privilegedUnits(double left, double right, double top, double enclosureRow, double blockH) {
        List<HostDesign.Unit> us = design.units();
        int columns = 0;
        int blocks = 0;
        int enclosures = 0;
        for (HostDesign.Unit u : us) {
            for (Block b : blocksOf(u)) {
                columns += b.columns();
                blocks++;
            }
            if (!u.isComponent() && !u.members().isEmpty()) {
                enclosures++;
            }
        }
        double fixed = (blocks - 1) * GAP + enclosures * 2 * PAD;
        double perColumn = Math.min(230, (right - left - fixed) / columns);
        double x = left;
        for (HostDesign.Unit u : us) {
            boolean enclosure = !u.isComponent() && !u.members().isEmpty();
            double ux = x;
            if (enclosure) {
                x += PAD;
            }
            for (Block b : blocksOf(u)) {
                double w = b.columns() * perColumn;
                double by = enclosure || enclosureRow == 0 ? top + enclosureRow : top;
                double bh = enclosure || enclosureRow == 0 ? blockH : blockH + enclosureRow;
                if (b.component()) {
                    block(b.id(), x, by, w, bh);
                } else {
                    frames.add(new Frame(u.id(), ModelWords.unitTitle(design, u), ModelWords.unitNote(design, u), styleOf(u), x, by, w, bh));
                    units.add(new Box(u.id(), x, by, w, bh, Look.FULL));
                }
                x += w + GAP;
            }
            if (enclosure) {
                x += PAD - GAP;
                frames.add(new Frame(u.id(), ModelWords.unitTitle(design, u), ModelWords.unitNote(design, u), styleOf(u), ux, top - 2, x - ux, blockH + enclosureRow + 4));
                x += GAP;
            }
        }
    }

    private static String styleOf(HostDesign.Unit u) {
        return switch (u.kind()) {
            case MONOLITHIC_VM -> "dom0";
            case STANDBY_DRIVER_DOMAIN -> "standby-domain";
            default -> "design-vm";
        };
    }

    /** A component of the privileged row with its parts laid out inside. */
    private void block(String id, double x, double y, double w, double h) {
        place(id, x, y, w, h, Look.HOLDER);
        units.add(boxes.get(id));
        double innerTop = y + headerH();
        double innerH = h - headerH() - PAD;
        List<String> parts = topology.components().stream().filter(c -> id.equals(c.parent()) && design.has(c.id()))
                .map(ComponentSpec::id).toList();
        if (id.equals(ComponentIds.XENSTORE) && design.has(ComponentIds.XS_COORD)) {
            double rh = compact ? 37 : 48;
            double rw = (w - 4 * 4) / 3;
            for (int i = 1; i <= 3; i++) {
                place(ComponentIds.xenstoreReplica(i), x + 4 + (i - 1) * (rw + 4), innerTop, rw, rh, Look.COMPACT);
            }
            double cy = innerTop + rh + 3;
            double ch = h - headerH() - rh - 3 - (compact ? 2 : 4);
            place(ComponentIds.XS_COORD, x + 4, cy, w - 8, ch, Look.FULL);
            double label = Math.min(110, (w - 8) * 0.3);
            double cw = (w - 8 - label - 4 * 4) / 3;
            for (int i = 1; i <= 3; i++) {
                place(ComponentIds.coordinator(i), x + 4 + label + 4 + (i - 1) * (cw + 4), cy + 2, cw, ch - 4, Look.COMPACT);
            }
            return;
        }
        if (parts.isEmpty()) {
            boxes.put(id, new Box(id, x, y, w, h, Look.FULL));
            units.set(units.size() - 1, boxes.get(id));
            return;
        }
        double pw = (w - (parts.size() + 1) * 4) / parts.size();
        for (int i = 0; i < parts.size(); i++) {
            place(parts.get(i), x + 4 + i * (pw + 4), innerTop, pw, innerH, compact ? Look.COMPACT : Look.FULL);
        }
    }

    /** UKmonitor (Phoenix) in the hypervisor, and a heartbeat lane under each heartbeated component. */
    private void monitor(double x, double y, double w, double h) {
        if (design.monitor().globalLoop()) {
            String probes = String.join(", ", ModelWords.probes(design));
            frames.add(new Frame("ukmonitor", "UKmonitor", Messages.format("drawing.ukmonitor.note", probes, ModelWords.monitorDetail(design)),
                    "global-loop", x + w - monitorWidth() - PAD, y + 2, monitorWidth(), 19));
        }
        double laneY = y + headerH() + 2;
        double laneH = h - headerH() - 6;
        for (String c : design.heartbeated()) {
            Box b = boxes.get(c);
            if (b == null || laneH < 10) {
                continue;
            }
            // Right of a unit's middle (its driver's line to the device runs down the left half), left of the pulse line.
            double lx = topology.partsOf(c).isEmpty() ? b.x() + 4 : b.centreX() + 4;
            double px = b.right() - 14;
            double lw = Math.min(px - 8 - lx, 200);
            lanes.add(new Lane(c, lx, laneY, lw, laneH, new Line(px, y, px, b.bottom())));
        }
    }

    /** Each device under what drives it, left to right, none over another, all inside the band. */
    private void devices(double left, double right, double y, double h) {
        List<String> ids = new ArrayList<>();
        List<Double> wanted = new ArrayList<>();
        for (HostDesign.Unit u : design.units()) {
            for (String dev : u.devices()) {
                if (!topology.contains(dev)) {
                    continue;
                }
                String driver = dev.equals(ComponentIds.NIC) ? ComponentIds.NIC_DRIVER
                        : dev.equals(ComponentIds.DISK) ? ComponentIds.DISK_DRIVER : null;
                Box ub = units.stream().filter(b -> b.id().equals(u.id())).findFirst().orElse(null);
                double cx = driver != null && boxes.containsKey(driver) ? boxes.get(driver).centreX()
                        : ub != null ? ub.centreX() : left + 100;
                int at = 0;
                while (at < wanted.size() && wanted.get(at) <= cx) {
                    at++;
                }
                ids.add(at, dev);
                wanted.add(at, cx);
            }
        }
        int n = ids.size();
        double start = left + 84;
        double dw = Math.min(130, (right - PAD - start - (n - 1) * GAP) / Math.max(1, n));
        double[] xs = new double[n];
        double prev = start - GAP;
        for (int i = 0; i < n; i++) {
            xs[i] = Math.max(prev + GAP, wanted.get(i) - dw / 2);
            prev = xs[i] + dw;
        }
        double over = n == 0 ? 0 : xs[n - 1] + dw - (right - PAD);
        for (int i = n - 1; i >= 0 && over > 0; i--) { // pushed past the band's end: back to the left, in order
            double limit = i == n - 1 ? right - PAD - dw : xs[i + 1] - GAP - dw;
            xs[i] = Math.min(xs[i], limit);
        }
        for (int i = 0; i < n; i++) {
            place(ids.get(i), xs[i], y + PAD, dw, h - 2 * PAD, compact ? Look.COMPACT : Look.FULL);
        }
    }

    private void ioPath(double channelAbove) {
        if (!boxes.containsKey(ComponentIds.NETBACK) || !boxes.containsKey(ComponentIds.NIC)) {
            return;
        }
        Box netback = box(ComponentIds.NETBACK);
        Box driver = box(ComponentIds.NIC_DRIVER);
        Box nic = box(ComponentIds.NIC);
        // Rings beside their guests are spread over the width: their long, shallow lines stop at the top of the unit
        // holding NetBack (right of its title), so that they pass over the units on the way, not through their titles.
        String holder = topology.find(ComponentIds.NETBACK).map(ComponentSpec::parent).orElse(null);
        double entryY = ringsBeside && holder != null && boxes.containsKey(holder) ? box(holder).y() : netback.y();
        for (int n = 1; n <= topology.guests(); n++) {
            String ring = ComponentIds.netRing(n);
            if (boxes.containsKey(ring)) {
                Box r = box(ring);
                ioPath.add(new Line(r.centreX(), r.bottom(), entry(netback), entryY));
            }
        }
        if (tiles) {
            ioPath.add(new Line(tileGrid.x() + 40, tileGrid.bottom(), entry(netback), entryY));
        }
        ioPath.add(new Line(netback.x(), netback.centreY(), driver.right(), driver.centreY()));
        ioPath.add(new Line(driver.centreX(), driver.bottom(), nic.centreX(), nic.y()));
        Frame standby = frames.stream().filter(f -> f.styleClass().equals("standby-domain")).findFirst().orElse(null);
        if (standby != null && boxes.containsKey(ComponentIds.NIC_BACKUP)) {
            Box backup = box(ComponentIds.NIC_BACKUP);
            double sx = standby.right() - 24;
            for (int n = 1; n <= topology.guests(); n++) {
                String ring = ComponentIds.netRing(n);
                if (boxes.containsKey(ring)) {
                    Box r = box(ring);
                    standbyPath.add(new Line(r.centreX(), r.bottom(), sx, standby.y()));
                }
            }
            if (tiles) {
                standbyPath.add(new Line(tileGrid.x() + 40, tileGrid.bottom(), sx, standby.y()));
            }
            standbyPath.add(new Line(sx, standby.y() + 20, sx, standby.bottom() - 6));
            standbyPath.add(new Line(sx, standby.bottom(), backup.centreX(), backup.y()));
        }
    }

    /** Where the I/O path enters NetBack: near the right, where its holder keeps its top row free of text. */
    static double entry(Box netback) {
        return netback.right() - 30;
    }

    /** The start of the guests' bundled arrows and where each reaches its target, spread so they never share a line. */
    private void route(double channelAbove) {
        // The guests' arrows: from the guests band's bottom straight down into the needed unit's top, left of its middle.
        List<String> guestNeeds = new ArrayList<>();
        for (List<String> e : topology.dependencies().edges()) {
            if (topology.isGuest(e.get(0)) && !guestNeeds.contains(e.get(1))) {
                guestNeeds.add(e.get(1));
            }
        }
        for (String needed : guestNeeds) {
            Box to = boxes.get(needed);
            if (to == null) {
                continue;
            }
            double x = to.x() + Math.min(36, to.width() / 4);
            if (needed.equals(ComponentIds.NET_UK) && boxes.containsKey(ComponentIds.NIC_DRIVER)) {
                x = box(ComponentIds.NIC_DRIVER).x() + 14; // left of the I/O path, which enters over NetBack
            }
            edges.add(new Edge(ALL_GUESTS, needed, List.of(new double[] {x, to.y()}, new double[] {x, guestsBand.bottom()})));
        }
        // Between the privileged units: down from the needed unit's bottom into a lane of the channel below, across,
        // and up into the needing unit's bottom. Attach points are spread along each bottom edge.
        List<List<String>> between = new ArrayList<>();
        for (List<String> e : topology.dependencies().edges()) {
            String a = e.get(0);
            String b = e.get(1);
            if (isUnit(a) && isUnit(b)) {
                between.add(e);
            }
        }
        Map<String, List<List<String>>> attached = new LinkedHashMap<>();
        for (List<String> e : between) {
            attached.computeIfAbsent(e.get(0), k -> new ArrayList<>()).add(e);
            attached.computeIfAbsent(e.get(1), k -> new ArrayList<>()).add(e);
        }
        Map<String, double[]> ends = new LinkedHashMap<>(); // edge key + end -> x
        for (Map.Entry<String, List<List<String>>> a : attached.entrySet()) {
            Box b = boxes.get(a.getKey());
            List<List<String>> es = new ArrayList<>(a.getValue());
            es.sort((p, q) -> Double.compare(otherX(p, a.getKey()), otherX(q, a.getKey())));
            double usable = Math.min(b.width() - 24, 26.0 * es.size());
            double start = b.centreX() - usable / 2;
            for (int i = 0; i < es.size(); i++) {
                double x = es.size() == 1 ? b.centreX() : start + usable * i / (es.size() - 1);
                ends.put(key(es.get(i)) + "@" + a.getKey(), new double[] {x});
            }
        }
        // Lanes: longest spans nearest the units, so that shorter ones never cross their verticals.
        between.sort((p, q) -> Double.compare(span(q, ends), span(p, ends)));
        List<double[]> laneSpans = new ArrayList<>();
        List<Integer> laneOf = new ArrayList<>();
        for (List<String> e : between) {
            double[] s = spanOf(e, ends);
            int lane = 0;
            while (true) {
                boolean free = true;
                for (int i = 0; i < laneSpans.size(); i++) {
                    if (laneOf.get(i) == lane && s[0] < laneSpans.get(i)[1] + 4 && laneSpans.get(i)[0] < s[1] + 4) {
                        free = false;
                    }
                }
                if (free) {
                    break;
                }
                lane++;
            }
            laneSpans.add(s);
            laneOf.add(lane);
            double ly = channelTop + laneTop() + lane * lane();
            double fromX = ends.get(key(e) + "@" + e.get(1))[0];
            double toX = ends.get(key(e) + "@" + e.get(0))[0];
            double fromY = boxes.get(e.get(1)).bottom();
            double toY = boxes.get(e.get(0)).bottom();
            edges.add(new Edge(e.get(0), e.get(1), List.of(new double[] {fromX, fromY}, new double[] {fromX, ly},
                    new double[] {toX, ly}, new double[] {toX, toY})));
        }
        // Inside XenStore: each replica needs the coordinators just below it.
        if (boxes.containsKey(ComponentIds.XS_COORD)) {
            Box coord = box(ComponentIds.XS_COORD);
            for (int i = 1; i <= 3; i++) {
                Box r = boxes.get(ComponentIds.xenstoreReplica(i));
                double x = Math.max(r.x() + 8, Math.min(r.right() - 8, r.x() + 10));
                edges.add(new Edge(r.id(), ComponentIds.XS_COORD, List.of(new double[] {x, coord.y()}, new double[] {x, r.bottom()})));
            }
        }
    }

    /** From the units' bottom to the first arrow lane, and from lane to lane (tighter when the room is short). */
    private double laneTop() {
        return compact ? 6 : GAP;
    }

    private double lane() {
        return compact ? 4 : LANE;
    }

    /** Lanes the arrows between the privileged units need: as many as overlap at one x, at most. */
    private int lanesNeeded() {
        int n = 0;
        for (List<String> e : topology.dependencies().edges()) {
            if (isUnit(e.get(0)) && isUnit(e.get(1))) {
                n++;
            }
        }
        return Math.max(1, n);
    }

    private boolean isUnit(String id) {
        return units.stream().anyMatch(u -> u.id().equals(id));
    }

    private static String key(List<String> e) {
        return e.get(0) + "->" + e.get(1);
    }

    private double otherX(List<String> e, String self) {
        String other = e.get(0).equals(self) ? e.get(1) : e.get(0);
        return boxes.get(other).centreX();
    }

    private double[] spanOf(List<String> e, Map<String, double[]> ends) {
        double a = ends.get(key(e) + "@" + e.get(0))[0];
        double b = ends.get(key(e) + "@" + e.get(1))[0];
        return new double[] {Math.min(a, b), Math.max(a, b)};
    }

    private double span(List<String> e, Map<String, double[]> ends) {
        double[] s = spanOf(e, ends);
        return s[1] - s[0];
    }

    private Frame band(String title, String style, double x, double y, double w, double h) {
        Frame f = new Frame(style, title, "", style, x, y, w, h);
        bands.add(f);
        return f;
    }

    private void place(String id, double x, double y, double w, double h, Look look) {
        if (!topology.contains(id)) {
            throw new IllegalArgumentException("unknown " + id);
        }
        if (!design.has(id)) {
            return;
        }
        ComponentSpec spec = topology.find(id).orElseThrow();
        if (look == Look.HOLDER && spec.kind() != ComponentKind.HYPERVISOR && topology.partsOf(id).isEmpty()) {
            look = Look.FULL;
        }
        boxes.put(id, new Box(id, x, y, w, h, look));
    }
}
