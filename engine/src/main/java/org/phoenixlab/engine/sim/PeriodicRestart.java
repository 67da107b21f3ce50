package org.phoenixlab.engine.sim;

import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.trace.Payload;

/**
 * Xoar's restart timer for the NetBack service VM. Xoar detects nothing: a restart that finds the
 * service VM dead reboots it from scratch; one that finds it running swaps in a fresh copy prepared
 * beforehand, which the model treats as seamless.
 */
final class PeriodicRestart implements EngineState {
    static final String NAME = "periodic-restart";

    private final Host host;
    private final Part serviceVm;
    private final long periodUs;

    PeriodicRestart(Host host, Part serviceVm) {
        this.host = host;
        this.serviceVm = serviceVm;
        this.periodUs = host.strategy.get(Parameter.RESTART_PERIOD_US);
        host.watch(serviceVm.id());
    }

    void start() {
        host.kernel.at(host.random.stream("xoar-restart:" + serviceVm.id()).nextLong(periodUs), this::fire);
    }

    private void fire(long now) {
        host.kernel.at(now + periodUs, this::fire);
        boolean dead = serviceVm.failed() || host.parts.childrenOf(serviceVm.id()).stream().anyMatch(Part::failed);
        host.trace.append(now, serviceVm.id(), new Payload.TimedRestart(dead));
        if (dead) {
            host.loop.detected(now, serviceVm, NAME, "the timed restart found the service VM dead");
        }
    }
}
