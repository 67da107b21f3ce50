package org.phoenixlab.engine.fault;

import java.util.List;
import java.util.Optional;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.model.Topology;

/** Which faults make sense for which component, and a plain-words reason when one does not. */
public final class FaultTargets {
    /** Components the engine can fail, in display order. */
    public static final List<String> TARGETS = List.of(ComponentIds.NIC_DRIVER, ComponentIds.NETBACK, ComponentIds.NET_UK,
            ComponentIds.DISK_DRIVER, ComponentIds.BLKBACK, ComponentIds.DISK_UK);

    private FaultTargets() {
    }

    /** The faults that make sense for {@code componentId}; empty when it cannot be failed. */
    public static List<FaultKind> faultsFor(String componentId) {
        return TARGETS.contains(componentId) ? List.of(FaultKind.CRASH, FaultKind.HANG) : List.of();
    }

    /** Empty when the fault makes sense, otherwise why not. */
    public static Optional<String> problem(Topology topology, String target, FaultKind kind) {
        if (!topology.contains(target)) {
            return Optional.of("unknown component '" + target + "'");
        }
        if (!faultsFor(target).contains(kind)) {
            return Optional.of("a " + kind.id() + " of '" + target + "' is not a fault the engine models"
                    + " (faults can strike " + String.join(", ", TARGETS) + ")");
        }
        return Optional.empty();
    }
}
