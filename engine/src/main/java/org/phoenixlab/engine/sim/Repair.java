package org.phoenixlab.engine.sim;

import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.strategy.UnitRepair;

/** A repair action: its name, the parameter giving its duration, and whether it restarts a whole unit. */
record Repair(String id, Parameter duration, boolean restartsWholeUnit) implements EngineState {
    static final Repair UNIKERNEL_REBOOT = new Repair("unikernel-reboot", Parameter.UNIKERNEL_REBOOT_US, true);
    static final Repair SERVICE_VM_RESTART = new Repair("service-vm-restart", Parameter.SERVICE_VM_REBOOT_US, true);
    static final Repair NIC_FAILOVER = new Repair("nic-failover", Parameter.FAILOVER_US, false);

    static final Repair NIC_DRIVER_RELOAD = new Repair("driver-reload", Parameter.DRIVER_RELOAD_US, false);
    static final Repair NETBACK_RELOAD = new Repair("netback-reload", Parameter.NETBACK_RELOAD_US, false);
    static final Repair DISK_DRIVER_RELOAD = new Repair("disk-driver-reload", Parameter.DISK_DRIVER_RELOAD_US, false);
    static final Repair BLKBACK_RELOAD = new Repair("blkback-reload", Parameter.BLKBACK_RELOAD_US, false);

    static Repair forUnit(UnitRepair repair) {
        return switch (repair) {
            case UNIKERNEL_REBOOT -> UNIKERNEL_REBOOT;
            case SERVICE_VM_RESTART -> SERVICE_VM_RESTART;
            case NIC_FAILOVER -> NIC_FAILOVER;
            case NONE -> null;
        };
    }
}
