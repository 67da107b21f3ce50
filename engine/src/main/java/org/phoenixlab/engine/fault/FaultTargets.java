package org.phoenixlab.engine.fault;

import static org.phoenixlab.engine.fault.FaultKind.CORRUPT_ENTRY;
import static org.phoenixlab.engine.fault.FaultKind.CORRUPT_HASH;
import static org.phoenixlab.engine.fault.FaultKind.CRASH;
import static org.phoenixlab.engine.fault.FaultKind.CRASH_ALL;
import static org.phoenixlab.engine.fault.FaultKind.CRASH_ALL_PVM;
import static org.phoenixlab.engine.fault.FaultKind.CRASH_MASTER;
import static org.phoenixlab.engine.fault.FaultKind.HANG;
import static org.phoenixlab.engine.fault.FaultKind.LOSE_ACK;
import static org.phoenixlab.engine.fault.FaultKind.OUT_OF_MEMORY;

import java.util.List;
import java.util.Optional;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.model.ComponentKind;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.Topology;

/** Which faults make sense for which component, and a plain-words reason when one does not. */
public final class FaultTargets {
    /** The I/O components the engine can fail, in display order. */
    public static final List<String> TARGETS = List.of(ComponentIds.NIC_DRIVER, ComponentIds.NETBACK, ComponentIds.NET_UK,
            ComponentIds.DISK_DRIVER, ComponentIds.BLKBACK, ComponentIds.DISK_UK);

    private FaultTargets() {
    }

    /**
     * The faults that make sense for {@code componentId} in a design with ({@code replicated}) or
     * without a replicated XenStore; empty when it cannot be failed.
     */
    public static List<FaultKind> faultsFor(Topology topology, String componentId, boolean replicated) {
        if (TARGETS.contains(componentId)) {
            return List.of(CRASH, HANG);
        }
        ComponentSpec spec = topology.find(componentId).orElse(null);
        if (spec == null) {
            return List.of();
        }
        return switch (spec.kind()) {
            case XENSTORE_REPLICA -> replicated || componentId.equals(ComponentIds.xenstoreReplica(1))
                    ? List.of(CRASH, HANG, CORRUPT_ENTRY) : List.of();
            case XENSTORE_COORDINATOR -> replicated ? List.of(CRASH, HANG, CORRUPT_HASH) : List.of();
            case SERVICE_GROUP -> replicated ? List.of(CRASH_MASTER, CRASH_ALL)
                    : componentId.equals(ComponentIds.XENSTORE) ? List.of(CRASH_ALL) : List.of();
            case UNIKERNEL -> componentId.equals(ComponentIds.TOOL_UK) ? List.of(CRASH, HANG) : List.of();
            case HYPERVISOR -> List.of(CRASH_ALL_PVM);
            case REMOTE_HOST -> List.of(LOSE_ACK);
            case GUEST -> List.of(OUT_OF_MEMORY);
            default -> List.of();
        };
    }

    /**
     * Whether {@code componentId} runs in a design with ({@code replicated}) or without a replicated
     * XenStore: without it, only the one XenStore ({@code xenstore_uk/1}, in the {@code xenstore} group)
     * runs; its other replicas, the coordinators and their group are not there.
     */
    public static boolean runsIn(Topology topology, String componentId, boolean replicated) {
        ComponentSpec spec = topology.find(componentId).orElse(null);
        if (spec == null) {
            return false;
        }
        return replicated || switch (spec.kind()) {
            case XENSTORE_REPLICA -> componentId.equals(ComponentIds.xenstoreReplica(1));
            case XENSTORE_COORDINATOR -> false;
            case SERVICE_GROUP -> componentId.equals(ComponentIds.XENSTORE);
            default -> true;
        };
    }

    /** The faults of the I/O components (every design has them). */
    public static List<FaultKind> faultsFor(String componentId) {
        return TARGETS.contains(componentId) ? List.of(CRASH, HANG) : List.of();
    }

    /** Empty when the fault makes sense, otherwise why not. */
    public static Optional<String> problem(Topology topology, String target, FaultKind kind, boolean replicated) {
        if (!topology.contains(target)) {
            return Optional.of("unknown component '" + target + "'");
        }
        List<FaultKind> allowed = faultsFor(topology, target, replicated);
        if (allowed.contains(kind)) {
            return Optional.empty();
        }
        ComponentKind k = topology.find(target).orElseThrow().kind();
        boolean xenstorePart = k == ComponentKind.XENSTORE_REPLICA || k == ComponentKind.XENSTORE_COORDINATOR
                || k == ComponentKind.SERVICE_GROUP;
        if (xenstorePart && !replicated && allowed.isEmpty()) {
            return Optional.of("'" + target + "' does not run in this design: XenStore is not replicated here");
        }
        if (allowed.isEmpty()) {
            return Optional.of("'" + target + "' cannot be failed in the model");
        }
        return Optional.of("a " + kind.id() + " fault makes no sense for '" + target + "' (it can suffer: "
                + String.join(", ", allowed.stream().map(FaultKind::id).toList()) + ")");
    }

    /** As {@link #problem(Topology, String, FaultKind, boolean)} for a replicated XenStore. */
    public static Optional<String> problem(Topology topology, String target, FaultKind kind) {
        return problem(topology, target, kind, true);
    }
}
