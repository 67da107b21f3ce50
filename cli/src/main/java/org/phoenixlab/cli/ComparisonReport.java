package org.phoenixlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.phoenixlab.engine.experiment.Comparison;
import org.phoenixlab.engine.experiment.Sweep;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/** `experiment compare` and `experiment sweep`: tables and CSV a teacher can chart elsewhere. */
final class ComparisonReport {
    static final String SWEEP_HEADER = "parameter,value,unit,strategy,runs,detected_runs,completed_runs,detection_ms,recovery_s,downtime_s,lost_packets";
    static final String COMPARE_HEADER = "strategy,runs,detected_runs,completed_runs,detection_ms,recovery_s,downtime_s,lost_packets,"
            + "paper_detection_ms,paper_recovery_s,paper_lost_packets";

    private final PrintWriter out;

    ComparisonReport(PrintWriter out) {
        this.out = out;
    }

    /** The comparison of one fault: a table, or CSV with the paper's figures beside ours. */
    void compare(Comparison.Setup setup, List<String> strategies, boolean csv) {
        Comparison.Result r = Comparison.run(setup, chosen(strategies), () -> false, f -> { });
        if (csv) {
            out.println(COMPARE_HEADER);
            for (Comparison.Row row : r.rows()) {
                out.println(String.join(",", row.strategy(), Integer.toString(row.runs()), Integer.toString(row.detectedRuns()),
                        Integer.toString(row.completedRuns()), num(row.detectionMs(), 2), num(row.recoveryS(), 3),
                        num(row.downtimeS(), 3), num(row.lostPackets(), 0),
                        row.paper().map(p -> num(p.detectionMs(), 2)).orElse(""),
                        row.paper().map(p -> num(p.recoveryS(), 3)).orElse(""),
                        row.paper().map(p -> Long.toString(p.lostPackets())).orElse("")));
            }
        } else {
            out.printf(Locale.ROOT, "%s on %s, %d seed(s) per strategy%n", setup.kind().label(), setup.target(), setup.runs());
            out.printf(Locale.ROOT, "%-26s %14s %12s %14s%n", "strategy", "detection ms", "recovery s", "lost packets");
            for (Comparison.Row row : r.rows()) {
                out.printf(Locale.ROOT, "%-26s %14s %12s %14s%n", row.title(), orNever(row.detectionMs(), 2),
                        orNever(row.recoveryS(), 3), row.completed() ? num(row.lostPackets(), 0) : "does not complete");
            }
        }
        out.flush();
    }

    /** The comparison at {@code steps} values of one input, as CSV; refused before any run if a value makes no sense. */
    void sweep(Sweep.Knob knob, long from, long to, int steps, Comparison.Setup setup, List<String> strategies) {
        List<Sweep.Point> points;
        try {
            points = Sweep.run(knob, from, to, steps, setup, chosen(strategies), () -> false, f -> { });
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        }
        out.println(SWEEP_HEADER);
        for (Sweep.Point p : points) {
            for (Comparison.Row row : p.rows()) {
                out.println(String.join(",", knob.id(), Long.toString(p.value()), knob.unit(), row.strategy(),
                        Integer.toString(row.runs()), Integer.toString(row.detectedRuns()), Integer.toString(row.completedRuns()),
                        num(row.detectionMs(), 2), num(row.recoveryS(), 3), num(row.downtimeS(), 3), num(row.lostPackets(), 0)));
            }
        }
        out.flush();
    }

    private static List<String> chosen(List<String> strategies) {
        return strategies.isEmpty() ? StrategyCatalog.NAMES : List.copyOf(strategies);
    }

    /** The paper's benchmark (three guests at line rate) with {@code fault}, {@code runs} seeds per strategy. */
    static Comparison.Setup setup(Converters.FaultSpec fault, int runs) {
        if (runs < 1 || runs > 10_000) {
            throw new BadInput("--runs must be between 1 and 10000, not " + runs);
        }
        return new Comparison.Setup(fault.target(), fault.kind(), runs, 3, Scenario.PAPER_LINE_RATE_PPS, Map.of());
    }

    static String num(Double v, int decimals) {
        return v == null ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String orNever(Double v, int decimals) {
        return v == null ? "never" : num(v, decimals);
    }
}
