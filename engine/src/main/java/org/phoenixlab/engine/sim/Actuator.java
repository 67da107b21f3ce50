package org.phoenixlab.engine.sim;

import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.strategy.UnitRepair;

/** The repair actions, each lasting the time its parameter gives. */
enum Actuator {
    DRIVER_RELOAD("driver-reload", Parameter.DRIVER_RELOAD_US, false),
    NETBACK_RELOAD("netback-reload", Parameter.NETBACK_RELOAD_US, false),
    UNIKERNEL_REBOOT("unikernel-reboot", Parameter.UNIKERNEL_REBOOT_US, true),
    SERVICE_VM_RESTART("service-vm-restart", Parameter.SERVICE_VM_REBOOT_US, true),
    NIC_FAILOVER("nic-failover", Parameter.FAILOVER_US, false);

    private final String id;
    private final Parameter duration;
    private final boolean restartsWholeUnit;

    Actuator(String id, Parameter duration, boolean restartsWholeUnit) {
        this.id = id;
        this.duration = duration;
        this.restartsWholeUnit = restartsWholeUnit;
    }

    String id() {
        return id;
    }

    Parameter duration() {
        return duration;
    }

    /** True when the unit and all its parts start again from scratch (rings re-created). */
    boolean restartsWholeUnit() {
        return restartsWholeUnit;
    }

    static Actuator forUnit(UnitRepair repair) {
        return switch (repair) {
            case UNIKERNEL_REBOOT -> UNIKERNEL_REBOOT;
            case SERVICE_VM_RESTART -> SERVICE_VM_RESTART;
            case NIC_FAILOVER -> NIC_FAILOVER;
            case NONE -> null;
        };
    }
}
