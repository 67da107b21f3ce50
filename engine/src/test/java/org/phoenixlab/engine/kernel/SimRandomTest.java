package org.phoenixlab.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * SimRandom replaced java.util.SplittableRandom (whose state a checkpoint cannot copy): it must
 * draw the very same numbers, or every figure of the engine would move.
 */
class SimRandomTest {
    @Test
    void drawsWhatSplittableRandomDrawsForEverySeedAndBound() {
        long[] bounds = {1, 2, 3, 7, 64, 1000, 62_000, 1L << 40, (1L << 62) + 12345, Long.MAX_VALUE};
        for (long seed = -50; seed <= 50; seed++) {
            long s = seed * 0x2545F4914F6CDD1DL;
            SimRandom ours = new SimRandom(s);
            SplittableRandom theirs = new SplittableRandom(s);
            for (int i = 0; i < 200; i++) {
                long bound = bounds[i % bounds.length];
                assertEquals(theirs.nextLong(bound), ours.nextLong(bound), "seed " + s + ", draw " + i + ", bound " + bound);
                assertEquals(theirs.nextDouble(), ours.nextDouble(), "seed " + s + ", draw " + i + " (double)");
                assertEquals(theirs.nextLong(), ours.nextLong(), "seed " + s + ", draw " + i + " (long)");
            }
        }
    }

    @Test
    void aStreamDependsOnTheSeedAndTheIdOnly() {
        assertEquals(new SimRandom(9).stream("nic").nextLong(1000), new SimRandom(9).stream("nic").nextLong(1000));
        SimRandom a = new SimRandom(9).stream("nic");
        SimRandom b = new SimRandom(9).stream("disk");
        boolean differ = false;
        for (int i = 0; i < 10; i++) {
            differ |= a.nextLong() != b.nextLong();
        }
        assertEquals(true, differ, "two components must not share a stream");
    }
}
