package org.phoenixlab.engine.sim;

import java.util.ArrayList;
import java.util.List;
import org.phoenixlab.engine.kernel.LongSeries;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.trace.Payload;

/**
 * Guest front end → shared ring → back end → driver → device, for the network (NetFront, NetBack,
 * NIC driver, NIC) and for storage (BlkFront, BlockBack, disk driver, disk). Traffic moves in exact
 * integer batches, one per tick for all rings; every packet or request ends up delivered, held by
 * the shadow driver, lost, or still queued in a ring.
 */
final class IoPath implements EngineState {
    /** Width of one throughput sample (display resolution, not a model input). */
    static final long THROUGHPUT_BUCKET_US = 100_000;

    final PathSpec spec;
    private final Host host;
    private final IoRing[] rings;
    private final long tickUs;
    private final long ratePerSecond;
    private final long outageRate;
    private final long cpuPerItemNs;
    private final long shadowCapacity;
    private final boolean shadowDriver;
    private final Part unit;
    private final Part backend;
    private final Part driver;
    private final Part[] guests;
    private DriverTimeoutProbe driverTimeout;
    /**
     * The next tick, made once rather than a new method reference per tick. Not copied by a checkpoint
     * (serialization cannot restore a lambda that refers back to the object holding it); remade on use.
     */
    private transient org.phoenixlab.engine.kernel.Action tickAction;

    private long tickIndex;
    /** Packet-microseconds not yet turned into whole packets: exact integer batches at any rate. */
    private long carry;
    private long offered;
    private long delivered;
    private long lost;
    private long buffered;
    private long peakBuffered;
    private long replayed;
    private String activeDevice;

    private boolean interrupted;
    private long lostAtInterrupt;
    private long outagePeak;
    /** Finished throughput buckets (kept by a checkpoint as a length only), and the bucket now filling. */
    private final LongSeries throughput = new LongSeries();
    private int bucket;
    private long bucketValue;

    IoPath(Host host, PathSpec spec) {
        this.host = host;
        this.spec = spec;
        int slots = (int) host.strategy.get(Parameter.RING_SLOTS);
        this.rings = spec.rings().stream().map(id -> new IoRing(id, slots)).toArray(IoRing[]::new);
        this.tickUs = host.strategy.get(Parameter.TICK_US);
        this.ratePerSecond = spec.ratePerSecond();
        this.outageRate = spec.outageRatePerSecond();
        this.cpuPerItemNs = host.strategy.get(spec.cpuPerItem());
        this.shadowDriver = host.strategy.has(Mechanism.SHADOW_DRIVER);
        this.shadowCapacity = shadowDriver ? host.strategy.get(Parameter.SHADOW_BUFFER_PACKETS) : 0;
        this.unit = host.parts.get(spec.unit());
        this.backend = host.parts.get(spec.backend());
        this.driver = host.parts.get(spec.driver());
        this.activeDevice = spec.device();
        this.guests = new Part[rings.length];
        for (int i = 0; i < rings.length; i++) {
            guests[i] = host.parts.get(ComponentIds.guest(i + 1));
        }
    }

    void setDriverTimeout(DriverTimeoutProbe probe) {
        this.driverTimeout = probe;
    }

    /** Starts the ticks at a seeded phase: the device's interrupt timer is not aligned with anything. */
    void start() {
        long phase = host.random.stream(spec.device()).nextLong(tickUs);
        host.kernel.at(phase, this::tick);
    }

    /** Packets arriving in the next tick: at the fault-free rate, or at the outage rate while the path is down. */
    private long batch() {
        long rate = interrupted ? outageRate : ratePerSecond;
        carry += rate * tickUs;
        long n = carry / 1_000_000L;
        carry -= n * 1_000_000L;
        return n;
    }

    private void tick(long now) {
        long n = batch();
        int g = rings.length;
        long base = n / g;
        long extra = n % g;
        int idx = (int) (tickIndex % g);
        tickIndex++;
        offered += n;
        // What arrives changes neither the back end's mode nor its vCPU's wait, so both are known first and
        // the rings are filled and served in one pass.
        Forwarding mode = mode();
        long waitUs = tickUs;
        if (mode != Forwarding.STALLED) {
            // The interrupt wakes the unikernel; it serves the rings when its vCPU gets a CPU. A vCPU that waits
            // longer than a tick (its credit spent, behind the guests' slices) leaves the rings to fill meanwhile.
            waitUs = host.scheduler.delayUs(unit, now);
        }
        boolean serving = mode != Forwarding.STALLED && waitUs < tickUs;
        long taken = 0;
        int notified = 0;
        for (int i = 0; i < g; i++) {
            IoRing r = rings[idx];
            Part guest = guests[idx];
            if (++idx == g) {
                idx = 0;
            }
            long arriving = i < extra ? base + 1 : base;
            if (guest.state == ComponentState.STOPPED || guest.failed()) {
                offered -= arriving; // a guest that does not run here offers nothing
            } else {
                long put = Math.min(arriving, r.free());
                r.producer += put;
                lost += arriving - put;
            }
            if (serving) {
                long t = r.drain();
                taken += t;
                if (t > 0) {
                    notified++; // one event-channel notification per ring served
                }
            }
        }
        if (serving) {
            hand(now, waitUs, mode, taken, notified);
        }
        update(now, mode);
        if (tickAction == null) {
            tickAction = this::tick;
        }
        host.kernel.at(now + tickUs, tickAction);
    }

    /**
     * The back end takes what waits in the rings, if it runs, and hands it on according to {@code mode};
     * it runs {@code waitUs} after {@code now} (its vCPU's wait for a CPU).
     */
    private void serve(long now, long waitUs, Forwarding mode) {
        if (mode == Forwarding.STALLED) {
            return;
        }
        long taken = 0;
        int notified = 0;
        for (IoRing r : rings) {
            long t = r.drain();
            taken += t;
            if (t > 0) {
                notified++; // one event-channel notification per ring served
            }
        }
        hand(now, waitUs, mode, taken, notified);
    }

    /** What the back end took from the rings goes on: to the device, the shadow driver, or nowhere. */
    private void hand(long now, long waitUs, Forwarding mode, long taken, int notified) {
        if (taken > 0) {
            long cpu = taken * cpuPerItemNs;
            if (mode == Forwarding.FORWARD && driverTimeout != null) {
                cpu += host.monitoring.pollNotifications(); // the poll's start and end, through the hypervisor
                notified += 2;
            }
            host.monitoring.messages(unit, now + waitUs, notified);
            host.scheduler.charge(unit, cpu);
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
            driverTimeout.pollStarted(now + waitUs);
        }
    }

    Forwarding mode() {
        if (unit.underRepair() && !activeDevice.equals(spec.device())
                && unit.repairAction.equals(Repair.NIC_FAILOVER.id())) {
            return Forwarding.FORWARD; // the standby domain already forwards while the fail-over completes
        }
        if (unit.failed() || unit.underRepair()) {
            return Forwarding.STALLED;
        }
        if (backend.failed() || backend.underRepair()) {
            return Forwarding.STALLED;
        }
        if (driver.failed() || driver.underRepair()) {
            return shadowDriver ? Forwarding.SHADOW : Forwarding.DROP;
        }
        return Forwarding.FORWARD;
    }

    private String blocker() {
        if (unit.failed() || unit.underRepair()) {
            return unit.id();
        }
        if (backend.failed() || backend.underRepair()) {
            return backend.id();
        }
        return driver.id();
    }

    /** Re-reads the path's state after a fault or a repair; traces an interruption or a restoration. */
    void reevaluate(long now) {
        Forwarding mode = mode();
        if (mode != Forwarding.FORWARD) {
            serve(now, 0, mode); // a back end that just came back serves its rings at once, even into the shadow buffer
        }
        update(now, mode);
    }

    /** This path's name ("net", "disk"), a word of a closed set. */
    private org.phoenixlab.engine.trace.Phrase.Word path() {
        return new org.phoenixlab.engine.trace.Phrase.Word("path." + spec.name(), spec.name());
    }

    private void update(long now, Forwarding mode) {
        if (mode != Forwarding.FORWARD && !interrupted) {
            interrupted = true;
            lostAtInterrupt = lost;
            outagePeak = buffered;
            host.trace.append(now, blocker(), new Payload.TrafficInterrupted(
                    switch (mode) {
                        case SHADOW -> Say.of("cause.shadow", "driver down: the shadow driver holds the {0} traffic", path());
                        case DROP -> Say.of("cause.drop", "driver down: {0} drops the {1} traffic", Say.label(backend), path());
                        default -> Say.of("cause.unconsumed", "nothing consumes the {0} rings: they fill, then the front ends drop", path());
                    }));
        } else if (mode == Forwarding.FORWARD && interrupted) {
            interrupted = false;
            // The back end is serving again: it takes what waited in the rings at once.
            long queued = 0;
            for (IoRing r : rings) {
                queued += r.drain();
            }
            delivered += queued;
            addThroughput(now, queued);
            long replay = host.defects.contains(Defect.SHADOW_DROPS_BUFFER) ? 0 : buffered;
            buffered = 0;
            replayed += replay;
            delivered += replay;
            addThroughput(now, replay);
            boolean fitted = host.strategy.defines(Parameter.OUTAGE_OFFERED_PPS) && outageRate != ratePerSecond;
            host.trace.append(now, backend.id(), new Payload.TrafficRestored(lost - lostAtInterrupt, replay,
                    fitted ? outageRate : 0));
            host.ledger.trafficRestored(now, spec.unit(), lost, outagePeak);
        }
    }

    /** TFD-Xen: the guests' back end moves to the other driver domain and device; the rings stay. */
    void failover() {
        if (spec.unit().equals(ComponentIds.NET_UK) && host.topology.hasBackupNic()) {
            activeDevice = activeDevice.equals(ComponentIds.NIC) ? ComponentIds.NIC_BACKUP : ComponentIds.NIC;
        }
    }

    /** The back end was restarted: the rings are re-created and what they held is lost. */
    void resetRings() {
        for (IoRing r : rings) {
            lost += r.reset();
        }
    }

    private void addThroughput(long now, long packets) {
        int b = (int) (now / THROUGHPUT_BUCKET_US);
        while (bucket < b) { // time only moves forward: the buckets before this one are final
            throughput.append(bucketValue);
            bucketValue = 0;
            bucket++;
        }
        bucketValue += packets;
    }

    IoRing[] rings() {
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

    long ratePerSecond() {
        return ratePerSecond;
    }

    long outageRatePerSecond() {
        return outageRate;
    }

    String activeDevice() {
        return activeDevice;
    }

    boolean interrupted() {
        return interrupted;
    }

    /** Items delivered per throughput bucket, up to the bucket holding {@code nowUs}. */
    List<Long> throughput(long nowUs) {
        int upTo = (int) (nowUs / THROUGHPUT_BUCKET_US);
        List<Long> out = new ArrayList<>(upTo + 1);
        for (int i = 0; i <= upTo; i++) {
            out.add(i < throughput.size() ? throughput.get(i) : i == bucket ? bucketValue : 0L);
        }
        return out;
    }
}
