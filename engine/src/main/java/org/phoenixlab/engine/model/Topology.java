package org.phoenixlab.engine.model;

import static org.phoenixlab.engine.model.ComponentIds.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The components of one host and its surroundings (DESIGN section 2) with their stable ids, in a
 * fixed order, and the dependency graph between them.
 */
public final class Topology {
    private final int guests;
    private final boolean backupNic;
    private final Map<String, ComponentSpec> components = new LinkedHashMap<>();
    private final Map<String, ComponentName> names = new LinkedHashMap<>();
    private final DependencyGraph dependencies = new DependencyGraph();

    private Topology(int guests, boolean backupNic) {
        this.guests = guests;
        this.backupNic = backupNic;
    }

    /**
     * The standard host with {@code guests} guest VMs (1 to 64); {@code backupNic} adds TFD-Xen's
     * physical backup NIC.
     */
    public static Topology standard(int guests, boolean backupNic) {
        if (guests < MIN_GUESTS || guests > MAX_GUESTS) {
            throw new IllegalArgumentException(
                    "the number of guests must be between " + MIN_GUESTS + " and " + MAX_GUESTS + ", not " + guests);
        }
        Topology t = new Topology(guests, backupNic);
        t.build();
        return t;
    }

    private void build() {
        add(VMM, ComponentKind.HYPERVISOR, null, "Xen hypervisor",
                "Runs every VM and hosts the global feedback loop (UKmonitor) that detects failed pVM "
                        + "components and repairs them in dependency order. Assumed never to fail.");
        add(NET_UK, ComponentKind.UNIKERNEL, null, "net_uk",
                "Network unikernel: the NIC driver and NetBack, carved out of dom0. Stateless.");
        add(NIC_DRIVER, ComponentKind.SUBCOMPONENT, NET_UK, "NIC driver",
                "Drives the physical NIC; tells the hypervisor when each poll starts and ends.");
        add(NETBACK, ComponentKind.SUBCOMPONENT, NET_UK, "NetBack",
                "Back end of the guests' network rings; forwards their packets to the driver. "
                        + "Holds the shadow driver's buffer while the driver reloads.");
        add(DISK_UK, ComponentKind.UNIKERNEL, null, "disk_uk",
                "Storage unikernel: the disk driver and BlockBack. Stateless, mirrors net_uk.");
        add(DISK_DRIVER, ComponentKind.SUBCOMPONENT, DISK_UK, "disk driver", "Drives the physical disk.");
        add(BLKBACK, ComponentKind.SUBCOMPONENT, DISK_UK, "BlockBack", "Back end of the guests' block rings.");
        add(XENSTORE, ComponentKind.SERVICE_GROUP, null, "XenStore",
                "The configuration database every VM and back end relies on, replicated three times.");
        for (int i = 1; i <= 3; i++) {
            add(xenstoreReplica(i), ComponentKind.XENSTORE_REPLICA, XENSTORE, "XenStore replica " + i,
                    "One copy of the XenStore database; the master replica serves reads, all take writes.");
            named(xenstoreReplica(i), "xenstore-replica", i);
        }
        add(XS_COORD, ComponentKind.SERVICE_GROUP, XENSTORE, "coordinators",
                "The replicated XenStore coordinators.");
        for (int i = 1; i <= 3; i++) {
            add(coordinator(i), ComponentKind.XENSTORE_COORDINATOR, XS_COORD, "coordinator " + i,
                    "Routes XenStore requests, chooses the master replica and checks replica hashes.");
            named(coordinator(i), "coordinator", i);
        }
        add(TOOL_UK, ComponentKind.UNIKERNEL, null, "tool_uk",
                "The toolstack: creates, destroys, checkpoints and migrates VMs. Always running, idle between operations,"
                        + " and watched by a heartbeat like the other unikernels.");
        for (int n = 1; n <= guests; n++) {
            add(guest(n), ComponentKind.GUEST, null, "guest " + n, "A guest VM (domU) running the workload.");
            named(guest(n), "guest", n);
            add(netfront(n), ComponentKind.FRONTEND, guest(n), "NetFront",
                    "The guest's network front end: puts packets on its shared ring.");
            named(netfront(n), "netfront", n);
            add(blkfront(n), ComponentKind.FRONTEND, guest(n), "BlkFront",
                    "The guest's block front end: puts disk requests on its shared ring.");
            named(blkfront(n), "blkfront", n);
            add(netRing(n), ComponentKind.RING, guest(n), "net ring",
                    "Shared memory ring of 256 slots between NetFront and NetBack, with producer and "
                            + "consumer indices.");
            named(netRing(n), "net-ring", n);
            add(blkRing(n), ComponentKind.RING, guest(n), "block ring",
                    "Shared memory ring between BlkFront and BlockBack.");
            named(blkRing(n), "blk-ring", n);
        }
        add(NIC, ComponentKind.DEVICE, null, "NIC", "The physical network card (1 Gb/s).");
        if (backupNic) {
            add(NIC_BACKUP, ComponentKind.DEVICE, null, "backup NIC",
                    "TFD-Xen's standby network card, driven by a standby driver domain.");
        }
        add(DISK, ComponentKind.DEVICE, null, "disk", "The physical disk.");
        add(REMOTE_HOST, ComponentKind.REMOTE_HOST, null, "remote host", "The destination of live migrations.");
        add(NOVA, ComponentKind.MANAGER, null, "Nova",
                "The data-center manager (OpenStack Nova): takes repairs that need another host.");

        // Dependencies (A needs B healthy). Phoenix breaks vanilla Xen's XenStore <-> net_uk cycle:
        // XenStore talks to its coordinator over IRQs and shared memory, so it needs only the hypervisor.
        dependencies.addNeed(NET_UK, XENSTORE);
        dependencies.addNeed(DISK_UK, XENSTORE);
        dependencies.addNeed(TOOL_UK, XENSTORE);
        dependencies.addNeed(TOOL_UK, NET_UK);
        dependencies.addNeed(TOOL_UK, DISK_UK);
        for (int i = 1; i <= 3; i++) {
            dependencies.addNeed(xenstoreReplica(i), XS_COORD);
        }
        for (int n = 1; n <= guests; n++) {
            dependencies.addNeed(guest(n), NET_UK);
            dependencies.addNeed(guest(n), DISK_UK);
            dependencies.addNeed(guest(n), XENSTORE);
        }
    }

    private void add(String id, ComponentKind kind, String parent, String label, String description) {
        components.put(id, new ComponentSpec(id, kind, parent, label, description));
    }

    /** A numbered component's name key (the others are named by their id). */
    private void named(String id, String key, int number) {
        names.put(id, new ComponentName(key, number));
    }

    /**
     * What {@code id} is called, as a key and a number rather than English words (for a window in another
     * language); a one-of-a-kind component's key is its id.
     */
    public ComponentName nameOf(String id) {
        if (!components.containsKey(id)) {
            throw new IllegalArgumentException("unknown component " + id);
        }
        return names.getOrDefault(id, new ComponentName(id, 0));
    }

    public int guests() {
        return guests;
    }

    public boolean hasBackupNic() {
        return backupNic;
    }

    /** Every component, in the fixed order of DESIGN section 2. */
    public List<ComponentSpec> components() {
        return Collections.unmodifiableList(new ArrayList<>(components.values()));
    }

    public Optional<ComponentSpec> find(String id) {
        return Optional.ofNullable(components.get(id));
    }

    public boolean contains(String id) {
        return components.containsKey(id);
    }

    public DependencyGraph dependencies() {
        return dependencies;
    }

    /**
     * The order in which {@code failed} components come back: the dependency graph's order, where the
     * members of a group (XenStore's replicas and coordinators) come back before whatever needs the
     * group, and in their own graph order among themselves. Ties by {@link NaturalOrder}.
     */
    public List<String> repairOrder(java.util.Collection<String> failed) {
        java.util.TreeMap<String, List<String>> byTop = new java.util.TreeMap<>(NaturalOrder.INSTANCE);
        for (String id : failed) {
            byTop.computeIfAbsent(topGroup(id), k -> new ArrayList<>()).add(id);
        }
        List<String> out = new ArrayList<>();
        for (String top : dependencies.repairOrder(byTop.keySet())) {
            List<String> members = byTop.get(top);
            List<String> inGraph = dependencies.repairOrder(members);
            out.addAll(inGraph.stream().filter(m -> !m.equals(top)).toList());
            members.stream().filter(m -> !inGraph.contains(m)).sorted(NaturalOrder.INSTANCE).forEach(out::add);
            if (members.contains(top)) {
                out.add(top); // the group itself is whole again once its members are
            }
        }
        return out;
    }

    /** The outermost group (a node of the dependency graph) that contains {@code id}, or {@code id}. */
    private String topGroup(String id) {
        String top = id;
        ComponentSpec spec = components.get(id);
        while (spec != null && spec.parent() != null) {
            ComponentSpec parent = components.get(spec.parent());
            if (parent == null || parent.kind() != ComponentKind.SERVICE_GROUP) {
                break;
            }
            top = parent.id();
            spec = parent;
        }
        return dependencies.contains(top) ? top : id;
    }

    /** Whether {@code id} is one of this host's guest VMs (what VM operations apply to). */
    public boolean isGuest(String id) {
        ComponentSpec spec = components.get(id);
        return spec != null && spec.kind() == ComponentKind.GUEST;
    }

    /** The component {@code id} is a part of (a unikernel, a group, a guest), if any. */
    public Optional<String> containerOf(String id) {
        ComponentSpec spec = components.get(id);
        return spec == null ? Optional.empty() : Optional.ofNullable(spec.parent());
    }

    /** Every component that holds {@code id}, innermost first. */
    public List<String> containersOf(String id) {
        List<String> out = new ArrayList<>();
        for (Optional<String> c = containerOf(id); c.isPresent(); c = containerOf(c.get())) {
            out.add(c.get());
        }
        return out;
    }

    /** Every component inside {@code id}, its parts' parts included, in the fixed order. */
    public List<String> partsOf(String id) {
        List<String> out = new ArrayList<>();
        for (ComponentSpec spec : components.values()) {
            if (!spec.id().equals(id) && containersOf(spec.id()).contains(id)) {
                out.add(spec.id());
            }
        }
        return out;
    }

    /**
     * The replicated service (a group, such as XenStore with its replicas and coordinators) that
     * {@code id} is, or is a member of; empty for a component outside every group.
     */
    public Optional<String> serviceGroupOf(String id) {
        String group = null;
        for (String c = id; c != null; c = containerOf(c).orElse(null)) {
            ComponentSpec spec = components.get(c);
            if (spec != null && spec.kind() == ComponentKind.SERVICE_GROUP) {
                group = c;
            }
        }
        return Optional.ofNullable(group);
    }

    /** The unikernel (or group) a sub-component belongs to; the id itself for a top-level component. */
    public String unitOf(String id) {
        ComponentSpec spec = components.get(id);
        if (spec == null) {
            return id;
        }
        return spec.kind() == ComponentKind.SUBCOMPONENT ? spec.parent() : id;
    }
}
