package org.phoenixlab.cli;

import java.util.PriorityQueue;
import org.phoenixlab.engine.kernel.Action;
import org.phoenixlab.engine.kernel.Kernel;
import org.phoenixlab.engine.kernel.SimRandom;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.sim.Simulation;

/**
 * The measurements behind {@code bench}. Wall-clock time is read here, outside the engine, and
 * only to report ratios measured in the same run.
 */
final class Bench {
    record Result(long events, double engineEventsPerSec, double bareEventsPerSec, double tenMinutesWallMs,
                  double sixtyFourGuestsWallMs) {
    }

    private static final int PENDING = 1024;
    private static final long TEN_MINUTES_US = 600_000_000L;

    private Bench() {
    }

    static Result run(int events) {
        long[] delays = delays(events);
        // Warm both loops up so that the JIT has compiled them before timing.
        engineLoop(delays, events / 10);
        bareLoop(delays, events / 10);
        double engineNs = Double.MAX_VALUE;
        double bareNs = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            engineNs = Math.min(engineNs, engineLoop(delays, events));
            bareNs = Math.min(bareNs, bareLoop(delays, events));
        }
        runScenario(3, 60_000_000L); // warm-up
        double tenMin = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            tenMin = Math.min(tenMin, runScenario(3, TEN_MINUTES_US));
        }
        double sixtyFour = runScenario(64, TEN_MINUTES_US);
        return new Result(events, events / (engineNs / 1e9), events / (bareNs / 1e9), tenMin / 1e6, sixtyFour / 1e6);
    }

    private static long[] delays(int n) {
        SimRandom r = new SimRandom(42);
        long[] d = new long[n + PENDING];
        for (int i = 0; i < d.length; i++) {
            d[i] = 1 + r.nextLong(10_000);
        }
        return d;
    }

    /** The "hold" model: PENDING events in the queue; each one run schedules the next. */
    private static double engineLoop(long[] delays, int events) {
        Kernel k = new Kernel();
        int[] next = {PENDING};
        Action[] self = new Action[1];
        self[0] = now -> {
            if (next[0] < events + PENDING) {
                k.at(now + delays[next[0]++], self[0]);
            }
        };
        for (int i = 0; i < PENDING; i++) {
            k.at(delays[i], self[0]);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < events; i++) {
            k.step();
        }
        return System.nanoTime() - t0;
    }

    private record Timed(long time, long seq) implements Comparable<Timed> {
        @Override
        public int compareTo(Timed o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    private static double bareLoop(long[] delays, int events) {
        PriorityQueue<Timed> q = new PriorityQueue<>();
        long seq = 0;
        for (int i = 0; i < PENDING; i++) {
            q.add(new Timed(delays[i], seq++));
        }
        int next = PENDING;
        long t0 = System.nanoTime();
        for (int i = 0; i < events; i++) {
            Timed e = q.poll();
            q.add(new Timed(e.time() + delays[next++], seq++));
        }
        return System.nanoTime() - t0;
    }

    private static double runScenario(int guests, long durationUs) {
        Scenario s = Scenario.paperWorkload("phoenix-fine", 1, durationUs).withGuests(guests)
                .withRate(Scenario.PAPER_LINE_RATE_PPS / guests);
        long t0 = System.nanoTime();
        Simulation sim = new Simulation(s);
        sim.run();
        sim.trace().digest();
        return System.nanoTime() - t0;
    }
}
