package org.phoenixlab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.phoenixlab.engine.files.Json;
import org.phoenixlab.engine.sim.SessionHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = "Measure the engine against its baselines (DESIGN section 7), as ratios from one run.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Option(names = "--events", paramLabel = "N", description = "timed events per queue measurement (default ${DEFAULT-VALUE})")
    int events = 3_000_000;

    @Option(names = "--session-minutes", paramLabel = "M", description = "length of the 64-guest session the seek figures use (default ${DEFAULT-VALUE})")
    int sessionMinutes = 60;

    @Option(names = "--no-long-run", description = "skip the 24-hour, 64-guest run (minutes of work) and its peak heap")
    boolean noLongRun;

    @Override
    public Integer call() throws IOException {
        if (events < 10_000 || events > 200_000_000) {
            throw new BadInput("--events must be between 10000 and 200000000, not " + events);
        }
        Bench.Result r = Bench.run(events);
        if (sessionMinutes < 1 || sessionMinutes > 24 * 60) {
            throw new BadInput("--session-minutes must be between 1 and 1440, not " + sessionMinutes);
        }
        Bench.History hist = Bench.history(sessionMinutes * 60_000_000L);
        Bench.WhatIf whatIf = Bench.whatIf();
        Bench.LongRun longRun = noLongRun ? null : Bench.longRun();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = Json.mapper().createObjectNode();
            ObjectNode q = o.putObject("eventThroughput");
            q.put("events", r.events());
            q.put("engineEventsPerSec", Math.round(r.engineEventsPerSec()));
            q.put("barePriorityQueueEventsPerSec", Math.round(r.bareEventsPerSec()));
            q.put("ratio", round(r.engineEventsPerSec() / r.bareEventsPerSec()));
            q.put("goal", 0.5);
            ObjectNode v = o.putObject("virtualTimePerWallTime");
            v.put("scenario", "phoenix-fine, 3 guests, paper workload (81,274 packets/s), 600 s virtual");
            v.put("wallMs", round(r.tenMinutesWallMs()));
            v.put("ratio", Math.round(600_000.0 / r.tenMinutesWallMs()));
            v.put("goal", 1000);
            ObjectNode s = o.putObject("seekTenMinutes");
            s.put("description", "rebuild from the scenario to the end of a 10-minute run (the worst seek without checkpoints)");
            s.put("wallMs", round(r.tenMinutesWallMs()));
            s.put("goalMs", 150);
            ObjectNode g = o.putObject("virtualTimePerWallTime64Guests");
            g.put("wallMs", round(r.sixtyFourGuestsWallMs()));
            g.put("ratio", Math.round(600_000.0 / r.sixtyFourGuestsWallMs()));
            ObjectNode sk = o.putObject("seekWorstMs");
            sk.put("description", "seek to any time of a " + sessionMinutes + "-minute, 64-guest session after one play-through ("
                    + hist.seeks() + " seeks, a tenth of them to the end and a tenth to the start)");
            sk.put("value", round(hist.seekWorstMs()));
            sk.put("p95", round(hist.seekP95Ms()));
            sk.put("median", round(hist.seekMedianMs()));
            sk.put("baseline", round(hist.rebuildToEndMs()));
            sk.put("baselineDescription", "without checkpoints: rebuild from the start to the end of the session");
            sk.put("goal", 16);
            ObjectNode sb = o.putObject("stepBackMs");
            sb.put("description", "median of 101 steps back (to just after the previous engine event) at random positions of the same session");
            sb.put("value", round(hist.stepBackMedianMs()));
            sb.put("baseline", round(hist.stepBackBaselineMs()));
            sb.put("baselineDescription", "without checkpoints: rebuild from the start (median of 3 positions)");
            sb.put("goal", 16);
            ObjectNode ck = o.putObject("checkpoints");
            ck.put("kept", hist.checkpoints());
            ck.put("megabytes", round(hist.checkpointBytes() / 1048576.0));
            ck.put("reservedMegabytes", round(hist.reservedBytes() / 1048576.0));
            ck.put("budgetMegabytes", SessionHistory.DEFAULT_BUDGET_BYTES / 1048576);
            ck.put("spacingEvents", hist.spacingEvents());
            ck.put("sessionEvents", hist.events());
            ck.put("playThroughMs", round(hist.playThroughMs()));
            ck.put("playThroughBaselineMs", round(hist.rebuildToEndMs()));
            ObjectNode w = o.putObject("whatIfMs");
            w.put("description", "one what-if change (heartbeat period) to all figures: five strategies x three seeds, NIC-driver crash;"
                    + " runs the change cannot reach (strategies without that parameter) are remembered from the defaults; median of 3");
            w.put("value", round(whatIf.medianMs()));
            w.put("coldMs", round(whatIf.coldMedianMs()));
            w.put("coldDescription", "the same with no run remembered: all 15 runs again (as for a packet-rate or guests change)");
            w.put("baseline", round(whatIf.baselineMedianMs()));
            w.put("baselineDescription", "one run after the other on one core, each to its repair or its 150 s horizon");
            w.put("threads", whatIf.threads());
            w.put("goal", 100);
            ObjectNode h = o.putObject("peakHeapMb24h");
            h.put("description", "the longest legal run (24 h virtual, 64 guests, a fault every 15 s) in a JVM with -Xmx"
                    + Bench.LONG_RUN_HEAP_MB + "m: the most heap in use after a garbage collection");
            if (longRun == null) {
                h.putNull("value");
                h.put("skipped", true);
            } else {
                h.put("fitted", longRun.fitted());
                if (longRun.fitted()) {
                    h.put("value", round(longRun.peakHeapMb()));
                    h.put("wallMs", Math.round(longRun.wallMs()));
                    h.put("traceEvents", longRun.traceEvents());
                    h.put("traceStoreMb", round(longRun.traceStoreMb()));
                    h.put("traceSha256", longRun.digest());
                } else {
                    h.putNull("value");
                }
            }
            h.put("baseline", 3250);
            h.put("baselineDescription", "before the compact trace (issue 20, measured on ece30b5): peak 3.25 GB, OutOfMemoryError under -Xmx1g");
            h.put("goal", Bench.LONG_RUN_HEAP_MB);
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
        } else {
            out.printf(Locale.ROOT, "event throughput: engine %,.0f events/s, bare PriorityQueue %,.0f events/s, ratio %.2f (goal >= 0.5)%n",
                    r.engineEventsPerSec(), r.bareEventsPerSec(), r.engineEventsPerSec() / r.bareEventsPerSec());
            out.printf(Locale.ROOT, "virtual/wall time, default topology, paper workload: %,.0fx (goal >= 1,000x)%n",
                    600_000.0 / r.tenMinutesWallMs());
            out.printf(Locale.ROOT, "rebuild a 10-minute run (worst-case seek): %.1f ms (goal <= 150 ms)%n", r.tenMinutesWallMs());
            out.printf(Locale.ROOT, "virtual/wall time with 64 guests: %,.0fx%n", 600_000.0 / r.sixtyFourGuestsWallMs());
            out.printf(Locale.ROOT, "seek anywhere, " + sessionMinutes + " min x 64 guests: worst %.1f ms, median %.1f ms (without checkpoints %.0f ms; goal <= 16 ms)%n",
                    hist.seekWorstMs(), hist.seekMedianMs(), hist.rebuildToEndMs());
            out.printf(Locale.ROOT, "step back, same session: median %.1f ms (without checkpoints %.0f ms)%n",
                    hist.stepBackMedianMs(), hist.stepBackBaselineMs());
            out.printf(Locale.ROOT, "checkpoints: %d, %.1f MB (budget %d MB), every %,d events%n", hist.checkpoints(),
                    hist.checkpointBytes() / 1048576.0, SessionHistory.DEFAULT_BUDGET_BYTES / 1048576, hist.spacingEvents());
            out.printf(Locale.ROOT, "what-if change, 5 strategies x 3 seeds: %.0f ms on %d threads, %.0f ms with nothing remembered (before: %.0f ms; goal <= 100 ms)%n",
                    whatIf.medianMs(), whatIf.threads(), whatIf.coldMedianMs(), whatIf.baselineMedianMs());
            if (longRun != null) {
                out.printf(Locale.ROOT, "24 h, 64 guests, a fault every 15 s, -Xmx%dm: %s%n", Bench.LONG_RUN_HEAP_MB, longRun.fitted()
                        ? String.format(Locale.ROOT, "peak heap %.0f MB, %,d trace events in %.1f MB", longRun.peakHeapMb(),
                                longRun.traceEvents(), longRun.traceStoreMb())
                        : "out of memory");
            }
        }
        return 0;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
