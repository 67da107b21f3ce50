package org.phoenixlab.engine.sim;

import org.phoenixlab.engine.trace.Phrase;

import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.strategy.Parameter;

/**
 * Fine-grained back-end check (NetBack, BlockBack): every period the hypervisor compares the back
 * end's private consumer index with the one it published in the shared ring, and flags a ring whose requests wait while neither
 * index has moved since the previous check.
 */
final class RingIndexCheck implements EngineState {
    static final String NAME = "ring-index-check";

    private final Host host;
    private final Part netback;
    private final IoPath path;
    private final long periodUs;
    /** After a repair the indices are re-read once before any verdict: the back end has just restarted. */
    private boolean rebaseline;

    RingIndexCheck(Host host, IoPath path) {
        this.host = host;
        this.path = path;
        this.netback = host.parts.get(path.spec.backend());
        this.periodUs = host.strategy.get(Parameter.RING_CHECK_PERIOD_US);
        host.watch(netback.id());
    }

    void start() {
        host.kernel.at(host.random.stream("ring-index-check:" + path.spec.backend()).nextLong(periodUs), this::check);
    }

    private void check(long now) {
        host.kernel.at(now + periodUs, this::check);
        host.monitoring.ringChecks(path.rings().length);
        Part unit = host.parts.get(netback.spec.parent());
        boolean handled = netback.state != ComponentState.HEALTHY && netback.state != ComponentState.FAULTY
                || unit.state == ComponentState.DETECTED || unit.state == ComponentState.REPAIRING;
        if (handled) {
            rebaseline = true; // the loop is already repairing this back end: no verdict until a check after
        }
        boolean judge = !rebaseline;
        if (!handled) {
            rebaseline = false;
        }
        Phrase evidence = null;
        for (IoRing r : path.rings()) {
            if (!judge) {
                r.consumerAtLastCheck = r.consumer;
                continue;
            }
            if (evidence == null && r.privateConsumer != r.consumer) {
                evidence = Say.of("evidence.ringIndex.private", "{0}: the back end's private index {1} differs from the shared index {2}",
                        Say.id(r.id), Say.count(r.privateConsumer), Say.count(r.consumer));
            } else if (evidence == null && r.occupancy() > 0 && r.consumer == r.consumerAtLastCheck) {
                evidence = Say.of("evidence.ringIndex.stuck", "{0}: {1} requests wait and the consumer index has stayed at {2}"
                        + " since the previous check", Say.id(r.id), Say.count(r.occupancy()), Say.count(r.consumer));
            }
            r.consumerAtLastCheck = r.consumer;
        }
        if (judge && evidence != null) {
            host.loop.detected(now, netback, NAME, evidence);
        }
    }
}
