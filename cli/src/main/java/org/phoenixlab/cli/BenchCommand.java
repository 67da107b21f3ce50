package org.phoenixlab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.phoenixlab.engine.files.Json;
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

    @Override
    public Integer call() throws IOException {
        if (events < 10_000 || events > 200_000_000) {
            throw new BadInput("--events must be between 10000 and 200000000, not " + events);
        }
        Bench.Result r = Bench.run(events);
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
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
        } else {
            out.printf(Locale.ROOT, "event throughput: engine %,.0f events/s, bare PriorityQueue %,.0f events/s, ratio %.2f (goal >= 0.5)%n",
                    r.engineEventsPerSec(), r.bareEventsPerSec(), r.engineEventsPerSec() / r.bareEventsPerSec());
            out.printf(Locale.ROOT, "virtual/wall time, default topology, paper workload: %,.0fx (goal >= 1,000x)%n",
                    600_000.0 / r.tenMinutesWallMs());
            out.printf(Locale.ROOT, "rebuild a 10-minute run (worst-case seek): %.1f ms (goal <= 150 ms)%n", r.tenMinutesWallMs());
            out.printf(Locale.ROOT, "virtual/wall time with 64 guests: %,.0fx%n", 600_000.0 / r.sixtyFourGuestsWallMs());
        }
        return 0;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
