package org.phoenixlab.engine.sim;

import java.util.List;
import java.util.Optional;

/**
 * The state of every component at one virtual instant; immutable, safe to hand to another thread.
 * {@code traffic} is the network path (packets), {@code storage} the disk path (requests).
 * {@code repairQueue}: the components of the dependency graph still to be brought back after a
 * fault (faulty, detected or under repair), in the order the global loop repairs them.
 */
public record Snapshot(
        long timeUs,
        String strategy,
        List<ComponentView> components,
        List<RingView> rings,
        TrafficView traffic,
        TrafficView storage,
        XenStoreView xenstore,
        List<VmOperationView> operations,
        HeartbeatView heartbeats,
        MonitoringView monitoring,
        List<FaultMetrics> faults,
        int traceSize,
        List<String> repairQueue,
        List<RestartTimerView> restartTimers) {

    public Snapshot {
        components = List.copyOf(components);
        rings = List.copyOf(rings);
        faults = List.copyOf(faults);
        operations = List.copyOf(operations);
        repairQueue = List.copyOf(repairQueue);
        restartTimers = List.copyOf(restartTimers);
    }

    public Optional<ComponentView> component(String id) {
        return components.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
