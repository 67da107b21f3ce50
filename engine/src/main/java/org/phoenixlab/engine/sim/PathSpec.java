package org.phoenixlab.engine.sim;

import java.util.List;

/**
 * One I/O path through a driver unikernel: guest front ends → rings → back end → driver → device.
 * The network path and the storage path are two instances of the same mechanisms.
 *
 * @param unit          the unikernel (or service VM, or driver domain) holding back end and driver
 * @param driverReload  the fine-grained repair of the driver alone
 * @param backendReload the fine-grained repair of the back end alone
 * @param ratePerSecond the aggregate rate the guests push through the path while it works
 * @param outageRatePerSecond what they keep offering while it is down (a fitted input for some designs)
 * @param cpuPerItem    the parameter giving the CPU one packet or request costs the unikernel
 */
record PathSpec(
        String name,
        String unit,
        String driver,
        String backend,
        String device,
        List<String> rings,
        Repair driverReload,
        Repair backendReload,
        long ratePerSecond,
        long outageRatePerSecond,
        org.phoenixlab.engine.strategy.Parameter cpuPerItem) implements EngineState {

    PathSpec {
        rings = List.copyOf(rings);
    }
}
