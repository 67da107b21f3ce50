package org.phoenixlab.engine.sim;

import static org.phoenixlab.engine.model.ComponentIds.DISK_UK;
import static org.phoenixlab.engine.model.ComponentIds.NET_UK;
import static org.phoenixlab.engine.model.ComponentIds.TOOL_UK;
import static org.phoenixlab.engine.model.ComponentIds.XENSTORE;

import java.util.ArrayList;
import java.util.List;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.model.ComponentKind;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.trace.Payload;

/** Makes a fault strike: what breaks, how far it spreads without isolation, and the ledger entry. */
final class FaultInjector implements EngineState {
    private final Host host;

    FaultInjector(Host host) {
        this.host = host;
    }

    void strike(long now, String target, FaultKind kind) {
        host.trace.append(now, target, new Payload.FaultInjected(kind));
        switch (kind) {
            case CRASH, HANG -> fail(now, host.parts.get(target), kind);
            case CORRUPT_ENTRY, CORRUPT_HASH -> {
                Part p = host.parts.get(target);
                if (p.failed() || p.state == ComponentState.REPAIRING || p.state == ComponentState.STOPPED) {
                    return; // nothing runs there to corrupt: its state will be rebuilt when it is repaired
                }
                corrupt(now, p, kind);
            }

            case CRASH_MASTER -> fail(now, target.equals(XENSTORE) ? host.xenstore.master()
                    : host.xenstore.masterCoordinator(), FaultKind.CRASH);
            case CRASH_ALL -> {
                for (Part p : members(target)) {
                    fail(now, p, FaultKind.CRASH);
                }
            }
            case CRASH_ALL_PVM -> {
                List<Part> all = new ArrayList<>(members(XENSTORE));
                all.add(host.parts.get(NET_UK));
                all.add(host.parts.get(DISK_UK));
                all.add(host.parts.get(TOOL_UK)); // always there, idle or busy
                for (Part p : all) {
                    fail(now, p, FaultKind.CRASH);
                }
            }
            case LOSE_ACK -> {
                host.toolstack.loseNextAck();
                record(now, host.parts.get(target), kind);
            }
            case OUT_OF_MEMORY -> {
                Part guest = host.parts.get(target);
                record(now, guest, kind);
                guest.failure = kind;
                host.parts.set(now, guest, ComponentState.FAULTY, Say.of("reason.outOfMemory", "needs more memory than this host has"));
                host.toolstack.outOfMemory(now, guest);
            }
        }
        host.loop.afterChange(now);
    }

    private void corrupt(long now, Part p, FaultKind kind) {
        String key = host.xenstore.hotKey();
        record(now, p, kind);
        p.failure = kind;
        if (kind == FaultKind.CORRUPT_ENTRY) {
            host.xenstore.corruptEntry(p, key);
            host.parts.set(now, p, ComponentState.FAULTY, Say.of("reason.corruptEntry", "entry {0} silently corrupted", Say.name(key)));
        } else {
            host.xenstore.corruptHash(p, key);
            host.parts.set(now, p, ComponentState.FAULTY, Say.of("reason.corruptHash", "stored hash of {0} silently corrupted", Say.name(key)));
        }
    }

    /** Every running member of a XenStore group (replicas and coordinators, or coordinators only). */
    private List<Part> members(String group) {
        List<Part> out = new ArrayList<>();
        for (int i = 1; i <= XenStore.N; i++) {
            if (group.equals(XENSTORE)) {
                out.add(host.parts.get(ComponentIds.xenstoreReplica(i)));
            }
            out.add(host.parts.get(ComponentIds.coordinator(i)));
        }
        out.removeIf(p -> p.absent || p.failed());
        return out;
    }

    private void record(long now, Part p, FaultKind kind) {
        IoPath path = host.pathOf(p.id());
        boolean isolated = host.strategy.has(Mechanism.FAULT_ISOLATION);
        String unit = isolated || p.spec.kind() != ComponentKind.SUBCOMPONENT ? p.id() : host.topology.unitOf(p.id());
        host.ledger.injected(p.id(), kind, unit, path == null ? "" : path.spec.unit(), now, path == null ? 0 : path.lost());
    }

    private void fail(long now, Part part, FaultKind kind) {
        record(now, part, kind);
        boolean isolated = host.strategy.has(Mechanism.FAULT_ISOLATION);
        String unitId = host.topology.unitOf(part.id());
        Part unit = host.parts.get(unitId);
        part.failure = kind;
        host.parts.set(now, part, ComponentState.FAULTY, Say.of("reason.fault", "{0}, not detected yet", Say.fault(kind)));
        if (unit != part && !isolated && !unit.failed()) {
            unit.failure = kind;
            host.parts.set(now, unit, ComponentState.FAULTY,
                    Say.of("reason.noIsolation", "the {0} of {1} took the whole unikernel down (no fault isolation)",
                            Say.fault(kind), Say.label(part)));
        }
        if (unit == part) {
            for (Part child : host.parts.childrenOf(unitId)) {
                if (child.state == ComponentState.HEALTHY && child.spec.kind() == ComponentKind.SUBCOMPONENT) {
                    host.parts.set(now, child, ComponentState.STOPPED, Say.of("reason.unitDown", "{0} is down", Say.id(unitId)));
                }
            }
        }
        if (part.id().equals(TOOL_UK)) {
            host.toolstack.toolFailed(now);
        }
    }
}
