package org.phoenixlab.engine.sim;

import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.trace.Payload;

/**
 * The hypervisor's liveness check of one unikernel. Every period it either counts recent traffic
 * as an implicit heartbeat or sends an explicit ping that must be answered within the deadline.
 */
final class HeartbeatProbe implements EngineState {
    static final String NAME = "heartbeat";

    private final Host host;
    private final Part unit;
    private final long periodUs;
    private final long deadlineUs;
    private final long cpuUs;
    private final boolean implicit;

    HeartbeatProbe(Host host, Part unit) {
        this.host = host;
        this.unit = unit;
        this.periodUs = host.strategy.get(Parameter.HEARTBEAT_PERIOD_US);
        this.deadlineUs = host.strategy.get(Parameter.HEARTBEAT_DEADLINE_US);
        this.cpuUs = host.strategy.get(Parameter.HEARTBEAT_CPU_US);
        this.implicit = host.strategy.has(Mechanism.IMPLICIT_HEARTBEAT);
        host.watch(unit.id());
    }

    /** The first check comes at a seeded phase: unikernels did not boot at the same instant. */
    void start() {
        long phase = host.random.stream("heartbeat:" + unit.id()).nextLong(periodUs);
        host.kernel.at(phase, this::check);
    }

    private void check(long now) {
        host.kernel.at(now + periodUs, this::check);
        if (unit.state == ComponentState.DETECTED || unit.state == ComponentState.REPAIRING
                || unit.state == ComponentState.STOPPED) {
            return; // the global loop already knows, or the unit is not meant to run
        }
        if (implicit && unit.lastMessageUs >= 0 && now - unit.lastMessageUs <= periodUs) {
            host.heartbeats.implicit++;
            host.trace.append(now, unit.id(), new Payload.Heartbeat(false, true));
            return;
        }
        host.heartbeats.explicit++;
        host.heartbeats.cpuUs += cpuUs;
        if (!unit.failed()) {
            host.trace.append(now, unit.id(), new Payload.Heartbeat(true, true));
            return;
        }
        long sentUs = now;
        host.kernel.at(now + deadlineUs, t -> deadlinePassed(t, sentUs));
    }

    private void deadlinePassed(long now, long sentUs) {
        if (!unit.failed() || unit.state != ComponentState.FAULTY) {
            return;
        }
        host.heartbeats.missed++;
        host.trace.append(now, unit.id(), new Payload.Heartbeat(true, false));
        host.loop.detected(now, unit, NAME,
                "no answer to the ping sent at " + Host.ms(sentUs) + " within the " + Host.ms(deadlineUs) + " deadline");
    }
}
