package org.phoenixlab.engine.sim;

/**
 * Packet counts since the start of the run. {@code offered = delivered + lost + buffered + queued}
 * where queued is what the rings hold.
 *
 * @param ratePps    the aggregate rate the guests push through the path
 * @param activeNic  the device carrying traffic ("nic", "nic-backup" after TFD-Xen's fail-over, "disk")
 * @param forwarding true when packets are being delivered now
 */
public record TrafficView(
        long ratePps,
        long offered,
        long delivered,
        long lost,
        long buffered,
        long peakBuffered,
        long replayed,
        String activeNic,
        boolean forwarding) {
}
