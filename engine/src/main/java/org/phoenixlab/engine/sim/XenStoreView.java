package org.phoenixlab.engine.sim;

import java.util.List;

/**
 * XenStore at one instant: which replica and coordinator are masters, how many requests were served,
 * held until the service came back, or failed, their mean latency, and any broken guarantee.
 *
 * @param violations guarantees the run broke (an acknowledged write lost, a corrupt master served
 *                   after detection); empty in a correct design
 */
public record XenStoreView(
        String masterReplica,
        String masterCoordinator,
        long served,
        long delayed,
        long failed,
        double meanLatencyUs,
        List<String> violations) {

    public XenStoreView {
        violations = List.copyOf(violations);
    }
}
