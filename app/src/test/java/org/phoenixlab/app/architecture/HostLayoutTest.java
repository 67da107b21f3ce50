package org.phoenixlab.app.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.Topology;

/** The drawing's geometry alone, no toolkit: every component placed, guests never overlapping. */
class HostLayoutTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 3, 8, 9, 17, 64})
    void everyComponentHasABoxAndNoGuestsOrRingsOverlap(int guests) {
        Topology t = Topology.standard(guests, guests % 2 == 1);
        HostLayout layout = new HostLayout(t);
        assertEquals(t.components().stream().map(ComponentSpec::id).collect(Collectors.toSet()), layout.boxes().keySet());
        assertEquals(java.util.List.of(), layout.overlappingGuestBoxes());
        assertEquals(guests + 2, layout.ioPath().size(), "a line from each net ring, NetBack to the driver, the driver to the NIC");
        for (HostLayout.Box b : layout.boxes().values()) {
            assertTrue(b.right() <= layout.width() && b.bottom() <= layout.height(), b + " inside the drawing");
        }
        assertEquals(guests <= 8, layout.oneGuestRow());
    }
}
