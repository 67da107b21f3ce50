package org.phoenixlab.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.fault.FaultKind;

class ThroughputTest {
    @Test
    void throughputSumsToDeliveredAndDropsToZeroDuringACoarseOutage() {
        Simulation sim = Runs.run(Runs.oneFault("phoenix-coarse", "net_uk", FaultKind.CRASH, 1));
        List<Long> series = sim.throughput();
        assertEquals(sim.snapshot().traffic().delivered(), series.stream().mapToLong(Long::longValue).sum());
        long bucket = Simulation.throughputBucketUs();
        FaultMetrics m = Runs.only(sim);
        int firstDark = (int) (m.injectedUs() / bucket) + 1;
        int lastDark = (int) (m.restoredUs() / bucket) - 1;
        for (int b = firstDark; b <= lastDark; b++) {
            assertEquals(0L, series.get(b), "bucket " + b + " lies inside the outage");
        }
        long steady = series.get(5);
        long rate = sim.snapshot().traffic().ratePps();
        assertEquals(rate * bucket / 1_000_000, steady, 2, "steady state forwards the design's fault-free rate");
        long workload = sim.scenario().packetsPerSecondPerGuest() * sim.scenario().guests();
        assertTrue(rate < workload && rate > workload * 0.99, "coarse-grained Phoenix carries the workload less its own small costs: " + rate);
        assertTrue(series.get(series.size() - 2) > 0, "traffic is back at the end");
    }

    @Test
    void fineGrainedReplaysTheBufferWhenTheDriverComesBack() {
        Simulation sim = Runs.run(Runs.oneFault("phoenix-fine", "net_uk/nic-driver", FaultKind.CRASH, 1));
        FaultMetrics m = Runs.only(sim);
        long bucketOfReturn = sim.throughput().get((int) (m.restoredUs() / Simulation.throughputBucketUs()));
        assertTrue(bucketOfReturn >= m.peakBuffered(), "the replayed packets show up as a burst");
    }
}
