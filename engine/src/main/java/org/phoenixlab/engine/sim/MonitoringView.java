package org.phoenixlab.engine.sim;

/**
 * What fault detection has cost so far, in microseconds of CPU, part by part, and the counts behind
 * it.
 *
 * @param explicitPings    pings sent (by the hypervisor, and by XenStore's coordinator to its peers)
 * @param implicitBeats    checks that recent messages made unnecessary
 * @param missed           pings that got no answer within the deadline
 * @param falseAlarms      components declared failed that were running (their vCPU waited for a CPU, say)
 * @param pingsUs          explicit pings and their answers (two vCPU switches each)
 * @param timestampsUs     implicit heartbeats: a timestamp read on every message
 * @param pollTimerUs      the driver timeout's two notifications per poll
 * @param ringChecksUs     the ring index checks and TFD-Xen's ring monitor
 * @param xenstorePingsUs  XenStore's own heartbeats between coordinator and replicas
 * @param totalUs          the sum
 */
public record MonitoringView(
        long explicitPings,
        long implicitBeats,
        long missed,
        long falseAlarms,
        double pingsUs,
        double timestampsUs,
        double pollTimerUs,
        double ringChecksUs,
        double xenstorePingsUs,
        double totalUs) {
}
