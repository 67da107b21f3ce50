package org.phoenixlab.engine.strategy;

import java.util.Arrays;
import java.util.Optional;

/**
 * The model's numeric inputs. Units are in the names: Us = virtual microseconds, Ns = nanoseconds of
 * CPU, Pps = packets per second. Values and their sources live in the strategy parameter files, never
 * in code. Each input also has the range of values that make sense for the model (a period of zero
 * would never let time move; a ring of a billion slots overflows the packet counts) and its unit;
 * {@link ParameterCheck} applies them, with the relations between inputs, wherever a value comes in.
 */
public enum Parameter {
    TICK_US("tickUs", 10, 100_000, Unit.MICROSECONDS),
    RING_SLOTS("ringSlots", 1, 65_536, Unit.SLOTS),
    HEARTBEAT_PERIOD_US("heartbeatPeriodUs", 100, 60_000_000, Unit.MICROSECONDS),
    HEARTBEAT_DEADLINE_US("heartbeatDeadlineUs", 10, 10_000_000, Unit.MICROSECONDS),
    DRIVER_TIMEOUT_US("driverTimeoutUs", 100, 60_000_000, Unit.MICROSECONDS),
    RING_CHECK_PERIOD_US("ringCheckPeriodUs", 100, 60_000_000, Unit.MICROSECONDS),
    RING_LAG_PERIOD_US("ringLagPeriodUs", 100, 60_000_000, Unit.MICROSECONDS),
    RESTART_PERIOD_US("restartPeriodUs", 1_000, 24L * 3_600_000_000L, Unit.MICROSECONDS),
    DRIVER_RELOAD_US("driverReloadUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    NETBACK_RELOAD_US("netbackReloadUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    DISK_DRIVER_RELOAD_US("diskDriverReloadUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    BLKBACK_RELOAD_US("blkbackReloadUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    UNIKERNEL_REBOOT_US("unikernelRebootUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    SERVICE_VM_REBOOT_US("serviceVmRebootUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    FAILOVER_US("failoverUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    /** Packets/s the guests still offer while the path is down: fitted to Table 2's loss counts. */
    OUTAGE_OFFERED_PPS("outageOfferedPps", 0, Limits.RATE_MAX_PPS, Unit.PACKETS_PER_SECOND),
    SHADOW_BUFFER_PACKETS("shadowBufferPackets", 0, 1_000_000_000, Unit.PACKETS),
    // The host's CPUs and Xen's credit scheduler.
    PHYSICAL_CPUS("physicalCpus", 1, 256, Unit.CPUS),
    GUEST_VCPUS("guestVcpus", 0, 64, Unit.VCPUS),
    SCHED_SLICE_US("schedSliceUs", 100, 1_000_000, Unit.MICROSECONDS),
    SCHED_RATE_LIMIT_US("schedRateLimitUs", 0, 1_000_000, Unit.MICROSECONDS),
    SCHED_ACCOUNTING_US("schedAccountingUs", 100, 1_000_000, Unit.MICROSECONDS),
    PACKET_CPU_NS("packetCpuNs", 0, 1_000_000, Unit.NANOSECONDS),
    DISK_REQUEST_CPU_NS("diskRequestCpuNs", 0, 10_000_000, Unit.NANOSECONDS),
    // What monitoring costs, part by part (nanoseconds).
    VCPU_SWITCH_NS("vcpuSwitchNs", 0, 1_000_000, Unit.NANOSECONDS),
    TIMESTAMP_READ_NS("timestampReadNs", 0, 1_000_000, Unit.NANOSECONDS),
    POLL_NOTIFICATION_NS("pollNotificationNs", 0, 1_000_000, Unit.NANOSECONDS),
    RING_CHECK_NS("ringCheckNs", 0, 1_000_000, Unit.NANOSECONDS),
    // One workload for every design: a closed-loop benchmark and each design's own per-packet costs.
    BENCHMARK_ROUND_TRIP_US("benchmarkRoundTripUs", 1, 1_000_000, Unit.MICROSECONDS),
    PATH_CROSSINGS("pathCrossings", 1, 100, Unit.CROSSINGS),
    SERVICE_VM_HOP_NS("serviceVmHopNs", 0, 1_000_000, Unit.NANOSECONDS),
    FRESH_COPY_SWAP_US("freshCopySwapUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    XENSTORE_LOGIC_RESTART_US("xenstoreLogicRestartUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    NOVA_POLL_PERIOD_US("novaPollPeriodUs", 1_000, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    // XenStore and its synchronisation hops.
    XENSTORE_OPS_PER_SECOND("xenstoreOpsPerSecond", 0, 100_000, Unit.REQUESTS_PER_SECOND),
    XENSTORE_WRITE_PERCENT("xenstoreWritePercent", 0, 100, Unit.PERCENT),
    XENSTORE_HOP_US("xenstoreHopUs", 0, 1_000_000, Unit.MICROSECONDS),
    XENSTORE_PROCESS_US("xenstoreProcessUs", 1, 1_000_000, Unit.MICROSECONDS),
    XENSTORE_HASH_CHECK_US("xenstoreHashCheckUs", 0, 1_000_000, Unit.MICROSECONDS),
    XS_HEARTBEAT_PERIOD_US("xsHeartbeatPeriodUs", 100, 60_000_000, Unit.MICROSECONDS),
    XS_REPLICA_BOOT_US("xsReplicaBootUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    XS_COORD_RESTART_US("xsCoordRestartUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    XENSTORE_REBOOT_US("xenstoreRebootUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    TOOL_REBOOT_US("toolRebootUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    VM_BUILD_US("vmBuildUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    DEVICE_CONNECT_US("deviceConnectUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    VM_BOOT_US("vmBootUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    MIGRATION_PRECOPY_US("migrationPrecopyUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    MIGRATION_SUSPEND_US("migrationSuspendUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    MIGRATION_TRANSFER_US("migrationTransferUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    MIGRATION_ACK_US("migrationAckUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    MIGRATION_ACK_TIMEOUT_US("migrationAckTimeoutUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    MIGRATION_RESUME_US("migrationResumeUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    SOURCE_RESUME_TIMEOUT_US("sourceResumeTimeoutUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    NOVA_RESTART_US("novaRestartUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS),
    CHECKPOINT_SAVE_US("checkpointSaveUs", 1, Limits.REPAIR_MAX_US, Unit.MICROSECONDS);

    /** What a parameter counts, as it is written after a value. */
    public enum Unit {
        MICROSECONDS("us"), NANOSECONDS("ns"), SLOTS("slots"), PACKETS("packets"), PACKETS_PER_SECOND("packets/s"),
        REQUESTS_PER_SECOND("requests/s"), PERCENT("%"), CPUS("CPUs"), VCPUS("vCPUs"), CROSSINGS("crossings");

        private final String symbol;

        Unit(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** The unit as a word of a phrase ({@code unit.<name>}). */
        public org.phoenixlab.engine.trace.Phrase.Word word() {
            return new org.phoenixlab.engine.trace.Phrase.Word("unit." + name().toLowerCase(java.util.Locale.ROOT), symbol);
        }
    }

    /** Shared bounds (an enum constant may not name a static field of its own type declared after it). */
    private static final class Limits {
        /** A repair, reboot, VM-operation step or slow poll longer than an hour is not a model of anything measured. */
        static final long REPAIR_MAX_US = 3_600_000_000L;
        /** Ten times a 10 Gb/s line rate, as the scenario's workload allows. */
        static final long RATE_MAX_PPS = 10_000_000;
    }

    private final String id;
    private final long min;
    private final long max;
    private final Unit unit;

    Parameter(String id, long min, long max, Unit unit) {
        this.id = id;
        this.min = min;
        this.max = max;
        this.unit = unit;
    }

    /** The name used in strategy parameter files (and in version-1 scenario files). */
    public String id() {
        return id;
    }

    /** The smallest value that makes sense, in {@link #unit()}. */
    public long min() {
        return min;
    }

    /** The largest value that makes sense, in {@link #unit()}. */
    public long max() {
        return max;
    }

    public Unit unit() {
        return unit;
    }

    /** True for a duration in microseconds (the id ends in "Us"). */
    public boolean isDuration() {
        return id.endsWith("Us");
    }

    /** A value as a person reads it: "62ms", "256 slots", "20 %". */
    public String format(long value) {
        if (unit == Unit.MICROSECONDS) {
            return org.phoenixlab.engine.files.Durations.format(value);
        }
        return String.format(java.util.Locale.ROOT, "%,d %s", value, unit.symbol());
    }

    /** A value as a phrase: a duration as {@link #format} writes it, a count with its unit (a word of a closed set). */
    public org.phoenixlab.engine.trace.Phrase.Arg value(long value) {
        if (unit == Unit.MICROSECONDS) {
            return new org.phoenixlab.engine.trace.Phrase.Name(format(value));
        }
        return new org.phoenixlab.engine.trace.Phrase.Nested(org.phoenixlab.engine.trace.Phrase.of("value.count", "{0} {1}",
                new org.phoenixlab.engine.trace.Phrase.Count(value, true), unit.word()));
    }

    /** {@link #range()} as a phrase. */
    public org.phoenixlab.engine.trace.Phrase rangePhrase() {
        if (unit == Unit.MICROSECONDS) {
            return org.phoenixlab.engine.trace.Phrase.of("range.duration", "{0} to {1}", value(min), value(max));
        }
        return org.phoenixlab.engine.trace.Phrase.of("range.count", "{0} to {1} {2}", new org.phoenixlab.engine.trace.Phrase.Count(min, true),
                new org.phoenixlab.engine.trace.Phrase.Count(max, true), unit.word());
    }

    /** The allowed range in words: "100us to 1min", "1 to 65,536 slots". */
    public String range() {
        if (unit == Unit.MICROSECONDS) {
            return format(min) + " to " + format(max);
        }
        return String.format(java.util.Locale.ROOT, "%,d to %,d %s", min, max, unit.symbol());
    }

    /** The name in version-2 scenario files: durations drop the "Us" suffix and are written readably. */
    public String scenarioName() {
        return isDuration() ? id.substring(0, id.length() - 2) : id;
    }

    public static Optional<Parameter> byScenarioName(String name) {
        return Arrays.stream(values()).filter(p -> p.scenarioName().equals(name)).findFirst();
    }

    public static Optional<Parameter> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
