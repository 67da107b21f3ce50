package org.phoenixlab.engine.strategy;

import java.util.Arrays;
import java.util.Optional;

/** The detection and repair mechanisms a strategy may switch on (DESIGN section 2). */
public enum Mechanism {
    /** The hypervisor pings each unikernel every period; no answer within the deadline = dead. */
    HEARTBEAT("heartbeat"),
    /** A unikernel that talked to the hypervisor during the last period skips the explicit ping. */
    IMPLICIT_HEARTBEAT("implicit-heartbeat"),
    /** A one-shot timer armed at each NIC-driver poll start; a poll outliving it = driver fault. */
    DRIVER_TIMEOUT("driver-timeout"),
    /** NetBack's private ring index compared with the shared one (and checked for a stall). */
    RING_INDEX_CHECK("ring-index-check"),
    /** TFD-Xen: ring lag growing with no consumer progress = the driver domain failed. */
    RING_LAG("ring-lag"),
    /** NetBack keeps the packets a failed driver did not finish and replays them after the reload. */
    SHADOW_DRIVER("shadow-driver"),
    /** Xoar: the NetBack and BlkBack service VMs are restarted on a timer, whether or not they failed. */
    PERIODIC_RESTART("periodic-restart"),
    /** Xoar: XenStore-Logic and the toolstack are restarted when a request finds them dead. */
    RESTART_ON_REQUEST("restart-on-request"),
    /** Phoenix: the credit scheduler runs marked unikernels' vCPUs at once, whatever their credit. */
    SCHEDULER_MARKING("scheduler-marking"),
    /** A fault in the NIC driver or NetBack stays in that part; without it the whole unikernel fails. */
    FAULT_ISOLATION("fault-isolation"),
    /** Three XenStore replicas and three coordinators with master election and pro-active replacement. */
    XENSTORE_REPLICATION("xenstore-replication"),
    /** Replica hashes checked against the coordinators' last known good state (silent corruption). */
    XENSTORE_SANITY_CHECK("xenstore-sanity-check"),
    /** XenStore's database and hashes copied into hypervisor memory, restored without disk_uk. */
    VMM_BACKUP("vmm-backup"),
    /** The migration sender waits for the receiver's acknowledgement; rollback and retry on a fault. */
    MIGRATION_WATCHDOG("migration-watchdog"),
    /** Repairs that need another host are handed to the data-center manager (Nova). */
    NOVA_HANDOFF("nova-handoff");

    private final String id;

    Mechanism(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Mechanism> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }
}
