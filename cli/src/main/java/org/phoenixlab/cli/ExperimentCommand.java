package org.phoenixlab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.phoenixlab.engine.experiment.NicFaultExperiment;
import org.phoenixlab.engine.experiment.NicFaultRow;
import org.phoenixlab.engine.experiment.PaperFigures;
import org.phoenixlab.engine.experiment.PvmExperiments;
import org.phoenixlab.engine.files.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "experiment", description = {
        "paper: rebuild the paper's tables (each row our figure, the paper's, and the ratio).",
        "compare: one fault under every strategy, as a table or CSV (--fault TARGET:KIND, --runs N, --csv).",
        "sweep PARAMETER FROM TO STEPS: the comparison at evenly spaced values of one input, as CSV.",
        "  PARAMETER: heartbeat-period, driver-timeout, reboot, reload (durations such as 20ms or 1.5s),",
        "  packet-rate (packets/s, all guests together), guests (1 to 64) or physical-cpus (1 to 256)."})
final class ExperimentCommand implements Callable<Integer> {
    static final String FAULT = "crash of net_uk/nic-driver at 2 s during the network benchmark (3 guests, 1 Gb/s line rate)";
    static final String VANILLA_OUTCOME = "does not complete: nothing detects or repairs the fault; dom0 needs a manual reboot";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "the experiment: paper, compare or sweep")
    String name;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "ARG", description = "for sweep: PARAMETER FROM TO STEPS")
    List<String> args = new java.util.ArrayList<>();

    @Option(names = "--fault", paramLabel = "TARGET:KIND",
            description = "the fault of compare and sweep (default net_uk/nic-driver:crash)")
    String fault = "net_uk/nic-driver:crash";

    @Option(names = "--strategy", paramLabel = "S", description = "for sweep: only these strategies (repeatable; default all five)")
    List<String> strategies = new java.util.ArrayList<>();

    @Option(names = "--csv", description = "for compare: print CSV")
    boolean csv;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Option(names = "--runs", paramLabel = "N",
            description = "seeds per strategy (default " + NicFaultExperiment.DEFAULT_RUNS + " for paper, 10 for compare, 3 for sweep)")
    Integer runsOption;

    int runs = NicFaultExperiment.DEFAULT_RUNS;

    @Option(names = "--pvm-runs", paramLabel = "N",
            description = "seeds per strategy for VM creation, migration and the all-pVM crash (default ${DEFAULT-VALUE})")
    int pvmRuns = PvmExperiments.DEFAULT_RUNS;

    @Override
    public Integer call() throws IOException {
        if ("compare".equals(name) || "sweep".equals(name)) {
            return new ComparisonReport(spec.commandLine().getOut()).run(name, args, fault, strategies,
                    runsOption == null ? ("sweep".equals(name) ? 3 : 10) : runsOption, csv);
        }
        if (!"paper".equals(name)) {
            throw new BadInput("unknown experiment '" + name + "' (expected paper, compare or sweep)");
        }
        if (!args.isEmpty()) {
            throw new BadInput("experiment paper takes no further arguments (found " + String.join(" ", args) + ")");
        }
        if (runsOption != null) {
            runs = runsOption;
        }
        if (runs < 1 || runs > 100_000) {
            throw new BadInput("--runs must be between 1 and 100000, not " + runs);
        }
        if (pvmRuns < 1 || pvmRuns > 10_000) {
            throw new BadInput("--pvm-runs must be between 1 and 10000, not " + pvmRuns);
        }
        // Progress on standard error, for a person at a terminal only (standard output stays clean for --json).
        PrintWriter progress = System.console() != null ? spec.commandLine().getErr() : null;
        java.util.function.Consumer<String> say = m -> {
            if (progress != null) {
                progress.println("phoenix: " + m);
                progress.flush();
            }
        };
        say.accept("Table 2: " + runs + " seeds x 5 strategies...");
        List<NicFaultRow> rows = NicFaultExperiment.run(runs, done -> say.accept("  " + done + "/5 strategies done"));
        say.accept("VM creation under XenStore faults...");
        List<PvmExperiments.CreationRow> creation = PvmExperiments.creation(pvmRuns);
        say.accept("migration under tool_uk faults...");
        List<PvmExperiments.MigrationRow> migration = PvmExperiments.migration(pvmRuns);
        say.accept("every pVM component crashing at once...");
        List<PvmExperiments.AllCrashRow> allCrash = PvmExperiments.allCrash(pvmRuns);
        FidelityReport fidelity = new FidelityReport(pvmRuns, say);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = toJson(rows);
            PvmReport.toJson(o, creation, migration, allCrash, pvmRuns);
            fidelity.toJson(o);
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
        } else {
            printTable(out, rows);
            PvmReport.print(out, creation, migration, allCrash, pvmRuns);
            fidelity.print(out);
        }
        return 0;
    }

    private ObjectNode toJson(List<NicFaultRow> rows) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("experiment", "paper");
        o.put("table", "Table 2: NIC-driver crash");
        o.put("fault", FAULT);
        o.put("runsPerStrategy", runs);
        ArrayNode arr = o.putArray("rows");
        for (NicFaultRow r : rows) {
            ObjectNode ro = arr.addObject();
            ro.put("strategy", r.strategy());
            ro.put("title", r.title());
            ro.put("completed", r.completed());
            ro.put("completedRuns", r.completedRuns());
            if (!r.completed()) {
                ro.put("outcome", VANILLA_OUTCOME);
            }
            PaperFigures.Row p = r.paper().orElse(null);
            cell(ro.putObject("detectionMs"), r.detectionMs(), p == null ? null : p.detectionMs())
                    .put("min", r.detectionMinMs()).put("max", r.detectionMaxMs());
            cell(ro.putObject("recoveryS"), r.recoveryS(), p == null ? null : p.recoveryS());
            cell(ro.putObject("lostPackets"), r.lostPackets(), p == null ? null : (double) p.lostPackets());
            ro.put("peakBufferedPackets", r.peakBufferedPackets());
        }
        return o;
    }

    private static ObjectNode cell(ObjectNode c, Double ours, Double paper) {
        c.put("ours", ours == null ? null : round(ours));
        c.put("paper", paper);
        Double ratio = paper == null ? null : NicFaultRow.ratio(ours, paper);
        c.put("ratio", ratio == null ? null : round(ratio));
        return c;
    }

    private static Double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private void printTable(PrintWriter out, List<NicFaultRow> rows) {
        out.println("Table 2 rebuilt: " + FAULT);
        out.println("Our figures are means over " + runs + " seeds (each seed moves the fault's phase against the probes' timers).");
        out.println();
        String head = "%-24s | %-26s | %-22s | %-32s%n";
        out.printf(head, "", "detection (ms)", "recovery (s)", "lost packets");
        out.printf(head, "strategy", "ours     paper    ratio", "ours   paper  ratio", "ours         paper        ratio");
        out.println("-".repeat(24) + "-+-" + "-".repeat(26) + "-+-" + "-".repeat(22) + "-+-" + "-".repeat(32));
        for (NicFaultRow r : rows) {
            if (!r.completed() && r.completedRuns() == 0) {
                out.printf("%-24s | %s%n", r.title(), VANILLA_OUTCOME);
                continue;
            }
            PaperFigures.Row p = r.paper().orElse(null);
            out.printf(Locale.ROOT, "%-24s | %-8s %-8s %-7s | %-6s %-6s %-7s | %-12s %-12s %-6s%n", r.title(),
                    num(r.detectionMs(), "%.2f"), p == null ? "-" : num(p.detectionMs(), "%.2f"),
                    ratio(r.detectionMs(), p == null ? null : p.detectionMs()),
                    num(r.recoveryS(), "%.2f"), p == null ? "-" : num(p.recoveryS(), "%.1f"),
                    ratio(r.recoveryS(), p == null ? null : p.recoveryS()),
                    num(r.lostPackets(), "%,.0f"), p == null ? "-" : String.format(Locale.ROOT, "%,d", p.lostPackets()),
                    ratio(r.lostPackets(), p == null ? null : (double) p.lostPackets()));
        }
        out.println();
        out.println("ratio = ours / paper; '-' where the paper's figure is 0 or absent.");
    }

    private static String num(Double v, String fmt) {
        return v == null ? "-" : String.format(Locale.ROOT, fmt, v);
    }

    private static String ratio(Double ours, Double paper) {
        Double r = paper == null ? null : NicFaultRow.ratio(ours, paper);
        return r == null ? "-" : String.format(Locale.ROOT, "%.3f", r);
    }
}
