package org.phoenixlab.engine.sim;

import java.util.ArrayList;
import java.util.List;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.model.ComponentKind;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.Strategy;
import org.phoenixlab.engine.trace.Phrase;

/**
 * What, in a design, will notice a fault: the probes (or Xoar's timer, or the request that finds a
 * dead service) that watch the component it strikes, or nothing. A design with nothing watching says
 * so at once ("vanilla Xen has no detector for this: nothing will repair it") instead of "not detected
 * yet" for ever. The answer comes from the mechanisms the design switches on and what each one
 * watches (the same wiring as {@link Simulation}); {@code FaultOutlookTest} checks it against a run of
 * every fault under every design.
 *
 * @param watchers the names of what will notice the fault, as detections name their probe
 *                 ("driver-timeout", "heartbeat", "periodic-restart"); empty when nothing will
 * @param phrase   the outlook in a sentence for a person (its English: {@link #words()})
 */
public record FaultOutlook(List<String> watchers, Phrase phrase) {
    public FaultOutlook {
        watchers = List.copyOf(watchers);
    }

    /** The outlook in English words. */
    public String words() {
        return phrase.english();
    }

    /**
     * The end of the caption of the fault's moment: "nothing knows it yet; the hypervisor's heartbeat
     * watches it", or, when nothing watches it, the outlook alone.
     */
    public Phrase caption() {
        return watched() ? Phrase.of("outlook.caption", "nothing knows it yet; {0}", new Phrase.Nested(phrase)) : phrase;
    }

    /** Whether anything will notice the fault (and so, in every design here, repair it). */
    public boolean watched() {
        return !watchers.isEmpty();
    }

    /** The outlook of {@code kind} struck on {@code target} under {@code strategy} (a well-formed fault). */
    public static FaultOutlook of(Topology topology, Strategy strategy, String target, FaultKind kind) {
        List<String> w = new ArrayList<>();
        watchers(topology, strategy, target, kind, w);
        List<String> distinct = w.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return new FaultOutlook(distinct, Phrase.of("outlook.none", "{0} has no detector for this: nothing will repair it",
                    new Phrase.Word("strategy." + strategy.name(), strategy.title())));
        }
        Phrase.Arg[] words = distinct.stream().map(d -> new Phrase.Word("watcher." + d, inWords(d))).toArray(Phrase.Arg[]::new);
        if (words.length == 1) {
            return new FaultOutlook(distinct, Phrase.of("outlook.one", "{0} watches it", words));
        }
        StringBuilder either = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            either.append(i == 0 ? "" : i == words.length - 1 ? " or " : ", ").append('{').append(i).append('}');
        }
        Phrase who = Phrase.of("outlook.either." + words.length, either.toString(), words);
        return new FaultOutlook(distinct, Phrase.of("outlook.many", "{0} watch it", new Phrase.Nested(who)));
    }

    private static void watchers(Topology t, Strategy s, String target, FaultKind kind, List<String> out) {
        boolean replicated = s.has(Mechanism.XENSTORE_REPLICATION);
        switch (kind) {
            case CRASH_ALL_PVM -> {
                for (String unit : List.of(ComponentIds.NET_UK, ComponentIds.DISK_UK, ComponentIds.TOOL_UK)) {
                    watchers(t, s, unit, FaultKind.CRASH, out);
                }
                watchers(t, s, ComponentIds.XENSTORE, FaultKind.CRASH_ALL, out);
            }
            case LOSE_ACK -> add(out, s, Mechanism.MIGRATION_WATCHDOG, "migration-watchdog");
            case OUT_OF_MEMORY -> add(out, s, Mechanism.NOVA_HANDOFF, "memory-monitor");
            case CORRUPT_ENTRY, CORRUPT_HASH -> add(out, s, Mechanism.XENSTORE_SANITY_CHECK, XenStore.SANITY_PROBE);
            case CRASH_MASTER -> add(out, s, Mechanism.XENSTORE_REPLICATION, XenStore.HEARTBEAT_PROBE);
            case CRASH_ALL -> {
                if (replicated) {
                    out.add(XenStore.HEARTBEAT_PROBE);
                    out.add(HeartbeatProbe.NAME); // with every coordinator down, the hypervisor pings them itself
                } else {
                    watchers(t, s, ComponentIds.xenstoreReplica(1), FaultKind.CRASH, out);
                }
            }
            case CRASH, HANG -> crashOrHang(t, s, target, out);
        }
    }

    private static void crashOrHang(Topology t, Strategy s, String target, List<String> out) {
        ComponentSpec spec = t.find(target).orElseThrow();
        if (spec.kind() == ComponentKind.SUBCOMPONENT) {
            if (!s.has(Mechanism.FAULT_ISOLATION)) {
                crashOrHang(t, s, spec.parent(), out); // the fault takes the whole unikernel down
                return;
            }
            boolean driver = target.equals(ComponentIds.NIC_DRIVER) || target.equals(ComponentIds.DISK_DRIVER);
            add(out, s, driver ? Mechanism.DRIVER_TIMEOUT : Mechanism.RING_INDEX_CHECK,
                    driver ? DriverTimeoutProbe.NAME : RingIndexCheck.NAME);
            return;
        }
        switch (spec.kind()) {
            case UNIKERNEL -> {
                add(out, s, Mechanism.HEARTBEAT, HeartbeatProbe.NAME);
                if (target.equals(ComponentIds.TOOL_UK)) {
                    add(out, s, Mechanism.RESTART_ON_REQUEST, XoarRestarts.ON_REQUEST);
                } else {
                    if (target.equals(ComponentIds.NET_UK)) {
                        add(out, s, Mechanism.RING_LAG, RingLagMonitor.NAME);
                    }
                    add(out, s, Mechanism.PERIODIC_RESTART, XoarRestarts.TIMER);
                }
            }
            case XENSTORE_REPLICA, XENSTORE_COORDINATOR -> {
                if (s.has(Mechanism.XENSTORE_REPLICATION)) {
                    out.add(XenStore.HEARTBEAT_PROBE);
                } else {
                    add(out, s, Mechanism.HEARTBEAT, HeartbeatProbe.NAME);
                    add(out, s, Mechanism.RESTART_ON_REQUEST, XoarRestarts.ON_REQUEST);
                }
            }
            default -> {
            }
        }
    }

    private static void add(List<String> out, Strategy s, Mechanism m, String name) {
        if (s.has(m)) {
            out.add(name);
        }
    }

    private static String inWords(String watcher) {
        return switch (watcher) {
            case HeartbeatProbe.NAME -> "the hypervisor's heartbeat";
            case DriverTimeoutProbe.NAME -> "the driver's poll timeout";
            case RingIndexCheck.NAME -> "the ring index check";
            case RingLagMonitor.NAME -> "the ring-lag monitor";
            case XoarRestarts.TIMER -> "Xoar's restart timer (it detects nothing: its next restart finds the service VM dead)";
            case XoarRestarts.ON_REQUEST -> "the next request that finds it dead (then it is restarted)";
            case XenStore.HEARTBEAT_PROBE -> "the coordinators' heartbeat";
            case XenStore.SANITY_PROBE -> "the hash sanity check (when the entry is next read from the master's copy)";
            case "migration-watchdog" -> "the migration watchdog";
            case "memory-monitor" -> "the memory monitor (Nova moves the guest)";
            default -> "the " + watcher + " probe";
        };
    }
}
