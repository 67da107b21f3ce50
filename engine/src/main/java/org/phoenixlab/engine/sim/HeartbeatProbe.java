package org.phoenixlab.engine.sim;

import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.trace.Payload;

/**
 * The hypervisor's liveness check of one unikernel. Every period it either counts recent messages
 * as an implicit heartbeat or sends an explicit ping that must be answered within the deadline. A
 * live unikernel answers when its vCPU runs: promptly when Phoenix marks it (or when it has credit
 * left), but an unmarked one whose credit is spent waits behind the guests' 30 ms slices, answers
 * late and is declared dead although it runs (a false alarm).
 */
final class HeartbeatProbe implements EngineState {
    static final String NAME = "heartbeat";

    private final Host host;
    private final Part unit;
    private final long periodUs;
    private final long deadlineUs;
    private final boolean implicit;

    HeartbeatProbe(Host host, Part unit) {
        this.host = host;
        this.unit = unit;
        this.periodUs = host.strategy.get(Parameter.HEARTBEAT_PERIOD_US);
        this.deadlineUs = host.strategy.get(Parameter.HEARTBEAT_DEADLINE_US);
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
            host.monitoring.implicitBeats++;
            host.trace.append(now, unit.id(), new Payload.Heartbeat(false, true));
            return;
        }
        host.scheduler.charge(unit, host.monitoring.ping());
        long sentUs = now;
        if (unit.failed()) {
            host.kernel.at(now + deadlineUs, t -> deadlinePassed(t, sentUs));
            return;
        }
        long waitUs = host.scheduler.delayUs(unit, now);
        if (waitUs <= deadlineUs) {
            host.trace.append(now, unit.id(), new Payload.Heartbeat(true, true, waitUs));
            return;
        }
        host.kernel.at(now + deadlineUs, t -> answeredLate(t, sentUs, waitUs));
    }

    private void deadlinePassed(long now, long sentUs) {
        if (!unit.failed() || unit.state != ComponentState.FAULTY) {
            return;
        }
        host.monitoring.missed++;
        host.trace.append(now, unit.id(), new Payload.Heartbeat(true, false));
        host.loop.detected(now, unit, NAME, Say.of("evidence.heartbeat", "no answer to the ping sent at {0} within the {1} deadline",
                Say.ms(sentUs), Say.ms(deadlineUs)));
    }

    /** The unikernel runs, but its vCPU got a CPU only {@code waitUs} after the ping: past the deadline. */
    private void answeredLate(long now, long sentUs, long waitUs) {
        if (unit.failed()) {
            deadlinePassed(now, sentUs); // it crashed meanwhile: a true detection
            return;
        }
        if (unit.state != ComponentState.HEALTHY && unit.state != ComponentState.DEGRADED) {
            return;
        }
        host.monitoring.missed++;
        host.trace.append(now, unit.id(), new Payload.Heartbeat(true, false, waitUs)); // its late answer's time
        host.loop.detected(now, unit, NAME, Say.of("evidence.heartbeat.late", "no answer to the ping sent at {0} within the {1}"
                + " deadline: it runs, but its vCPU waited behind the guests' and got a CPU only {2} after the ping",
                Say.ms(sentUs), Say.ms(deadlineUs), Say.ms(waitUs)));
    }
}
