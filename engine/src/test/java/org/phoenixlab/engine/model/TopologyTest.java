package org.phoenixlab.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TopologyTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 3, 64})
    void idsAreUniqueAndStable(int guests) {
        Topology t = Topology.standard(guests, false);
        List<String> ids = t.components().stream().map(ComponentSpec::id).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size());
        for (String id : List.of("vmm", "net_uk", "net_uk/nic-driver", "net_uk/netback", "disk_uk", "disk_uk/disk-driver",
                "disk_uk/blkback", "xenstore_uk/1", "xenstore_uk/3", "xs_coord/1", "xs_coord/3", "tool_uk", "nic", "disk",
                "remote-host", "nova", "guest/" + guests, "ring/guest/" + guests + "/net", "ring/guest/" + guests + "/blk")) {
            assertTrue(t.contains(id), id);
        }
        assertFalse(t.contains("guest/" + (guests + 1)));
        assertFalse(t.contains("nic-backup"));
    }

    @Test
    void everyComponentHasANameKeyNumberedCopiesShareOneAndAnUnknownIdHasNone() {
        Topology t = Topology.standard(3, true);
        assertEquals(new ComponentName("net_uk/nic-driver", 0), t.nameOf("net_uk/nic-driver"));
        assertEquals(new ComponentName("xenstore-replica", 2), t.nameOf("xenstore_uk/2"));
        assertEquals(new ComponentName("coordinator", 3), t.nameOf("xs_coord/3"));
        assertEquals(new ComponentName("guest", 3), t.nameOf("guest/3"));
        assertEquals(new ComponentName("net-ring", 1), t.nameOf("ring/guest/1/net"));
        assertEquals(new ComponentName("blkfront", 2), t.nameOf("guest/2/blkfront"));
        for (ComponentSpec c : t.components()) {
            ComponentName n = t.nameOf(c.id());
            assertEquals(n.number() > 0, c.label().matches(".*\\d.*") || c.kind() == ComponentKind.FRONTEND || c.kind() == ComponentKind.RING, c.id());
        }
        assertThrows(IllegalArgumentException.class, () -> t.nameOf("guest/4"));
    }

    @Test
    void guestsAreKnownByTheTopologyNotByTheirIds() {
        Topology t = Topology.standard(3, false);
        assertTrue(t.isGuest("guest/3"));
        assertFalse(t.isGuest("guest/4"), "not in this topology");
        assertFalse(t.isGuest("guest/1/netfront"));
        assertFalse(t.isGuest("ring/guest/1/net"));
        assertFalse(t.isGuest("net_uk"));
    }

    @Test
    void containersAndPartsFollowTheTopology() {
        Topology t = Topology.standard(2, false);
        assertEquals(java.util.Optional.of("net_uk"), t.containerOf("net_uk/nic-driver"));
        assertEquals(java.util.Optional.empty(), t.containerOf("net_uk"));
        assertEquals(List.of("xs_coord", "xenstore"), t.containersOf("xs_coord/2"));
        assertEquals(List.of("guest/1"), t.containersOf("ring/guest/1/net"));
        assertEquals(List.of("net_uk/nic-driver", "net_uk/netback"), t.partsOf("net_uk"));
        assertEquals(List.of("xenstore_uk/1", "xenstore_uk/2", "xenstore_uk/3", "xs_coord", "xs_coord/1", "xs_coord/2",
                "xs_coord/3"), t.partsOf("xenstore"));
        assertEquals(List.of(), t.partsOf("vmm"));
    }

    @Test
    void theServiceGroupOfAReplicaOrCoordinatorIsXenStore() {
        Topology t = Topology.standard(1, false);
        assertEquals(java.util.Optional.of("xenstore"), t.serviceGroupOf("xenstore_uk/2"));
        assertEquals(java.util.Optional.of("xenstore"), t.serviceGroupOf("xs_coord/1"));
        assertEquals(java.util.Optional.of("xenstore"), t.serviceGroupOf("xenstore"));
        assertEquals(java.util.Optional.empty(), t.serviceGroupOf("net_uk/netback"));
        assertEquals(java.util.Optional.empty(), t.serviceGroupOf("guest/1"));
    }

    @Test
    void backupNicExistsOnlyWhenAsked() {
        assertTrue(Topology.standard(3, true).contains("nic-backup"));
    }

    @Test
    void guestCountOutsideOneToSixtyFourIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Topology.standard(0, false));
        assertThrows(IllegalArgumentException.class, () -> Topology.standard(65, false));
    }

    @Test
    void subComponentsBelongToTheirUnikernel() {
        Topology t = Topology.standard(3, false);
        assertEquals("net_uk", t.unitOf("net_uk/nic-driver"));
        assertEquals("net_uk", t.unitOf("net_uk"));
        assertEquals("guest/2", t.unitOf("guest/2"));
    }
}
