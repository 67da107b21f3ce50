package org.phoenixlab.engine.sim;

import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.strategy.Strategy;

/**
 * One workload for every design (DESIGN section 2): the benchmark keeps a fixed number of requests in
 * flight, so its throughput is that number over the round trip (Little's law). The offered rate is
 * what vanilla Xen carries; each design's own per-packet costs lengthen the round trip and lower its
 * throughput in proportion:
 * <ul>
 * <li>the driver timeout: two notifications per NAPI poll (arming and stopping the one-shot timer),
 * one poll per crossing of the driver unikernel;</li>
 * <li>implicit heartbeats: a timestamp read on the message of each crossing;</li>
 * <li>Xoar: one more grant hop per crossing through its NetBack service VM.</li>
 * </ul>
 * TFD-Xen's ring monitor reads indices from the hypervisor, off the packet path: it costs CPU (see
 * {@link MonitoringCpu}) but no latency. Xoar's timed restarts cost throughput too, but as outages
 * the simulation runs (the path stops while a fresh copy is swapped in), not as a figure here.
 *
 * @param roundTripNs the benchmark's round trip under vanilla Xen
 * @param addedNs     what this design adds to each round trip
 */
record PacketCosts(long roundTripNs, long addedNs) {

    static PacketCosts of(Strategy s) {
        long crossings = s.get(Parameter.PATH_CROSSINGS);
        long added = 0;
        if (s.has(Mechanism.DRIVER_TIMEOUT)) {
            added += crossings * 2 * s.get(Parameter.POLL_NOTIFICATION_NS);
        }
        if (s.has(Mechanism.IMPLICIT_HEARTBEAT)) {
            added += crossings * s.get(Parameter.TIMESTAMP_READ_NS);
        }
        if (s.defines(Parameter.SERVICE_VM_HOP_NS)) {
            added += crossings * s.get(Parameter.SERVICE_VM_HOP_NS);
        }
        return new PacketCosts(s.get(Parameter.BENCHMARK_ROUND_TRIP_US) * 1000, added);
    }

    /** The design's round trip, microseconds. */
    double latencyUs() {
        return (roundTripNs + addedNs) / 1000.0;
    }

    /** What this design carries of a workload that vanilla Xen carries whole. */
    long throughput(long workloadPps) {
        return Math.multiplyExact(workloadPps, roundTripNs) / (roundTripNs + addedNs);
    }
}
