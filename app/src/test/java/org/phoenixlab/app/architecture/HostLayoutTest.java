package org.phoenixlab.app.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.strategy.HostDesign;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/**
 * The drawing's geometry alone, no toolkit: every component of the design placed (the guests that do
 * not fit as tiles), nothing overlapping but what holds what, everything inside the drawing, the
 * width used, the whole drawing in the height it was given, the arrows in channels clear of boxes.
 */
class HostLayoutTest {
    private static HostLayout layout(String strategy, int guests, double w, double h) {
        Topology t = Topology.standard(guests, strategy.equals("tfd-xen"));
        return HostLayout.of(t, HostDesign.of(StrategyCatalog.load(strategy), t), w, h, null);
    }

    @ParameterizedTest
    @CsvSource({"phoenix-fine,3,1264,420", "phoenix-fine,3,1900,700", "phoenix-coarse,8,1500,600", "tfd-xen,9,1264,420",
            "xoar,17,1264,420", "vanilla,3,900,420", "phoenix-fine,3,690,420", "xoar,3,690,420", "tfd-xen,3,690,600", "vanilla,64,1900,760", "phoenix-fine,64,1264,420", "phoenix-fine,64,3800,1900"})
    void everythingOfTheDesignIsPlacedInsideWithoutOverlap(String strategy, int guests, double w, double h) {
        HostLayout l = layout(strategy, guests, w, h);
        Topology t = Topology.standard(guests, strategy.equals("tfd-xen"));
        HostDesign d = HostDesign.of(StrategyCatalog.load(strategy), t);
        for (ComponentSpec c : t.components()) {
            boolean expected = d.has(c.id()) && !l.collapsed(c.id());
            assertEquals(expected, l.has(c.id()), c.id() + " drawn in " + strategy);
        }
        assertEquals(List.of(), l.overlappingBoxes());
        for (HostLayout.Box b : l.boxes().values()) {
            assertTrue(b.x() >= 0 && b.right() <= l.width() && b.bottom() <= l.height(), b + " inside the drawing");
        }
        assertEquals(Math.max(HostLayout.MIN_WIDTH, w), l.width(), 1e-9, "the drawing takes the width it is given");
        assertTrue(l.height() <= h || l.compact(), "too tall for " + h + " only when even the compact layout is: " + l.height());
        for (HostLayout.Edge e : l.edges()) {
            for (int i = 1; i < e.points().size(); i++) {
                double[] a = e.points().get(i - 1);
                double[] b = e.points().get(i);
                assertTrue(a[0] == b[0] || a[1] == b[1], "orthogonal: " + e.needs() + " -> " + e.needed());
                for (HostLayout.Box box : l.boxes().values()) {
                    if (t.containersOf(e.needs()).contains(box.id()) || t.containersOf(e.needed()).contains(box.id())) {
                        continue; // an arrow between two parts of one box runs inside it
                    }
                    assertFalse(crossesInside(a, b, box), e.needs() + " needs " + e.needed() + ": its line runs through " + box.id());
                }
            }
        }
    }

    /** Whether the segment runs through the inside of the box (touching its border is how an arrow ends). */
    private static boolean crossesInside(double[] a, double[] b, HostLayout.Box box) {
        double minX = Math.min(a[0], b[0]);
        double maxX = Math.max(a[0], b[0]);
        double minY = Math.min(a[1], b[1]);
        double maxY = Math.max(a[1], b[1]);
        return minX < box.right() - 0.5 && maxX > box.x() + 0.5 && minY < box.bottom() - 0.5 && maxY > box.y() + 0.5;
    }

    @Test
    void theDefaultThreeGuestsFitA1280By720WindowAndTheIoPathIsWhole() {
        // 420 before the caption bar went under the drawing; the drawing's viewport at 1280x720 is now 397 px with a
        // one-line caption, about 380 with a two-line one.
        HostLayout l = layout("phoenix-fine", 3, 1264, 380);
        assertTrue(l.height() <= 380, "the whole drawing, guests to NIC, in the drawing's share of a 1280x720 window: " + l.height());
        assertFalse(l.tiles());
        assertEquals(3 + 2, l.ioPath().size(), "a line from each net ring, NetBack to the driver, the driver to the NIC");
    }

    @Test
    void sixtyFourGuestsBecomeTilesWithOneShownWholeAndTheArrowsBundledOnePerKind() {
        HostLayout l = layout("phoenix-fine", 64, 1264, 380);
        assertTrue(l.tiles());
        assertEquals(HostLayout.Look.TILE, l.box(ComponentIds.guest(40)).look());
        assertTrue(l.has(ComponentIds.netRing(1)) && !l.has(ComponentIds.netRing(40)), "guest 1 is shown whole, guest 40 as a tile");
        assertTrue(l.height() <= 380, "the I/O path and the pVM band stay at full size and on screen: " + l.height());
        long bundled = l.edges().stream().filter(e -> e.needs().equals(HostLayout.ALL_GUESTS)).count();
        assertEquals(3, bundled, "the guests need net_uk, disk_uk and XenStore: one arrow each");
        Topology t = Topology.standard(64, false);
        HostLayout other = HostLayout.of(t, HostDesign.of(StrategyCatalog.load("phoenix-fine"), t), 1264, 380, ComponentIds.guest(40));
        assertTrue(other.has(ComponentIds.netRing(40)) && !other.has(ComponentIds.netRing(1)), "a click shows another guest whole");
    }

    @Test
    void eachDesignDrawsItsOwnBoxes() {
        HostLayout vanilla = layout("vanilla", 3, 1500, 640);
        assertEquals(1, vanilla.frames().stream().filter(f -> f.styleClass().equals("dom0")).count(), "one dom0");
        assertTrue(vanilla.frames().stream().noneMatch(f -> f.styleClass().equals("global-loop")), "no global loop");
        assertTrue(vanilla.lanes().isEmpty(), "nothing heartbeats dom0");
        HostLayout fine = layout("phoenix-fine", 3, 1500, 640);
        assertTrue(fine.frames().stream().anyMatch(f -> f.styleClass().equals("global-loop")), "UKmonitor");
        assertEquals(List.of(ComponentIds.NET_UK, ComponentIds.DISK_UK, ComponentIds.TOOL_UK),
                fine.lanes().stream().map(HostLayout.Lane::component).toList());
        HostLayout tfd = layout("tfd-xen", 3, 1500, 640);
        HostLayout.Frame standby = tfd.frames().stream().filter(f -> f.styleClass().equals("standby-domain")).findFirst().orElseThrow();
        HostLayout.Box backup = tfd.box(ComponentIds.NIC_BACKUP);
        assertTrue(backup.centreX() > standby.x() && backup.centreX() < standby.right(), "the backup NIC under the standby domain");
        HostLayout xoar = layout("xoar", 3, 1500, 640);
        assertEquals(2, xoar.frames().stream().filter(f -> f.styleClass().equals("design-vm")).count(), "XenStore-State and the builder");
        assertFalse(xoar.has(ComponentIds.XS_COORD), "no coordinators outside Phoenix fine-grained");
    }

    @Test
    void aWiderWindowGivesWiderBoxes() {
        HostLayout narrow = layout("phoenix-fine", 3, 1264, 600);
        HostLayout wide = layout("phoenix-fine", 3, 1904, 900);
        assertTrue(wide.box(ComponentIds.XENSTORE).width() > narrow.box(ComponentIds.XENSTORE).width());
        assertTrue(wide.box(ComponentIds.VMM).width() > 1850, "the layers span the window");
    }
}
