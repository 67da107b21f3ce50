package org.phoenixlab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.phoenixlab.engine.files.Json;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.files.AtomicFiles;
import org.phoenixlab.engine.files.BadFileException;
import org.phoenixlab.engine.recording.Recording;
import org.phoenixlab.engine.recording.RecordingFormat;
import org.phoenixlab.engine.scenario.ScenarioLoader;
import org.phoenixlab.engine.sim.FaultMetrics;
import org.phoenixlab.engine.sim.Simulation;
import org.phoenixlab.engine.sim.Snapshot;
import org.phoenixlab.engine.strategy.ParameterCheck;
import org.phoenixlab.engine.strategy.StrategyCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", description = "Run a scenario file and print its metrics.")
final class RunCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "a *.scenario.json file")
    Path file;

    @Option(names = "--strategy", paramLabel = "S", converter = Converters.Strategy.class, description = "override the scenario's strategy")
    String strategy;

    @Option(names = "--seed", paramLabel = "N", description = "override the scenario's seed")
    Long seed;

    @Option(names = "--trace", paramLabel = "OUT.jsonl", description = "write the event trace as JSON Lines")
    Path traceOut;

    @Option(names = "--json", description = "print the metrics as JSON")
    boolean json;

    @Option(names = "--record", paramLabel = "OUT.recording.json", description = "save the run as a recording (replay checks it)")
    Path recordOut;

    @Override
    public Integer call() throws IOException {
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(file);
        } catch (BadFileException e) {
            throw new BadInput(FileKinds.wrongCommand(file, e, ScenarioLoader.FORMAT));
        }
        if (strategy != null) {
            scenario = scenario.withStrategy(strategy);
            // The file's parameters were checked against its own strategy; the relations may not hold under another.
            var problems = ParameterCheck.problems(StrategyCatalog.load(strategy).withOverrides(scenario.parameterOverrides()));
            if (!problems.isEmpty()) {
                throw new BadInput(file + ": parameters." + problems.get(0).parameter().scenarioName() + ": "
                        + problems.get(0).message() + " (with --strategy " + strategy + ")");
            }
        }
        if (seed != null) {
            scenario = scenario.withSeed(seed);
        }
        Simulation sim;
        try {
            sim = new Simulation(scenario);
        } catch (IllegalArgumentException e) {
            throw new BadInput(file + ": " + e.getMessage());
        }
        sim.run();
        if (traceOut != null) {
            try { // streamed: a long run's trace is never one string
                AtomicFiles.write(traceOut, out -> {
                    java.io.Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
                    sim.trace().writeJsonLines(w);
                    w.flush();
                });
            } catch (IOException e) {
                throw new BadInput(e.getMessage()); // AtomicFiles names the file and the reason
            }
        }
        if (recordOut != null) {
            save(recordOut, RecordingFormat.toJson(Recording.of(sim)));
        }
        Snapshot s = sim.snapshot();
        String digest = sim.trace().digest();
        if (json) {
            ObjectNode o = Json.mapper().createObjectNode();
            o.put("scenario", scenario.name());
            o.put("strategy", scenario.strategy());
            o.put("seed", scenario.seed());
            o.put("durationUs", scenario.durationUs());
            o.put("traceEvents", sim.trace().size());
            o.put("traceSha256", digest);
            ObjectNode t = o.putObject("traffic");
            t.put("offered", s.traffic().offered());
            t.put("delivered", s.traffic().delivered());
            t.put("lost", s.traffic().lost());
            t.put("buffered", s.traffic().buffered());
            t.put("replayed", s.traffic().replayed());
            ObjectNode h = o.putObject("heartbeats");
            h.put("explicit", s.heartbeats().explicit());
            h.put("implicit", s.heartbeats().implicit());
            h.put("missed", s.heartbeats().missed());
            h.put("cpuUs", s.heartbeats().cpuUs());
            ObjectNode x = o.putObject("xenstore");
            x.put("served", s.xenstore().served());
            x.put("delayed", s.xenstore().delayed());
            x.put("failed", s.xenstore().failed());
            x.put("meanLatencyUs", s.xenstore().meanLatencyUs());
            s.xenstore().violations().forEach(x.putArray("violations")::add);
            ArrayNode ops = o.putArray("operations");
            for (var op : s.operations()) {
                ObjectNode oo = ops.addObject();
                oo.put("operation", op.operation());
                oo.put("vm", op.vm());
                oo.put("phase", op.phase());
                oo.put("attempts", op.attempt());
                if (op.succeeded() == null) {
                    oo.putNull("succeeded");
                } else {
                    oo.put("succeeded", op.succeeded());
                }
                oo.put("runningCopies", op.runningCopies());
                oo.put("detail", op.detail());
            }
            ArrayNode faults = o.putArray("faults");
            for (FaultMetrics f : s.faults()) {
                ObjectNode fo = faults.addObject();
                fo.put("target", f.target());
                fo.put("kind", f.kind());
                fo.put("injectedUs", f.injectedUs());
                fo.put("detectedBy", f.detectedBy());
                putOpt(fo, "detectionUs", f.detectionUs());
                putOpt(fo, "recoveryUs", f.recoveryUs());
                putOpt(fo, "downtimeUs", f.downtimeUs());
                fo.put("lostPackets", f.lostPackets());
                fo.put("peakBufferedPackets", f.peakBuffered());
                fo.put("completed", f.completed());
            }
            spec.commandLine().getOut().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
        } else {
            var out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%s under %s, seed %d, %s of virtual time%n", scenario.name().isEmpty() ? file : scenario.name(),
                    scenario.strategy(), scenario.seed(), Format.duration(scenario.durationUs()));
            out.printf(Locale.ROOT, "packets: %,d offered, %,d delivered, %,d lost, %,d held by the shadow driver%n",
                    s.traffic().offered(), s.traffic().delivered(), s.traffic().lost(), s.traffic().buffered());
            out.printf(Locale.ROOT, "heartbeats: %,d explicit, %,d implicit, %,d missed, %,d us of CPU%n", s.heartbeats().explicit(),
                    s.heartbeats().implicit(), s.heartbeats().missed(), s.heartbeats().cpuUs());
            for (FaultMetrics f : s.faults()) {
                out.printf(Locale.ROOT, "%s of %s at %s: %s%n", f.kind(), f.target(), Format.duration(f.injectedUs()), Format.outcome(f));
            }
            out.printf(Locale.ROOT, "XenStore: %,d requests served (mean %.0f us), %,d held until it came back, %,d failed; master %s%n",
                    s.xenstore().served(), s.xenstore().meanLatencyUs(), s.xenstore().delayed(), s.xenstore().failed(),
                    s.xenstore().masterReplica());
            for (String v : s.xenstore().violations()) {
                out.println("  broken guarantee: " + v);
            }
            for (var op : s.operations()) {
                out.printf(Locale.ROOT, "%s %s: %s after %d attempt(s), %d running cop%s - %s%n", op.operation(), op.vm(),
                        op.succeeded() == null ? "still running (" + op.phase() + ")" : op.succeeded() ? "succeeded" : "failed",
                        op.attempt(), op.runningCopies(), op.runningCopies() == 1 ? "y" : "ies", op.detail());
            }
            out.printf(Locale.ROOT, "trace: %,d events, sha256 %s%n", sim.trace().size(), digest);
        }
        return 0;
    }

    private static void putOpt(ObjectNode o, String name, java.util.OptionalLong v) {
        if (v.isPresent()) {
            o.put(name, v.getAsLong());
        } else {
            o.putNull(name);
        }
    }

    private static void save(Path target, String content) {
        try {
            AtomicFiles.write(target, content);
        } catch (IOException e) {
            throw new BadInput(e.getMessage());
        }
    }
}
