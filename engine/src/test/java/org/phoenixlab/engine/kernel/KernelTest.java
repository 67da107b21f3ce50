package org.phoenixlab.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KernelTest {
    @Test
    void eventsRunInTimeOrderAndTiesInInsertionOrder() {
        Kernel k = new Kernel();
        List<String> seen = new ArrayList<>();
        k.at(20, t -> seen.add("b@" + t));
        k.at(10, t -> seen.add("a@" + t));
        k.at(20, t -> seen.add("c@" + t));
        k.at(20, t -> seen.add("d@" + t));
        k.runUntil(100);
        assertEquals(List.of("a@10", "b@20", "c@20", "d@20"), seen);
        assertEquals(100, k.nowUs());
    }

    @Test
    void runUntilStopsAtTheBoundaryInclusive() {
        Kernel k = new Kernel();
        List<Long> seen = new ArrayList<>();
        for (long t = 0; t <= 50; t += 10) {
            k.at(t, seen::add);
        }
        k.runUntil(30);
        assertEquals(List.of(0L, 10L, 20L, 30L), seen);
        assertEquals(40, k.nextTimeUs());
    }

    @Test
    void stepRunsExactlyOneEventAndAdvancesTheClock() {
        Kernel k = new Kernel();
        k.at(5, t -> k.after(7, u -> { }));
        k.step();
        assertEquals(5, k.nowUs());
        assertEquals(12, k.nextTimeUs());
        k.step();
        assertEquals(12, k.nowUs());
        assertFalse(k.step());
    }

    @Test
    void schedulingInThePastIsRefused() {
        Kernel k = new Kernel();
        k.runUntil(100);
        assertThrows(IllegalArgumentException.class, () -> k.at(99, t -> { }));
    }

    @Test
    void heapOrderHoldsForManyRandomEvents() {
        Kernel k = new Kernel();
        SimRandom r = new SimRandom(3);
        long[] last = {-1};
        for (int i = 0; i < 10_000; i++) {
            k.at(r.nextLong(1_000_000), t -> {
                if (t < last[0]) {
                    throw new AssertionError("time went backwards");
                }
                last[0] = t;
            });
        }
        k.runUntil(Long.MAX_VALUE - 1);
        assertEquals(10_000, k.executed());
    }

    @Test
    void aCancelledEventNeverRunsIsNotCountedAndDoesNotMoveTheClock() {
        Kernel k = new Kernel();
        List<String> seen = new ArrayList<>();
        k.at(10, t -> seen.add("a@" + t));
        Scheduled gone = k.at(20, t -> seen.add("gone@" + t));
        k.at(30, t -> seen.add("c@" + t));
        assertEquals(3, k.pending());
        gone.cancel();
        gone.cancel(); // twice: no effect
        assertTrue(gone.isCancelled());
        assertEquals(2, k.pending());
        k.step();
        k.step();
        assertEquals(List.of("a@10", "c@30"), seen);
        assertEquals(2, k.executed());
        assertEquals(30, k.nowUs());
        assertEquals(Long.MAX_VALUE, k.nextTimeUs());
    }

    @Test
    void aCancelledHeadIsSkippedByNextTimeAndRunUntil() {
        Kernel k = new Kernel();
        List<Long> seen = new ArrayList<>();
        Scheduled first = k.at(5, seen::add);
        k.at(9, seen::add);
        first.cancel();
        assertEquals(9, k.nextTimeUs());
        k.runUntil(Long.MAX_VALUE); // terminates once the queue is empty
        assertEquals(List.of(9L), seen);
        assertEquals(0, k.pending());
    }

    @Test
    void cancellingAnEventThatRanChangesNothing() {
        Kernel k = new Kernel();
        Scheduled[] self = new Scheduled[1];
        self[0] = k.at(5, t -> self[0].cancel()); // an event cancelling itself while it runs
        Scheduled later = k.at(7, t -> { });
        k.runUntil(6);
        assertFalse(self[0].isCancelled());
        assertFalse(self[0].isPending());
        assertEquals(1, k.pending());
        assertTrue(later.isPending());
        self[0].cancel();
        assertEquals(1, k.pending());
        assertEquals(7, later.timeUs());
    }

    @Test
    void componentStreamsDependOnlyOnSeedAndId() {
        SimRandom a = new SimRandom(9);
        SimRandom b = new SimRandom(9);
        b.stream("other").nextLong(10); // drawing elsewhere does not shift a stream
        assertEquals(a.stream("net_uk").nextLong(1_000_000), b.stream("net_uk").nextLong(1_000_000));
    }
}
