package org.phoenixlab.engine.strategy;

import java.util.Arrays;
import java.util.Optional;

/** How a strategy repairs a whole failed unikernel (or service VM, or driver domain). */
public enum UnitRepair {
    /** Phoenix: reboot the unikernel. */
    UNIKERNEL_REBOOT("unikernel-reboot", Parameter.UNIKERNEL_REBOOT_US),
    /** TFD-Xen: switch the guests to the standby driver domain and its backup NIC. */
    NIC_FAILOVER("nic-failover", Parameter.FAILOVER_US),
    /** Xoar: the periodic restart reboots the service VM from scratch. */
    SERVICE_VM_RESTART("service-vm-restart", Parameter.SERVICE_VM_REBOOT_US),
    /** Vanilla Xen: nothing; dom0 must be rebooted by hand. */
    NONE("none", null);

    private final String id;
    private final Parameter duration;

    UnitRepair(String id, Parameter duration) {
        this.id = id;
        this.duration = duration;
    }

    public String id() {
        return id;
    }

    /** The parameter holding this repair's duration, or null for {@link #NONE}. */
    public Parameter duration() {
        return duration;
    }

    public static Optional<UnitRepair> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
