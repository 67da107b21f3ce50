package org.phoenixlab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.phoenixlab.engine.experiment.NicFaultExperiment;
import org.phoenixlab.engine.experiment.NicFaultRow;
import org.phoenixlab.engine.experiment.PaperFigures;

/** Table 2 of the paper: the NIC-driver crash under every strategy. */
final class NicFaultSection implements PaperSection {
    static final String FAULT = "crash of net_uk/nic-driver at 2 s during the network benchmark (3 guests, 1 Gb/s line rate)";
    static final String VANILLA_OUTCOME = "does not complete: nothing detects or repairs the fault; dom0 needs a manual reboot";

    private final int runs;
    private List<NicFaultRow> rows;

    NicFaultSection(int runs) {
        this.runs = runs;
    }

    @Override
    public void compute(Consumer<String> progress) {
        progress.accept("Table 2: " + runs + " seeds x 5 strategies...");
        rows = NicFaultExperiment.run(runs, done -> progress.accept("  " + done + "/5 strategies done"));
    }

    @Override
    public void json(ObjectNode o) {
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

    @Override
    public void print(PrintWriter out) {
        out.println("Table 2 rebuilt: " + FAULT);
        out.println("Our figures are means over " + runs + " seeds (each seed moves the fault's phase against the probes' timers).");
        out.println();
        String head = "%-24s | %-26s | %-22s | %-32s%n";
        out.printf(Locale.ROOT, head, "", "detection (ms)", "recovery (s)", "lost packets");
        out.printf(Locale.ROOT, head, "strategy", "ours     paper    ratio", "ours   paper  ratio", "ours         paper        ratio");
        out.println("-".repeat(24) + "-+-" + "-".repeat(26) + "-+-" + "-".repeat(22) + "-+-" + "-".repeat(32));
        for (NicFaultRow r : rows) {
            if (!r.completed() && r.completedRuns() == 0) {
                out.printf(Locale.ROOT, "%-24s | %s%n", r.title(), VANILLA_OUTCOME);
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
