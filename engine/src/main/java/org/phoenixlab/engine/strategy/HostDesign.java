package org.phoenixlab.engine.strategy;

import static org.phoenixlab.engine.model.ComponentIds.DISK;
import static org.phoenixlab.engine.model.ComponentIds.DISK_UK;
import static org.phoenixlab.engine.model.ComponentIds.NET_UK;
import static org.phoenixlab.engine.model.ComponentIds.NIC;
import static org.phoenixlab.engine.model.ComponentIds.NIC_BACKUP;
import static org.phoenixlab.engine.model.ComponentIds.TOOL_UK;
import static org.phoenixlab.engine.model.ComponentIds.VMM;
import static org.phoenixlab.engine.model.ComponentIds.XENSTORE;
import static org.phoenixlab.engine.model.ComponentIds.XS_COORD;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.model.Topology;

/**
 * What one design's privileged side is made of (DESIGN section 3, "Each design drawn as it is"):
 * the units of the privileged band from left to right (vanilla Xen's one dom0, Xoar's service VMs,
 * TFD-Xen's dom0 beside its active and standby driver domains, Phoenix's unikernels), which
 * components each holds, what the design calls them, which devices hang under which unit, which
 * components are not part of the design at all, what the hypervisor runs (UKmonitor and its global
 * loop, a ring-lag monitor, or nothing), what it heartbeats, and Xoar's restart timers. Every
 * design runs on the same {@link Topology}: the model's components are the same; the design says how
 * they are packaged. A value, worked out from the strategy's mechanisms, never from its name.
 *
 * @param pvmTitle    the privileged band's title
 * @param units       the band's units, left to right
 * @param titles      the design's own word for a component, where it differs from the component's label
 * @param notes       a sentence on what a component is in this design (tooltips), where it says more than the component's own
 * @param absent      components of the topology that do not exist in this design (XenStore's spare replicas, say)
 * @param monitor     what the hypervisor runs to find and repair faults
 * @param heartbeated the components the hypervisor heartbeats, in topology order
 * @param timers      restarts that do not wait for a detection (Xoar)
 */
public record HostDesign(
        String strategy,
        String pvmTitle,
        List<Unit> units,
        Map<String, String> titles,
        Map<String, String> notes,
        Set<String> absent,
        Monitor monitor,
        List<String> heartbeated,
        List<RestartTimer> timers) {

    /** What a unit of the privileged band is. */
    public enum UnitKind {
        /** Vanilla Xen's (and TFD-Xen's) dom0: one VM holding everything the band shows inside it. */
        MONOLITHIC_VM,
        /** Xoar: one small VM per service, restarted rather than repaired. */
        SERVICE_VM,
        /** TFD-Xen: the VM that drives the NIC and runs NetBack. */
        DRIVER_DOMAIN,
        /** TFD-Xen: a second driver domain, idle, with its own NIC; the guests are switched to it on a fault. */
        STANDBY_DRIVER_DOMAIN,
        /** Phoenix: one unikernel per service. */
        UNIKERNEL,
        /** A service made of several VMs (XenStore's replicas and coordinators). */
        REPLICATED_SERVICE
    }

    /**
     * One box of the privileged band.
     *
     * @param id          a component id when the unit is a component of the model (then {@code members} is just
     *                    that id); otherwise a design-only id such as {@code design/dom0}, for a box the model
     *                    simulates through its members (dom0) or not at all (Xoar's builder)
     * @param members     the top-level components drawn inside it, each with its own parts
     * @param devices     the hardware it drives, drawn under it
     * @param simulated   false for a box the model does not simulate on its own (its note says why it is drawn)
     */
    public record Unit(String id, UnitKind kind, String title, String note, List<String> members, List<String> devices,
            boolean simulated) {
        public Unit {
            members = List.copyOf(members);
            devices = List.copyOf(devices);
        }

        /** Whether the unit is one of the model's components (and so has a state of its own). */
        public boolean isComponent() {
            return members.size() == 1 && members.get(0).equals(id);
        }
    }

    /**
     * What the hypervisor runs. {@code globalLoop}: Phoenix's feedback loop, which repairs in dependency
     * order; {@code probes}: the detectors it runs, in words (empty when nothing watches the privileged side).
     */
    public record Monitor(String title, String detail, boolean globalLoop, List<String> probes) {
        public Monitor {
            probes = List.copyOf(probes);
        }
    }

    /** A restart that comes whether or not anything failed: every {@code periodUs}, or 0 for "when a request finds it dead". */
    public record RestartTimer(String component, long periodUs, String rule) {
    }

    /** Which of the four designs this is, told by its units' kinds (a stable key for its words in another language). */
    public enum Family {
        /** Unikernels watched by UKmonitor. */
        PHOENIX,
        /** dom0 split into service VMs. */
        XOAR,
        /** A driver domain and its standby beside dom0. */
        TFD_XEN,
        /** One monolithic dom0. */
        VANILLA_XEN
    }

    /** The family of this design, from the kinds of its units. */
    public Family family() {
        Set<UnitKind> kinds = new LinkedHashSet<>();
        units.forEach(u -> kinds.add(u.kind()));
        if (kinds.contains(UnitKind.UNIKERNEL) || kinds.contains(UnitKind.REPLICATED_SERVICE)) {
            return Family.PHOENIX;
        }
        if (kinds.contains(UnitKind.SERVICE_VM)) {
            return Family.XOAR;
        }
        return kinds.contains(UnitKind.DRIVER_DOMAIN) ? Family.TFD_XEN : Family.VANILLA_XEN;
    }

    /** The design id prefix of units that are not components of the model. */
    public static final String DESIGN_PREFIX = "design/";
    public static final String DOM0 = DESIGN_PREFIX + "dom0";
    public static final String STANDBY_DOMAIN = DESIGN_PREFIX + "standby-driver-domain";
    public static final String XENSTORE_STATE = DESIGN_PREFIX + "xenstore-state";
    public static final String BUILDER = DESIGN_PREFIX + "builder";

    public HostDesign {
        units = List.copyOf(units);
        titles = Collections.unmodifiableMap(new LinkedHashMap<>(titles));
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
        absent = Collections.unmodifiableSet(new LinkedHashSet<>(absent));
        heartbeated = List.copyOf(heartbeated);
        timers = List.copyOf(timers);
    }

    /** The word this design uses for a component (its label when the design has no word of its own). */
    public String title(String componentId, String label) {
        return titles.getOrDefault(componentId, label);
    }

    /** The unit that holds {@code componentId} at its top level, if any. */
    public Optional<Unit> unitOf(String componentId) {
        return units.stream().filter(u -> u.members().contains(componentId)).findFirst();
    }

    public Optional<Unit> unit(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    public Optional<RestartTimer> timerOf(String componentId) {
        return timers.stream().filter(t -> t.component().equals(componentId)).findFirst();
    }

    /** Whether the component exists in this design (is drawn). */
    public boolean has(String componentId) {
        return !absent.contains(componentId);
    }

    /** The design of {@code strategy} on {@code topology}. */
    public static HostDesign of(Strategy strategy, Topology topology) {
        boolean replicated = strategy.has(Mechanism.XENSTORE_REPLICATION);
        boolean heartbeat = strategy.has(Mechanism.HEARTBEAT);
        boolean xoar = strategy.unitRepair() == UnitRepair.SERVICE_VM_RESTART;
        boolean failover = strategy.unitRepair() == UnitRepair.NIC_FAILOVER && topology.hasBackupNic();

        Set<String> absent = new LinkedHashSet<>();
        if (!replicated) {
            absent.add(XS_COORD);
            for (int i = 1; i <= 3; i++) {
                absent.add(ComponentIds.coordinator(i));
                if (i > 1) {
                    absent.add(ComponentIds.xenstoreReplica(i));
                }
            }
        }
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        List<Unit> units = new ArrayList<>();
        List<RestartTimer> timers = new ArrayList<>();
        String xs1 = ComponentIds.xenstoreReplica(1);
        String pvmTitle;
        Monitor monitor;

        if (heartbeat) { // Phoenix: the unikernels, watched by UKmonitor
            pvmTitle = "pVM: one unikernel per service";
            units.add(component(NET_UK, UnitKind.UNIKERNEL, List.of(NIC)));
            units.add(component(DISK_UK, UnitKind.UNIKERNEL, List.of(DISK)));
            units.add(component(XENSTORE, replicated ? UnitKind.REPLICATED_SERVICE : UnitKind.UNIKERNEL, List.of()));
            units.add(component(TOOL_UK, UnitKind.UNIKERNEL, List.of()));
            if (!replicated) {
                titles.put(xs1, "XenStore unikernel");
                notes.put(xs1, "One XenStore, not replicated: the hypervisor heartbeats it, reboots it whole and reloads"
                        + " its database from the copy in hypervisor memory.");
            }
            List<String> probes = new ArrayList<>();
            probes.add("heartbeats");
            if (strategy.has(Mechanism.DRIVER_TIMEOUT)) {
                probes.add("driver poll timeout");
            }
            if (strategy.has(Mechanism.RING_INDEX_CHECK)) {
                probes.add("ring index check");
            }
            monitor = new Monitor("UKmonitor: the global feedback loop",
                    "detects failed pVM components and repairs them in dependency order", true, probes);
        } else if (xoar) { // Xoar: service VMs on timers
            pvmTitle = "dom0 split into service VMs";
            units.add(component(NET_UK, UnitKind.SERVICE_VM, List.of(NIC)));
            units.add(component(DISK_UK, UnitKind.SERVICE_VM, List.of(DISK)));
            units.add(component(XENSTORE, UnitKind.SERVICE_VM, List.of()));
            units.add(new Unit(XENSTORE_STATE, UnitKind.SERVICE_VM, "XenStore-State",
                    "Xoar keeps XenStore's database in its own VM, which is never restarted: XenStore-Logic can be"
                            + " restarted without losing the data. The model keeps the data through XenStore-Logic's restarts.",
                    List.of(), List.of(), false));
            units.add(component(TOOL_UK, UnitKind.SERVICE_VM, List.of()));
            units.add(new Unit(BUILDER, UnitKind.SERVICE_VM, "Builder",
                    "Xoar's builder VM puts new guests together for the toolstack. The model counts its work as the"
                            + " toolstack's: it is drawn so that the design is complete.", List.of(), List.of(), false));
            titles.put(NET_UK, "NetBack VM");
            titles.put(DISK_UK, "BlkBack VM");
            titles.put(XENSTORE, "XenStore");
            titles.put(xs1, "XenStore-Logic");
            titles.put(TOOL_UK, "Toolstack VM");
            notes.put(NET_UK, "Xoar's NetBack service VM: the NIC driver and NetBack in a small VM of their own,"
                    + " restarted on a timer whether or not it failed.");
            notes.put(DISK_UK, "Xoar's BlkBack service VM: the disk driver and BlockBack, restarted on a timer.");
            notes.put(XENSTORE, "XenStore's request handling in a VM of its own, restarted when a request finds it dead.");
            notes.put(TOOL_UK, "The toolstack in a VM of its own, restarted when a request finds it dead.");
            if (strategy.has(Mechanism.PERIODIC_RESTART) && strategy.defines(Parameter.RESTART_PERIOD_US)) {
                long period = strategy.get(Parameter.RESTART_PERIOD_US);
                timers.add(new RestartTimer(NET_UK, period, "restarted on a timer"));
                timers.add(new RestartTimer(DISK_UK, period, "restarted on a timer"));
            }
            if (strategy.has(Mechanism.RESTART_ON_REQUEST)) {
                timers.add(new RestartTimer(xs1, 0, "restarted when a request finds it dead"));
                timers.add(new RestartTimer(TOOL_UK, 0, "restarted when a request finds it dead"));
            }
            monitor = new Monitor("no global loop", "Xoar detects nothing: its service VMs are restarted on timers and on requests",
                    false, List.of());
        } else if (failover) { // TFD-Xen: dom0 with a driver domain and its standby
            pvmTitle = "two driver domains beside dom0";
            units.add(component(NET_UK, UnitKind.DRIVER_DOMAIN, List.of(NIC)));
            units.add(new Unit(STANDBY_DOMAIN, UnitKind.STANDBY_DRIVER_DOMAIN, "standby driver domain",
                    "A second driver domain with its own NIC driver and NetBack, idle until the guests are switched to it."
                            + " The model simulates the switch (the fail-over), not the standby domain's insides.",
                    List.of(), List.of(NIC_BACKUP), true));
            units.add(new Unit(DOM0, UnitKind.MONOLITHIC_VM, "dom0",
                    "The privileged VM: storage, XenStore and the toolstack stay in it, unprotected.",
                    List.of(DISK_UK, XENSTORE, TOOL_UK), List.of(DISK), true));
            titles.put(NET_UK, "driver domain");
            titles.put(DISK_UK, "storage back end");
            titles.put(xs1, "xenstored");
            titles.put(TOOL_UK, "toolstack");
            notes.put(NET_UK, "TFD-Xen's network driver domain: the NIC driver and NetBack in a VM of their own, whose"
                    + " rings the hypervisor watches for lag.");
            monitor = new Monitor("ring-lag monitor", "watches the network rings; a stalled ring switches the guests"
                    + " to the standby driver domain. No global loop", false, List.of("ring lag (network only)"));
        } else { // vanilla Xen
            pvmTitle = "privileged VM: one monolithic dom0";
            units.add(new Unit(DOM0, UnitKind.MONOLITHIC_VM, "dom0",
                    "The privileged VM of vanilla Xen: drivers, back ends, XenStore and the toolstack in one VM."
                            + " Nothing watches it; a fault in any part needs a manual reboot of dom0.",
                    List.of(NET_UK, DISK_UK, XENSTORE, TOOL_UK), List.of(NIC, DISK), true));
            titles.put(NET_UK, "network drivers");
            titles.put(DISK_UK, "storage drivers");
            titles.put(xs1, "xenstored");
            titles.put(TOOL_UK, "toolstack (xl)");
            notes.put(NET_UK, "Inside dom0: the NIC driver and NetBack. In vanilla Xen they are part of dom0, not a VM of their own.");
            notes.put(DISK_UK, "Inside dom0: the disk driver and BlockBack.");
            monitor = new Monitor("no global loop", "nothing detects or repairs a fault in dom0", false, List.of());
        }
        if (!replicated && !titles.containsKey(XENSTORE) && !xoar) {
            titles.put(XENSTORE, "XenStore");
        }
        if (!heartbeat) {
            notes.putIfAbsent(VMM, "Runs every VM. " + (xoar ? "Xoar adds no detector to it." : "No feedback loop runs in it in this design."));
        }

        List<String> heartbeated = new ArrayList<>();
        if (heartbeat) {
            heartbeated.add(NET_UK);
            heartbeated.add(DISK_UK);
            if (!replicated && strategy.has(Mechanism.VMM_BACKUP)) {
                heartbeated.add(xs1); // the one XenStore, watched by the hypervisor (XenStore's replicas watch each other)
            }
            heartbeated.add(TOOL_UK);
        }
        return new HostDesign(strategy.name(), pvmTitle, units, titles, notes, absent, monitor, heartbeated, timers);
    }

    private static Unit component(String id, UnitKind kind, List<String> devices) {
        return new Unit(id, kind, null, null, List.of(id), devices, true);
    }
}
