package org.phoenixlab.engine.sim;

import org.phoenixlab.engine.trace.Phrase;

import static org.phoenixlab.engine.model.ComponentIds.NET_UK;

import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.strategy.Parameter;

/**
 * TFD-Xen's detector: every period it looks at all rings; lag (requests waiting) that has not shrunk
 * while the consumer index has not moved since the previous look means the driver domain failed.
 */
final class RingLagMonitor implements EngineState {
    static final String NAME = "ring-lag";

    private final Host host;
    private final long periodUs;
    private final long[] lagAtLastCheck;
    /** After a repair the rings are re-read once before any verdict. */
    private boolean rebaseline;

    RingLagMonitor(Host host) {
        this.host = host;
        this.periodUs = host.strategy.get(Parameter.RING_LAG_PERIOD_US);
        this.lagAtLastCheck = new long[host.network.rings().length];
        host.watch(NET_UK);
    }

    void start() {
        host.kernel.at(host.random.stream("ring-lag").nextLong(periodUs), this::check);
    }

    private void check(long now) {
        host.kernel.at(now + periodUs, this::check);
        host.monitoring.ringChecks(host.network.rings().length);
        Part unit = host.parts.get(NET_UK);
        boolean handled = unit.state == ComponentState.DETECTED || unit.state == ComponentState.REPAIRING;
        if (handled) {
            rebaseline = true; // no verdict until a check after the repair
        }
        boolean judge = !rebaseline;
        if (!handled) {
            rebaseline = false;
        }
        Phrase evidence = null;
        IoRing[] rings = host.network.rings();
        for (int i = 0; i < rings.length; i++) {
            IoRing r = rings[i];
            boolean stuck = r.consumer == r.consumerAtLastCheck;
            // Lag that has not shrunk: it grew, or the ring is full and the producer had to stop.
            boolean lagging = r.occupancy() > 0 && r.occupancy() >= lagAtLastCheck[i];
            if (judge && evidence == null && stuck && lagging) {
                evidence = Say.of("evidence.ringLag", "{0}: lag {1} (was {2} at the previous check), consumer index stuck at {3}",
                        Say.id(r.id), Say.count(r.occupancy()), Say.count(lagAtLastCheck[i]), Say.count(r.consumer));
            }
            r.consumerAtLastCheck = r.consumer;
            lagAtLastCheck[i] = r.occupancy();
        }
        if (evidence != null) {
            host.loop.detected(now, host.parts.get(NET_UK), NAME, evidence);
        }
    }
}
