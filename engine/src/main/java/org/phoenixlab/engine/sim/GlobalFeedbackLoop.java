package org.phoenixlab.engine.sim;

import org.phoenixlab.engine.trace.Phrase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.phoenixlab.engine.model.ComponentKind;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.model.DependencyGraph;
import org.phoenixlab.engine.model.NaturalOrder;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.trace.Payload;

/**
 * The hypervisor's global feedback loop (UKmonitor): probes report detections here; it picks the
 * actuator and starts a repair only when everything the component needs is healthy, so concurrent
 * failures are repaired in dependency order (ties by id, {@link NaturalOrder}).
 */
final class GlobalFeedbackLoop implements EngineState {
    private final Host host;
    private final DependencyGraph deps;
    private final List<Part> pending = new ArrayList<>();

    GlobalFeedbackLoop(Host host) {
        this.host = host;
        this.deps = host.topology.dependencies();
    }

    /** A probe saw {@code part} fail. Ignored when the loop already handles it. */
    void detected(long now, Part part, String probe, Phrase evidence) {
        if (!notice(now, part, probe, evidence)) {
            return;
        }
        pending.add(part);
        // The loop decides in an engine event of its own, at the same virtual time: the detection is
        // a step of its own (stepping shows the part detected before its repair starts); no time passes.
        host.kernel.at(now, this::dispatch);
    }

    /**
     * Records that {@code part} was found failed (traced, marked detected, counted in the fault's
     * figures) without deciding anything: Xoar's restarts, which have no global loop, use it alone.
     * A part that had no fault at all is a false alarm: counted and said so, and repaired all the same.
     * Returns false when the part is already detected or under repair.
     */
    boolean notice(long now, Part part, String probe, Phrase evidence) {
        if (part.state == ComponentState.DETECTED || part.state == ComponentState.REPAIRING) {
            return false;
        }
        boolean falseAlarm = part.failure == null;
        if (falseAlarm) {
            host.monitoring.falseAlarms++;
        }
        host.trace.append(now, part.id(), new Payload.Detected(probe, evidence, falseAlarm));
        host.parts.set(now, part, ComponentState.DETECTED, falseAlarm
                ? Say.of("reason.detected.falseAlarm", "found by the {0} probe (a false alarm: it was running)", Say.probe(probe))
                : Say.of("reason.detected", "found by the {0} probe", Say.probe(probe)));
        if (!falseAlarm) {
            host.ledger.detected(now, part.id(), probe);
        }
        if (host.xenstore.isMember(part)) {
            host.xenstore.memberDetected(now, part);
        }
        return true;
    }

    private void dispatch(long now) {
        List<String> units = pending.stream().map(p -> host.topology.unitOf(p.id())).distinct().toList();
        List<String> order = host.topology.repairOrder(units);
        List<Part> queue = new ArrayList<>(pending);
        queue.sort(Comparator.<Part>comparingInt(p -> order.indexOf(host.topology.unitOf(p.id())))
                .thenComparing(Part::id, NaturalOrder.INSTANCE));
        for (Part p : queue) {
            List<String> blockers = deps.needs(host.topology.unitOf(p.id())).stream()
                    .filter(id -> !satisfied(host.parts.get(id)))
                    .filter(id -> !host.defects.contains(Defect.IGNORE_DEPENDENCY_ORDER))
                    .toList();
            if (!blockers.isEmpty()) {
                String waiting = String.join(", ", blockers);
                if (!waiting.equals(p.waitingFor)) {
                    p.waitingFor = waiting;
                    host.trace.append(now, p.id(), new Payload.RepairDeferred(waiting));
                }
                continue;
            }
            pending.remove(p);
            start(now, p);
        }
    }

    /**
     * The components of the dependency graph still to be brought back (faulty, detected or under
     * repair), in the order this loop repairs them: the graph's order, ties by id.
     */
    List<String> repairQueue() {
        List<String> failing = new ArrayList<>();
        for (String id : deps.nodes()) {
            ComponentState s = host.parts.get(id).state;
            if (s == ComponentState.FAULTY || s == ComponentState.DETECTED || s == ComponentState.REPAIRING) {
                failing.add(id);
            }
        }
        return host.topology.repairOrder(failing);
    }

    /** A dependency is satisfied when it is healthy, or when this design does not have it at all. */
    private static boolean satisfied(Part need) {
        return need.state == ComponentState.HEALTHY || need.absent;
    }

    private void start(long now, Part p) {
        Repair actuator = actuatorFor(p);
        if (actuator == null) {
            p.reason = Say.of("reason.noRepair", "this design has no repair for it");
            return;
        }
        Part unit = host.parts.get(host.topology.unitOf(p.id()));
        if (unit != p && unit.failed()) {
            escalate(now, p, unit);
            return;
        }
        beginRepair(now, p, actuator, t -> finishRepair(t, p, actuator));
    }

    /** Starts {@code actuator} on {@code p} now; {@code end} runs when its duration is over. */
    void beginRepair(long now, Part p, Repair actuator, org.phoenixlab.engine.kernel.Action end) {
        long duration = host.strategy.get(actuator.duration());
        p.waitingFor = "";
        p.repairAction = actuator.id();
        p.repairStartUs = now;
        p.repairDurationUs = duration;
        host.trace.append(now, p.id(), new Payload.RepairStarted(actuator.id(), duration));
        host.parts.set(now, p, ComponentState.REPAIRING, Say.of("reason.repairing", "{0}", new Phrase.Actuator(actuator.id())));
        host.ledger.repairStarted(now, p.id(), actuator.id());
        if (actuator.restartsWholeUnit()) {
            for (Part child : host.parts.childrenOf(p.id())) {
                host.parts.set(now, child, ComponentState.STOPPED, Say.of("reason.restartingWith", "restarting with {0}", Say.id(p.id())));
            }
        }
        if (actuator == Repair.NIC_FAILOVER && host.pathOf(p.id()) != null) {
            host.pathOf(p.id()).failover();
        }
        if (p.id().equals(org.phoenixlab.engine.model.ComponentIds.TOOL_UK) && !p.failed()) {
            host.toolstack.toolFailed(now); // rebooting a live toolstack (a false alarm) stops its operation too
        }
        afterChange(now);
        host.kernel.at(now + duration, end);
    }

    /**
     * A part's reload needs its unikernel running. Before reloading, the loop pings the unikernel;
     * no answer within the heartbeat deadline means the fault is the whole unikernel's.
     */
    private void escalate(long now, Part p, Part unit) {
        long deadline = host.strategy.get(Parameter.HEARTBEAT_DEADLINE_US);
        host.scheduler.charge(unit, host.monitoring.ping());
        host.kernel.at(now + deadline, t -> {
            if (unit.failed() && unit.state == ComponentState.FAULTY) {
                host.monitoring.missed++;
                host.trace.append(t, unit.id(), new Payload.Heartbeat(true, false));
                detected(t, unit, HeartbeatProbe.NAME, Say.of("evidence.escalated", "no answer to the ping sent before repairing {0}",
                        Say.id(p.id())));
            }
        });
    }

    /** {@code actuator} is done with {@code p}: it is fresh, and whatever waited for it may be repaired. */
    void finishRepair(long now, Part p, Repair actuator) {
        p.failure = null;
        p.repairAction = "";
        p.repairStartUs = -1;
        if (p.spec.kind() != ComponentKind.SUBCOMPONENT) {
            // The whole unit is fresh: rebooted, restarted, or replaced by the standby domain.
            for (Part child : host.parts.childrenOf(p.id())) {
                child.failure = null;
                host.parts.set(now, child, ComponentState.HEALTHY, Say.of("reason.freshWith", "fresh with {0}", Say.id(p.id())));
            }
        }
        if (actuator.restartsWholeUnit() && host.pathOf(p.id()) != null) {
            host.pathOf(p.id()).resetRings();
        }
        if (host.xenstore.isMember(p)) {
            host.xenstore.repaired(now, p);
        }
        host.trace.append(now, p.id(), new Payload.RepairFinished(actuator.id()));
        host.parts.set(now, p, ComponentState.HEALTHY, Say.of("reason.repairedBy", "repaired by {0}", new Phrase.Actuator(actuator.id())));
        if (p.id().equals(org.phoenixlab.engine.model.ComponentIds.TOOL_UK)) {
            host.toolstack.toolRepaired(now);
        } else if (p.spec.kind() == ComponentKind.GUEST) {
            host.toolstack.novaRestarted(now, p);
        }
        host.ledger.repaired(now, p.id(), host.topology);
        // A part whose detection was overtaken by its unit's restart needs no repair of its own.
        pending.removeIf(q -> !q.failed());
        for (Part child : host.parts.childrenOf(p.id())) {
            if (!child.failed() && child.state == ComponentState.DETECTED) {
                host.parts.set(now, child, ComponentState.HEALTHY, Say.of("reason.restartedWith", "restarted with {0}", Say.id(p.id())));
            }
        }
        afterChange(now);
        dispatch(now);
    }

    private Repair actuatorFor(Part p) {
        if (host.xenstore.isMember(p)) {
            return host.xenstore.repairFor(p);
        }
        if (p.id().equals(org.phoenixlab.engine.model.ComponentIds.TOOL_UK)) {
            return host.toolstack.repair();
        }
        if (p.spec.kind() == ComponentKind.GUEST) {
            return host.toolstack.novaRepair();
        }
        IoPath path = host.pathOf(p.id());
        if (p.spec.kind() == ComponentKind.SUBCOMPONENT && host.strategy.has(Mechanism.FAULT_ISOLATION) && path != null) {
            if (p.id().equals(path.spec.driver())) {
                return path.spec.driverReload();
            }
            if (p.id().equals(path.spec.backend())) {
                return path.spec.backendReload();
            }
        }
        Repair unit = Repair.forUnit(host.strategy.unitRepair());
        if (unit == Repair.NIC_FAILOVER && (path == null || path != host.network)) {
            return null; // TFD-Xen fails over the network only
        }
        return unit;
    }

    /** Re-reads the traffic path and which components are degraded after any change. */
    void afterChange(long now) {
        for (IoPath path : host.paths()) {
            path.reevaluate(now);
        }
        host.xenstore.refresh(now);
        refreshDegraded(now);
    }

    /**
     * A working component whose dependency (or one of whose parts) is not healthy is degraded and
     * says what it waits for; it becomes healthy again when they are. Walks dependencies first so
     * that degradation cascades.
     */
    private void refreshDegraded(long now) {
        for (String id : deps.repairOrder(deps.nodes())) {
            Part p = host.parts.get(id);
            if (p.absent || p.state != ComponentState.HEALTHY && p.state != ComponentState.DEGRADED) {
                continue;
            }
            List<String> blockers = new ArrayList<>();
            for (Part child : host.parts.childrenOf(id)) {
                if (child.spec.kind() == ComponentKind.SUBCOMPONENT && child.state != ComponentState.HEALTHY) {
                    blockers.add(child.id());
                }
            }
            for (String need : deps.needs(id)) {
                if (!satisfied(host.parts.get(need))) {
                    blockers.add(need);
                }
            }
            if (blockers.isEmpty()) {
                p.waitingFor = "";
                if (p.state == ComponentState.DEGRADED) {
                    host.parts.set(now, p, ComponentState.HEALTHY, Phrase.EMPTY);
                }
            } else {
                p.waitingFor = String.join(", ", blockers);
                host.parts.set(now, p, ComponentState.DEGRADED, Say.of("reason.waitsFor", "waits for {0}",
                        new Phrase.Components(p.waitingFor, p.waitingFor)));
            }
        }
    }
}
