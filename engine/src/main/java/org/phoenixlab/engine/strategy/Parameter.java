package org.phoenixlab.engine.strategy;

import java.util.Arrays;
import java.util.Optional;

/**
 * The model's numeric inputs. Units are in the names: Us = virtual microseconds, Pps = packets per
 * second. Values and their sources live in the strategy parameter files, never in code.
 */
public enum Parameter {
    TICK_US("tickUs"),
    RING_SLOTS("ringSlots"),
    HEARTBEAT_PERIOD_US("heartbeatPeriodUs"),
    HEARTBEAT_DEADLINE_US("heartbeatDeadlineUs"),
    HEARTBEAT_CPU_US("heartbeatCpuUs"),
    DRIVER_TIMEOUT_US("driverTimeoutUs"),
    RING_CHECK_PERIOD_US("ringCheckPeriodUs"),
    RING_LAG_PERIOD_US("ringLagPeriodUs"),
    RESTART_PERIOD_US("restartPeriodUs"),
    DRIVER_RELOAD_US("driverReloadUs"),
    NETBACK_RELOAD_US("netbackReloadUs"),
    DISK_DRIVER_RELOAD_US("diskDriverReloadUs"),
    BLKBACK_RELOAD_US("blkbackReloadUs"),
    UNIKERNEL_REBOOT_US("unikernelRebootUs"),
    SERVICE_VM_REBOOT_US("serviceVmRebootUs"),
    FAILOVER_US("failoverUs"),
    SUSTAINED_RATE_PPS("sustainedRatePps"),
    SHADOW_BUFFER_PACKETS("shadowBufferPackets"),
    XENSTORE_OPS_PER_SECOND("xenstoreOpsPerSecond"),
    XENSTORE_WRITE_PERCENT("xenstoreWritePercent"),
    XENSTORE_OP_US("xenstoreOpUs"),
    XENSTORE_REPLICATION_US("xenstoreReplicationUs"),
    XENSTORE_HASH_CHECK_US("xenstoreHashCheckUs"),
    XS_HEARTBEAT_PERIOD_US("xsHeartbeatPeriodUs"),
    XS_REPLICA_BOOT_US("xsReplicaBootUs"),
    XS_COORD_RESTART_US("xsCoordRestartUs"),
    XENSTORE_REBOOT_US("xenstoreRebootUs"),
    TOOL_REBOOT_US("toolRebootUs"),
    VM_CREATE_WRITES("vmCreateWrites"),
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

    private final String id;

    Parameter(String id) {
        this.id = id;
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
