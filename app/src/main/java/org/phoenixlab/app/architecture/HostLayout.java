package org.phoenixlab.app.architecture;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.Topology;

/**
 * Where everything of the host is drawn, as in the paper's figure: guests on top (eight to a row, so
 * that 1 to 64 never overlap), the disaggregated pVM band, the hypervisor, the hardware at the
 * bottom, the remote host and Nova at the side. Plain geometry: no toolkit, so it is tested alone.
 */
public final class HostLayout {
    static final double LEFT = 20;
    static final double MAIN_WIDTH = 1240;
    static final double SIDE_X = LEFT + MAIN_WIDTH + 24;
    static final int GUESTS_PER_ROW = 8;
    static final double GUEST_TOP = 6;
    private static final double GAP = 14; // between bands
    private static final double GUEST_COLUMN = 154;
    private static final double GUEST_ROW = 176;

    /** A component's box; {@code shortTitle} non-null makes it a compact box. */
    public record Box(String id, double x, double y, double width, double height, String shortTitle) {
        public double centreX() {
            return x + width / 2;
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

    /** A titled band behind a layer of the host. */
    public record Band(String title, double x, double y, double width, double height) {
    }

    /** A straight line between two points. */
    public record Line(double x1, double y1, double x2, double y2) {
    }

    private final Topology topology;
    private final Map<String, Box> boxes = new LinkedHashMap<>();
    private final List<Band> bands = new ArrayList<>();
    private final List<Line> ioPath = new ArrayList<>();
    private double width;
    private double height;

    public HostLayout(Topology topology) {
        this.topology = topology;
        layOut();
        for (ComponentSpec spec : topology.components()) {
            if (!boxes.containsKey(spec.id())) {
                throw new IllegalStateException("the layout forgot " + spec.id());
            }
        }
    }

    /** Every component's box, in the order they are drawn. */
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

    public List<Band> bands() {
        return List.copyOf(bands);
    }

    /** The lines packets follow: each net ring to NetBack, NetBack to the driver, the driver to the NIC. */
    public List<Line> ioPath() {
        return List.copyOf(ioPath);
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Where the overlay's legend goes: beside the guests band's title, above the guests. */
    public double legendX() {
        return LEFT + 170;
    }

    public double legendY() {
        return GUEST_TOP + 3;
    }

    /** The height of the strip above the guests, where a migrating guest travels. */
    public double routeY() {
        return GUEST_TOP + 23;
    }

    /** Whether the guests fill more than one row (then dots travel only the strip below the guests). */
    public boolean oneGuestRow() {
        return topology.guests() <= GUESTS_PER_ROW;
    }

    /** Two boxes of guests or rings that overlap (for tests): empty when none do. */
    List<String> overlappingGuestBoxes() {
        List<Box> guestBoxes = new ArrayList<>();
        for (int n = 1; n <= topology.guests(); n++) {
            for (String id : List.of(ComponentIds.guest(n), ComponentIds.netRing(n), ComponentIds.blkRing(n))) {
                guestBoxes.add(box(id));
            }
        }
        for (int i = 0; i < guestBoxes.size(); i++) {
            for (int j = i + 1; j < guestBoxes.size(); j++) {
                if (guestBoxes.get(i).overlaps(guestBoxes.get(j))) {
                    return List.of(guestBoxes.get(i).id(), guestBoxes.get(j).id());
                }
            }
        }
        return List.of();
    }

    private void layOut() {
        int guests = topology.guests();
        int rows = (guests + GUESTS_PER_ROW - 1) / GUESTS_PER_ROW;
        double guestHeight = 30 + rows * GUEST_ROW;
        band("Guest VMs (domU)", LEFT, GUEST_TOP, MAIN_WIDTH, guestHeight);
        for (int n = 1; n <= guests; n++) {
            int row = (n - 1) / GUESTS_PER_ROW;
            int col = (n - 1) % GUESTS_PER_ROW;
            guest(n, LEFT + 12 + col * GUEST_COLUMN, GUEST_TOP + 30 + row * GUEST_ROW);
        }

        // Bands are packed so that, in the default window, the whole I/O path (rings, NetBack, the driver,
        // the NIC) is visible at 100 % without scrolling.
        double p = GUEST_TOP + guestHeight + GAP;
        band("Disaggregated privileged VM (pVM): one unikernel per service", LEFT, p, MAIN_WIDTH, 216);
        place(ComponentIds.NET_UK, 30, p + 28, 340, 176);
        place(ComponentIds.NIC_DRIVER, 40, p + 92, 155, 102);
        place(ComponentIds.NETBACK, 205, p + 92, 155, 102);
        place(ComponentIds.DISK_UK, 385, p + 28, 310, 176);
        place(ComponentIds.DISK_DRIVER, 395, p + 92, 140, 102);
        place(ComponentIds.BLKBACK, 545, p + 92, 140, 102);
        place(ComponentIds.XENSTORE, 710, p + 28, 390, 176);
        for (int i = 1; i <= 3; i++) {
            place(ComponentIds.xenstoreReplica(i), 720 + (i - 1) * 124, p + 80, 118, 48, "replica " + i);
        }
        place(ComponentIds.XS_COORD, 720, p + 134, 370, 64);
        for (int i = 1; i <= 3; i++) {
            place(ComponentIds.coordinator(i), 838 + (i - 1) * 83, p + 139, 78, 54, "coord. " + i);
        }
        place(ComponentIds.TOOL_UK, 1115, p + 28, 135, 96);

        double h = p + 216 + GAP;
        place(ComponentIds.VMM, LEFT, h, MAIN_WIDTH, 58);

        double w = h + 58 + GAP;
        band("Hardware", LEFT, w, MAIN_WIDTH, 88);
        place(ComponentIds.NIC, 120, w + 24, 150, 56);
        if (topology.hasBackupNic()) {
            place(ComponentIds.NIC_BACKUP, 290, w + 24, 150, 56);
        }
        place(ComponentIds.DISK, 470, w + 24, 150, 56);

        band("Elsewhere", SIDE_X - 10, p, 190, 216);
        place(ComponentIds.REMOTE_HOST, SIDE_X, p + 28, 170, 80);
        place(ComponentIds.NOVA, SIDE_X, p + 120, 170, 80);

        Box netback = box(ComponentIds.NETBACK);
        Box driver = box(ComponentIds.NIC_DRIVER);
        Box nic = box(ComponentIds.NIC);
        for (int n = 1; n <= guests; n++) {
            Box ring = box(ComponentIds.netRing(n));
            ioPath.add(new Line(ring.centreX(), ring.bottom(), netback.centreX(), netback.y()));
        }
        ioPath.add(new Line(netback.x(), netback.y() + 60, driver.right(), driver.y() + 60));
        ioPath.add(new Line(driver.centreX(), driver.bottom(), nic.centreX(), nic.y()));
        width = SIDE_X + 200;
        height = w + 88 + 4;
    }

    private void guest(int n, double x, double y) {
        place(ComponentIds.guest(n), x, y, 146, 112);
        place(ComponentIds.netfront(n), x + 6, y + 60, 66, 46, "NetFront");
        place(ComponentIds.blkfront(n), x + 74, y + 60, 66, 46, "BlkFront");
        place(ComponentIds.netRing(n), x, y + 118, 72, 50, "net ring");
        place(ComponentIds.blkRing(n), x + 74, y + 118, 72, 50, "blk ring");
    }

    private void band(String title, double x, double y, double w, double h) {
        bands.add(new Band(title, x, y, w, h));
    }

    private void place(String id, double x, double y, double w, double h) {
        place(id, x, y, w, h, null);
    }

    private void place(String id, double x, double y, double w, double h, String shortTitle) {
        if (!topology.contains(id)) {
            throw new IllegalArgumentException("unknown " + id);
        }
        boxes.put(id, new Box(id, x, y, w, h, shortTitle));
    }
}
