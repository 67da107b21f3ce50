package org.phoenixlab.engine.sim;

import static org.phoenixlab.engine.model.ComponentIds.NETBACK;
import static org.phoenixlab.engine.model.ComponentIds.NET_UK;
import static org.phoenixlab.engine.model.ComponentIds.NIC;
import static org.phoenixlab.engine.model.ComponentIds.NIC_BACKUP;
import static org.phoenixlab.engine.model.ComponentIds.NIC_DRIVER;

import java.util.ArrayList;
import java.util.List;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.trace.Payload;

/**
 * Guest NetFront → shared ring → NetBack → NIC driver → NIC. Traffic moves in exact integer
 * batches, one per tick for all rings; every packet ends up delivered, held by the shadow driver,
 * or lost, and the three counts always add up to what the guests offered.
 */
final class NetworkPath {
    /** Width of one throughput sample (display resolution, not a model input). */
    static final long THROUGHPUT_BUCKET_US = 100_000;

    private final Host host;
    private final NetRing[] rings;
    private final long tickUs;
    private final long ratePps;
    private final long shadowCapacity;
    private final boolean shadowDriver;
    private final Part netUk;
    private final Part netback;
    private final Part driver;
    private DriverTimeoutProbe driverTimeout;

    private long tickIndex;
    private long offered;
    private long delivered;
    private long lost;
    private long buffered;
    private long peakBuffered;
    private long replayed;
    private String activeNic = NIC;

    private boolean interrupted;
    private long lostAtInterrupt;
    private long outagePeak;
    private long[] throughput = new long[64];
    private int throughputLen;

    NetworkPath(Host host, long packetsPerSecondPerGuest) {
        this.host = host;
        int guests = host.topology.guests();
        this.rings = new NetRing[guests];
        int slots = (int) host.strategy.get(Parameter.RING_SLOTS);
        for (int n = 1; n <= guests; n++) {
            rings[n - 1] = new NetRing(ComponentIds.netRing(n), slots);
        }
        this.tickUs = host.strategy.get(Parameter.TICK_US);
        // The workload the guests offer, capped by what the path sustains under this strategy.
        this.ratePps = Math.min(packetsPerSecondPerGuest * guests, host.strategy.get(Parameter.SUSTAINED_RATE_PPS));
        this.shadowDriver = host.strategy.has(Mechanism.SHADOW_DRIVER);
        this.shadowCapacity = shadowDriver ? host.strategy.get(Parameter.SHADOW_BUFFER_PACKETS) : 0;
        this.netUk = host.parts.get(NET_UK);
        this.netback = host.parts.get(NETBACK);
        this.driver = host.parts.get(NIC_DRIVER);
    }

    void setDriverTimeout(DriverTimeoutProbe probe) {
        this.driverTimeout = probe;
    }

    /** Starts the ticks at a seeded phase: the NIC's interrupt timer is not aligned with anything. */
    void start() {
        long phase = host.random.stream("nic").nextLong(tickUs);
        host.kernel.at(phase, this::tick);
    }

    private long batch(long k) {
        // Exact integer packets for tick k: no rounding drift however long the run.
        long micros = 1_000_000L;
        return (k + 1) * ratePps * tickUs / micros - k * ratePps * tickUs / micros;
    }

    private void tick(long now) {
        long n = batch(tickIndex);
        int g = rings.length;
        long base = n / g;
        long extra = n % g;
        int first = (int) (tickIndex % g);
        tickIndex++;
        offered += n;
        for (int i = 0; i < g; i++) {
            NetRing r = rings[(first + i) % g];
            long arriving = base + (i < extra ? 1 : 0);
            long put = Math.min(arriving, r.free());
            r.producer += put;
            lost += arriving - put;
        }
        Forwarding mode = mode();
        long taken = 0;
        if (mode != Forwarding.STALLED) {
            for (NetRing r : rings) {
                taken += r.drain();
            }
            if (taken > 0) {
                netUk.lastMessageUs = now; // NetBack's event-channel notifications reach the hypervisor
            }
        }
        switch (mode) {
            case FORWARD -> {
                delivered += taken;
                addThroughput(now, taken);
            }
            case SHADOW -> {
                long kept = Math.min(taken, shadowCapacity - buffered);
                buffered += kept;
                lost += taken - kept;
                outagePeak = Math.max(outagePeak, buffered);
                peakBuffered = Math.max(peakBuffered, buffered);
            }
            case DROP -> lost += taken;
            case STALLED -> {
            }
        }
        if ((mode == Forwarding.SHADOW || mode == Forwarding.DROP) && taken > 0 && driverTimeout != null) {
            driverTimeout.pollStarted(now);
        }
        update(now, mode);
        host.kernel.at(now + tickUs, this::tick);
    }

    Forwarding mode() {
        if (netUk.underRepair() && NIC_BACKUP.equals(activeNic) && netUk.repairAction.equals(Actuator.NIC_FAILOVER.id())) {
            return Forwarding.FORWARD; // the standby domain already forwards while the fail-over completes
        }
        if (netUk.failed() || netUk.underRepair()) {
            return Forwarding.STALLED;
        }
        if (netback.failed() || netback.underRepair()) {
            return Forwarding.STALLED;
        }
        if (driver.failed() || driver.underRepair()) {
            return shadowDriver ? Forwarding.SHADOW : Forwarding.DROP;
        }
        return Forwarding.FORWARD;
    }

    private String blocker() {
        if (netUk.failed() || netUk.underRepair()) {
            return NET_UK;
        }
        if (netback.failed() || netback.underRepair()) {
            return NETBACK;
        }
        return NIC_DRIVER;
    }

    /** Re-reads the path's state after a fault or a repair; traces an interruption or a restoration. */
    void reevaluate(long now) {
        update(now, mode());
    }

    private void update(long now, Forwarding mode) {
        if (mode != Forwarding.FORWARD && !interrupted) {
            interrupted = true;
            lostAtInterrupt = lost;
            outagePeak = buffered;
            host.trace.append(now, blocker(), new Payload.TrafficInterrupted(
                    switch (mode) {
                        case SHADOW -> "driver down: the shadow driver holds the packets";
                        case DROP -> "driver down: NetBack drops the packets";
                        default -> "nothing consumes the rings: they fill, then NetFront drops";
                    }));
        } else if (mode == Forwarding.FORWARD && interrupted) {
            interrupted = false;
            // The back end is serving again: it takes what waited in the rings at once.
            long queued = 0;
            for (NetRing r : rings) {
                queued += r.drain();
            }
            delivered += queued;
            addThroughput(now, queued);
            long replay = buffered;
            buffered = 0;
            replayed += replay;
            delivered += replay;
            addThroughput(now, replay);
            host.trace.append(now, NETBACK, new Payload.TrafficRestored(lost - lostAtInterrupt, replay));
            host.ledger.trafficRestored(now, lost, outagePeak);
        }
    }

    /** TFD-Xen: the guests' back end moves to the other driver domain and NIC; the rings stay. */
    void failover() {
        activeNic = NIC.equals(activeNic) && host.topology.hasBackupNic() ? NIC_BACKUP : NIC;
    }

    /** The back end was rebooted: the rings are re-created and what they held is lost. */
    void resetRings() {
        for (NetRing r : rings) {
            lost += r.reset();
        }
    }

    private void addThroughput(long now, long packets) {
        int b = (int) (now / THROUGHPUT_BUCKET_US);
        if (b >= throughput.length) {
            long[] bigger = new long[Math.max(b + 1, throughput.length * 2)];
            System.arraycopy(throughput, 0, bigger, 0, throughputLen);
            throughput = bigger;
        }
        throughput[b] += packets;
        throughputLen = Math.max(throughputLen, b + 1);
    }

    NetRing[] rings() {
        return rings;
    }

    long offered() {
        return offered;
    }

    long delivered() {
        return delivered;
    }

    long lost() {
        return lost;
    }

    long buffered() {
        return buffered;
    }

    long peakBuffered() {
        return peakBuffered;
    }

    long replayed() {
        return replayed;
    }

    long ratePps() {
        return ratePps;
    }

    String activeNic() {
        return activeNic;
    }

    boolean interrupted() {
        return interrupted;
    }

    /** Packets delivered per throughput bucket, up to the bucket holding {@code nowUs}. */
    List<Long> throughput(long nowUs) {
        int upTo = (int) (nowUs / THROUGHPUT_BUCKET_US);
        List<Long> out = new ArrayList<>(upTo + 1);
        for (int i = 0; i <= upTo; i++) {
            out.add(i < throughputLen ? throughput[i] : 0L);
        }
        return out;
    }
}
