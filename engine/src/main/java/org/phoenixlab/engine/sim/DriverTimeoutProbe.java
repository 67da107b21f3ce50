package org.phoenixlab.engine.sim;

import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.strategy.Parameter;

/**
 * Fine-grained NIC-driver watchdog. The driver tells the hypervisor when a poll starts and when it
 * ends; at the start the hypervisor arms a one-shot timer, at the end it disarms it. A healthy
 * driver always ends its poll within the tick, so the engine only materialises the timer for a
 * poll that will not end (the driver is down): same outcome, one event instead of two per tick.
 * What the two notifications cost is counted all the same, per poll ({@link MonitoringCpu}).
 */
final class DriverTimeoutProbe implements EngineState {
    static final String NAME = "driver-timeout";

    private final Host host;
    private final Part driver;
    private final long timeoutUs;
    private boolean armed;

    DriverTimeoutProbe(Host host, Part driver) {
        this.host = host;
        this.driver = driver;
        this.timeoutUs = host.strategy.get(Parameter.DRIVER_TIMEOUT_US);
        host.watch(driver.id());
    }

    /**
     * A poll starts at {@code startedUs}: the NIC interrupt was delivered and the driver's vCPU got a
     * CPU; the driver's start notification arms the timer then.
     */
    void pollStarted(long startedUs) {
        if (armed || !driver.failed() || driver.state != ComponentState.FAULTY) {
            return;
        }
        armed = true;
        host.kernel.at(startedUs + timeoutUs, t -> fire(t, startedUs));
    }

    private void fire(long now, long startedUs) {
        armed = false;
        if (driver.failed() && driver.state == ComponentState.FAULTY) {
            host.loop.detected(now, driver, NAME, Say.of("evidence.driverTimeout",
                    "the poll started at {0} was still running when the {1} timer fired", Say.ms(startedUs), Say.ms(timeoutUs)));
        }
    }
}
