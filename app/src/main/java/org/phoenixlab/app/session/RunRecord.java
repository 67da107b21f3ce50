package org.phoenixlab.app.session;

import java.util.List;
import org.phoenixlab.engine.sim.FaultMetrics;

/**
 * What a run left when the student switched to another strategy: its name, its faults' figures and
 * its throughput, kept so that the Metrics panel can show it faded beside the new run.
 *
 * @param strategyTitle the design it ran under ("Phoenix, fine-grained")
 * @param endUs         how far it had run
 * @param throughput    packets delivered per bucket of {@code bucketUs}, from the start to {@code endUs}
 */
public record RunRecord(String strategyTitle, long endUs, List<FaultMetrics> faults, List<Long> throughput, long bucketUs) {
    public RunRecord {
        faults = List.copyOf(faults);
        throughput = List.copyOf(throughput);
    }
}
