package org.phoenixlab.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import org.phoenixlab.engine.experiment.Comparison;
import org.phoenixlab.engine.experiment.NicFaultExperiment;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.scenario.ScriptedFault;
import org.phoenixlab.engine.sim.FaultMetrics;
import org.phoenixlab.engine.sim.SessionHistory;
import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.strategy.StrategyCatalog;
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

    // ------------------------------------------------------------------ design v2 figures

    /** Seek and step back in a 60-minute, 64-guest session, with checkpoints and (baseline) without. */
    record History(double playThroughMs, double rebuildToEndMs, double seekWorstMs, double seekP95Ms,
                   double seekMedianMs, int seeks, double stepBackMedianMs, double stepBackBaselineMs,
                   int checkpoints, long checkpointBytes, long reservedBytes, long spacingEvents, long events) {
    }

    static final long SIXTY_MINUTES_US = 3_600_000_000L;

    static Scenario session64Guests(long durationUs) {
        return Scenario.paperWorkload("phoenix-fine", 1, durationUs).withGuests(64)
                .withRate(Scenario.PAPER_LINE_RATE_PPS / 64);
    }

    static History history(long sessionUs) {
        Scenario s = session64Guests(sessionUs);
        long t0 = System.nanoTime();
        Simulation plain = new Simulation(s);
        plain.run();
        double rebuild = (System.nanoTime() - t0) / 1e6; // the worst seek without checkpoints: from the start to the end
        long events = plain.eventsExecuted();
        plain = null;

        Simulation sim = new Simulation(s);
        SessionHistory h = new SessionHistory(sim);
        t0 = System.nanoTime();
        h.runUntil(s.durationUs()); // the one play-through
        double play = (System.nanoTime() - t0) / 1e6;

        SimRandom r = new SimRandom(7);
        for (int i = 0; i < 30; i++) { // warm-up
            seek(h, r.nextLong(s.durationUs() + 1));
        }
        int n = 200;
        double[] seeks = new double[n];
        for (int i = 0; i < n; i++) {
            // Anywhere: every tenth seek goes to the very end or the start, the rest to random times.
            long target = i % 10 == 0 ? s.durationUs() : i % 10 == 5 ? 0 : r.nextLong(s.durationUs() + 1);
            seeks[i] = seek(h, target);
        }
        Arrays.sort(seeks);

        int m = 101;
        double[] backs = new double[m];
        List<Long> positions = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            long p = 1 + r.nextLong(events - 1);
            positions.add(p);
            h.restoreNearest(p, Long.MAX_VALUE);
            h.runToEvents(p); // stand there, as after a play or a seek
            long b0 = System.nanoTime();
            h.restoreNearest(p - 1, Long.MAX_VALUE); // one step back: to just after the previous event
            h.runToEvents(p - 1);
            backs[i] = (System.nanoTime() - b0) / 1e6;
        }
        Arrays.sort(backs);
        double[] baseline = new double[3];
        for (int i = 0; i < baseline.length; i++) { // without checkpoints a step back rebuilt from the start
            long b0 = System.nanoTime();
            Simulation again = new Simulation(s);
            while (again.eventsExecuted() < positions.get(i) - 1 && again.step()) {
                // to the previous event
            }
            baseline[i] = (System.nanoTime() - b0) / 1e6;
        }
        Arrays.sort(baseline);
        return new History(play, rebuild, seeks[n - 1], seeks[(int) Math.ceil(n * 0.95) - 1], seeks[n / 2], n,
                backs[m / 2], baseline[1], h.size(), h.bytes(), h.reservedBytes(), h.spacing(), events);
    }

    private static double seek(SessionHistory h, long us) {
        long t0 = System.nanoTime();
        h.restoreNearest(Long.MAX_VALUE, us);
        h.runUntil(us);
        return (System.nanoTime() - t0) / 1e6;
    }

    /** One what-if slider change to all figures (five strategies x three seeds), now and as it was done before. */
    record WhatIf(double medianMs, double coldMedianMs, double baselineMedianMs, int threads) {
    }

    static WhatIf whatIf() {
        Comparison.Setup base = Comparison.Setup.nicDriverCrash(3);
        long[] periods = {40_000, 50_000, 70_000, 80_000};
        Comparison.run(base, () -> false, f -> { }); // warm-up
        sequential(base.withOverride(Parameter.HEARTBEAT_PERIOD_US.id(), 30_000));
        double[] now = new double[3];
        double[] cold = new double[3];
        double[] before = new double[3];
        for (int i = 0; i < 3; i++) {
            Comparison.Setup moved = base.withOverride(Parameter.HEARTBEAT_PERIOD_US.id(), periods[i]);
            Comparison.run(base, () -> false, f -> { }); // the window showed the defaults before the slider moved
            long t0 = System.nanoTime();
            Comparison.run(moved, () -> false, f -> { });
            now[i] = (System.nanoTime() - t0) / 1e6;
            Comparison.forgetRuns(); // nothing remembered: every strategy's runs again
            t0 = System.nanoTime();
            Comparison.run(moved, () -> false, f -> { });
            cold[i] = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            sequential(moved);
            before[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(now);
        Arrays.sort(cold);
        Arrays.sort(before);
        return new WhatIf(now[1], cold[1], before[1], org.phoenixlab.engine.experiment.RunPool.shared().size());
    }

    /** The comparison as it ran before this branch: one run after the other, each to its repair or its 150 s horizon. */
    private static void sequential(Comparison.Setup setup) {
        for (String strategy : StrategyCatalog.NAMES) {
            for (int seed = 1; seed <= setup.runs(); seed++) {
                Scenario sc = Comparison.scenario(setup, strategy, seed);
                Simulation sim = new Simulation(sc);
                for (long t = 1_000_000; t <= sc.durationUs(); t += 1_000_000) {
                    sim.runUntil(t);
                    List<FaultMetrics> f = sim.faults();
                    if (!f.isEmpty() && f.stream().allMatch(FaultMetrics::completed)) {
                        break;
                    }
                }
                if (seed == 1) {
                    sim.runUntil(Math.min(sc.durationUs(), Math.max(sim.nowUs(), Comparison.THROUGHPUT_SPAN_US)));
                    sim.throughput();
                }
            }
        }
    }

    /**
     * The longest run a scenario may ask for (examples/longest-run.scenario.json): 24 h of virtual
     * time, 64 guests at the paper's line rate, a crash then a hang of each I/O component in turn,
     * one every 15 s.
     */
    static Scenario longestLegalRun() {
        List<String> targets = List.of("net_uk/nic-driver", "net_uk/netback", "net_uk", "disk_uk/disk-driver",
                "disk_uk/blkback", "disk_uk");
        long day = 24L * 3600 * 1_000_000;
        List<ScriptedFault> faults = new ArrayList<>();
        int i = 0;
        for (long t = 15_000_000; t < day; t += 15_000_000, i++) {
            int j = i % 12;
            faults.add(new ScriptedFault(t, targets.get(j % 6), j < 6 ? FaultKind.CRASH : FaultKind.HANG));
        }
        return new Scenario("Longest legal run", "", 1, "phoenix-fine", 64, Scenario.PAPER_LINE_RATE_PPS / 64,
                Scenario.DEFAULT_DISK_RPS_PER_GUEST, java.util.Map.of(), faults, List.of(), day);
    }

    /** The longest legal run in a child JVM limited to 256 MB; fitted is false when it ran out of memory. */
    record LongRun(boolean fitted, double peakHeapMb, double wallMs, long traceEvents, double traceStoreMb, String digest) {
    }

    static LongRun longRun() {
        String javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xmx" + LONG_RUN_HEAP_MB + "m", "-cp",
                System.getProperty("java.class.path"), BenchLongRun.class.getName());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process p = pb.start();
            String line;
            try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                line = in.readLine();
            }
            int code = p.waitFor();
            if (code != 0 || line == null) {
                return new LongRun(false, Double.NaN, Double.NaN, 0, Double.NaN, "");
            }
            String[] f = line.trim().split(" ");
            return new LongRun(true, Long.parseLong(f[0]) / 1048576.0, Double.parseDouble(f[1]), Long.parseLong(f[2]),
                    Long.parseLong(f[3]) / 1048576.0, f[4]);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot start the long run's JVM: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static final int LONG_RUN_HEAP_MB = 256;
}
