package org.phoenixlab.engine.strategy;

import java.util.Arrays;
import java.util.Optional;

/**
 * The model's numeric inputs. Units are in the names: Us = virtual microseconds, Ns = nanoseconds of
 * CPU, Pps = packets per second. Values and their sources live in the strategy parameter files, never
 * in code; {@link #min()} and {@link #max()} bound what an override may ask for.
 */
public enum Parameter {
    TICK_US("tickUs", 1, Limits.MAX),
    RING_SLOTS("ringSlots", 1, 1_000_000),
    HEARTBEAT_PERIOD_US("heartbeatPeriodUs", 1, Limits.MAX),
    HEARTBEAT_DEADLINE_US("heartbeatDeadlineUs"),
    DRIVER_TIMEOUT_US("driverTimeoutUs"),
    RING_CHECK_PERIOD_US("ringCheckPeriodUs", 1, Limits.MAX),
    RING_LAG_PERIOD_US("ringLagPeriodUs", 1, Limits.MAX),
    RESTART_PERIOD_US("restartPeriodUs", 1, Limits.MAX),
    DRIVER_RELOAD_US("driverReloadUs"),
    NETBACK_RELOAD_US("netbackReloadUs"),
    DISK_DRIVER_RELOAD_US("diskDriverReloadUs"),
    BLKBACK_RELOAD_US("blkbackReloadUs"),
    UNIKERNEL_REBOOT_US("unikernelRebootUs"),
    SERVICE_VM_REBOOT_US("serviceVmRebootUs"),
    FAILOVER_US("failoverUs"),
    /** Packets/s the guests still offer while the path is down: fitted to Table 2's loss counts. */
    OUTAGE_OFFERED_PPS("outageOfferedPps"),
    SHADOW_BUFFER_PACKETS("shadowBufferPackets"),
    // The host's CPUs and Xen's credit scheduler.
    PHYSICAL_CPUS("physicalCpus", 1, 256),
    GUEST_VCPUS("guestVcpus", 0, 64),
    SCHED_SLICE_US("schedSliceUs", 1, Limits.MAX),
    SCHED_RATE_LIMIT_US("schedRateLimitUs"),
    SCHED_ACCOUNTING_US("schedAccountingUs", 1, Limits.MAX),
    PACKET_CPU_NS("packetCpuNs"),
    DISK_REQUEST_CPU_NS("diskRequestCpuNs"),
    // What monitoring costs, part by part (nanoseconds).
    VCPU_SWITCH_NS("vcpuSwitchNs"),
    TIMESTAMP_READ_NS("timestampReadNs"),
    POLL_NOTIFICATION_NS("pollNotificationNs"),
    RING_CHECK_NS("ringCheckNs"),
    // One workload for every design: a closed-loop benchmark and each design's own per-packet costs.
    BENCHMARK_ROUND_TRIP_US("benchmarkRoundTripUs", 1, Limits.MAX),
    PATH_CROSSINGS("pathCrossings", 1, 100),
    SERVICE_VM_HOP_NS("serviceVmHopNs"),
    FRESH_COPY_SWAP_US("freshCopySwapUs"),
    XENSTORE_LOGIC_RESTART_US("xenstoreLogicRestartUs"),
    NOVA_POLL_PERIOD_US("novaPollPeriodUs", 1, Limits.MAX),
    // XenStore and its synchronisation hops.
    XENSTORE_OPS_PER_SECOND("xenstoreOpsPerSecond"),
    XENSTORE_WRITE_PERCENT("xenstoreWritePercent", 0, 100),
    XENSTORE_HOP_US("xenstoreHopUs"),
    XENSTORE_PROCESS_US("xenstoreProcessUs"),
    XENSTORE_HASH_CHECK_US("xenstoreHashCheckUs"),
    XS_HEARTBEAT_PERIOD_US("xsHeartbeatPeriodUs", 1, Limits.MAX),
    XS_REPLICA_BOOT_US("xsReplicaBootUs"),
    XS_COORD_RESTART_US("xsCoordRestartUs"),
    XENSTORE_REBOOT_US("xenstoreRebootUs"),
    TOOL_REBOOT_US("toolRebootUs"),
    VM_BUILD_US("vmBuildUs"),
    DEVICE_CONNECT_US("deviceConnectUs"),
    VM_BOOT_US("vmBootUs"),
    MIGRATION_PRECOPY_US("migrationPrecopyUs"),
    MIGRATION_SUSPEND_US("migrationSuspendUs"),
    MIGRATION_TRANSFER_US("migrationTransferUs"),
    MIGRATION_ACK_US("migrationAckUs"),
    MIGRATION_ACK_TIMEOUT_US("migrationAckTimeoutUs"),
    MIGRATION_RESUME_US("migrationResumeUs"),
    SOURCE_RESUME_TIMEOUT_US("sourceResumeTimeoutUs"),
    NOVA_RESTART_US("novaRestartUs"),
    CHECKPOINT_SAVE_US("checkpointSaveUs");

    /** Holds the upper bound (an enum constant may not name a static field of its own type declared after it). */
    private static final class Limits {
        static final long MAX = 1_000_000_000_000L;
    }

    private final String id;
    private final long min;
    private final long max;

    Parameter(String id) {
        this(id, 0, Limits.MAX);
    }

    Parameter(String id, long min, long max) {
        this.id = id;
        this.min = min;
        this.max = max;
    }

    /** The smallest value that makes sense. */
    public long min() {
        return min;
    }

    /** The largest value that makes sense. */
    public long max() {
        return max;
    }

    /** The name used in strategy parameter files (and in version-1 scenario files). */
    public String id() {
        return id;
    }

    /** True for a duration in microseconds (the id ends in "Us"). */
    public boolean isDuration() {
        return id.endsWith("Us");
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
