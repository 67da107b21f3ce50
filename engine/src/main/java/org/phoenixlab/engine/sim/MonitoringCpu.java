package org.phoenixlab.engine.sim;

import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.strategy.Strategy;

/**
 * The CPU that fault detection costs, part by part (DESIGN section 2, "Monitoring CPU"), and the
 * heartbeats' counts. Each cost is an input of the parameter files: an explicit ping and its answer
 * are two vCPU switches; an implicit heartbeat is a timestamp read on each message a unikernel
 * exchanges with the hypervisor (read only when implicit heartbeats are on); the driver timeout costs
 * two notifications per NAPI poll (arming and stopping the one-shot timer); each ring check reads a
 * ring's indices; XenStore's coordinator pings its peers like the hypervisor pings unikernels.
 * Nothing here is a saving typed in: what implicit heartbeats save is the difference of two totals.
 */
final class MonitoringCpu implements EngineState {
    long explicitPings;
    long implicitBeats;
    long missed;
    long falseAlarms;
    long pingNs;
    long timestampNs;
    long pollTimerNs;
    long ringCheckNs;
    long xenstorePingNs;
    private final long switchNs;
    private final long timestampReadNs;
    private final long notificationNs;
    private final long ringReadNs;
    private final boolean implicit;

    MonitoringCpu(Strategy s) {
        this.switchNs = s.get(Parameter.VCPU_SWITCH_NS);
        this.timestampReadNs = s.get(Parameter.TIMESTAMP_READ_NS);
        this.notificationNs = s.get(Parameter.POLL_NOTIFICATION_NS);
        this.ringReadNs = s.get(Parameter.RING_CHECK_NS);
        this.implicit = s.has(Mechanism.IMPLICIT_HEARTBEAT);
    }

    /** The hypervisor pinged a unikernel and (if it lives) gets its answer: two vCPU switches. */
    long ping() {
        explicitPings++;
        pingNs += 2 * switchNs;
        return switchNs; // the unikernel's own share: its switch in
    }

    /** XenStore's master coordinator pinged one of its peers. */
    long xenstorePing() {
        explicitPings++;
        xenstorePingNs += 2 * switchNs;
        return switchNs;
    }

    /** {@code unit} exchanged {@code n} messages with the hypervisor at {@code atUs}. */
    void messages(Part unit, long atUs, long n) {
        if (n <= 0) {
            return;
        }
        unit.lastMessageUs = Math.max(unit.lastMessageUs, atUs);
        if (implicit) {
            timestampNs += n * timestampReadNs;
        }
    }

    /** A NIC or disk driver's poll told the hypervisor it started and ended; returns the driver's CPU. */
    long pollNotifications() {
        pollTimerNs += 2 * notificationNs;
        return 2 * notificationNs;
    }

    /** One check read the indices of {@code rings} rings. */
    void ringChecks(int rings) {
        ringCheckNs += rings * ringReadNs;
    }

    long totalNs() {
        return pingNs + timestampNs + pollTimerNs + ringCheckNs + xenstorePingNs;
    }

    MonitoringView view() {
        return new MonitoringView(explicitPings, implicitBeats, missed, falseAlarms, pingNs / 1e3, timestampNs / 1e3,
                pollTimerNs / 1e3, ringCheckNs / 1e3, xenstorePingNs / 1e3, totalNs() / 1e3);
    }
}
