package org.phoenixlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.phoenixlab.engine.experiment.Comparison;
import org.phoenixlab.engine.experiment.Sweep;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.fault.FaultTargets;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.files.Durations;
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

    int run(String name, List<String> args, String fault, List<String> strategies, int runs, boolean csv) {
        if (runs < 1 || runs > 10_000) {
            throw new BadInput("--runs must be between 1 and 10000, not " + runs);
        }
        Comparison.Setup setup = setup(fault, runs);
        for (String s : strategies) {
            if (!StrategyCatalog.NAMES.contains(s)) {
                throw new BadInput("unknown strategy '" + s + "' (expected one of " + String.join(", ", StrategyCatalog.NAMES) + ")");
            }
        }
        List<String> chosen = strategies.isEmpty() ? StrategyCatalog.NAMES : List.copyOf(strategies);
        if (name.equals("compare")) {
            if (!args.isEmpty()) {
                throw new BadInput("experiment compare takes no further arguments (found " + String.join(" ", args) + ")");
            }
            Comparison.Result r = Comparison.run(setup, chosen, () -> false, f -> { });
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
                out.printf(Locale.ROOT, "%s on %s, %d seed(s) per strategy%n", setup.kind().label(), setup.target(), runs);
                out.printf(Locale.ROOT, "%-26s %14s %12s %14s%n", "strategy", "detection ms", "recovery s", "lost packets");
                for (Comparison.Row row : r.rows()) {
                    out.printf(Locale.ROOT, "%-26s %14s %12s %14s%n", row.title(), orNever(row.detectionMs(), 2),
                            orNever(row.recoveryS(), 3), row.completed() ? num(row.lostPackets(), 0) : "does not complete");
                }
            }
            out.flush();
            return 0;
        }
        if (args.size() != 4) {
            throw new BadInput("usage: experiment sweep PARAMETER FROM TO STEPS (found " + args.size() + " argument(s))");
        }
        Sweep.Knob knob = Sweep.Knob.byId(args.get(0)).orElseThrow(() -> new BadInput("unknown parameter '" + args.get(0)
                + "' (expected " + String.join(", ", java.util.Arrays.stream(Sweep.Knob.values()).map(Sweep.Knob::id).toList()) + ")"));
        long from = value(knob, args.get(1), "FROM");
        long to = value(knob, args.get(2), "TO");
        int steps;
        try {
            steps = Integer.parseInt(args.get(3));
        } catch (NumberFormatException e) {
            throw new BadInput("STEPS must be a whole number, not '" + args.get(3) + "'");
        }
        if (steps < 1 || steps > 1000) {
            throw new BadInput("STEPS must be between 1 and 1000, not " + steps);
        }
        List<Sweep.Point> points;
        try {
            points = Sweep.run(knob, from, to, steps, setup, chosen, () -> false, f -> { });
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        }
        out.println(SWEEP_HEADER);
        String unit = knob.isDuration() ? "us" : knob == Sweep.Knob.GUESTS ? "guests" : knob == Sweep.Knob.PHYSICAL_CPUS ? "CPUs" : "packets/s";
        for (Sweep.Point p : points) {
            for (Comparison.Row row : p.rows()) {
                out.println(String.join(",", knob.id(), Long.toString(p.value()), unit, row.strategy(),
                        Integer.toString(row.runs()), Integer.toString(row.detectedRuns()), Integer.toString(row.completedRuns()),
                        num(row.detectionMs(), 2), num(row.recoveryS(), 3), num(row.downtimeS(), 3), num(row.lostPackets(), 0)));
            }
        }
        out.flush();
        return 0;
    }

    private static Comparison.Setup setup(String fault, int runs) {
        int colon = fault.lastIndexOf(':');
        if (colon <= 0) {
            throw new BadInput("--fault must be TARGET:KIND, such as net_uk/nic-driver:crash (found '" + fault + "')");
        }
        String target = fault.substring(0, colon);
        String kindId = fault.substring(colon + 1);
        FaultKind kind = FaultKind.byId(kindId).orElseThrow(() -> new BadInput("unknown fault kind '" + kindId + "'"));
        Topology topology = Topology.standard(3, true);
        FaultTargets.problem(topology, target, kind).ifPresent(p -> {
            throw new BadInput("--fault " + fault + ": " + p);
        });
        return new Comparison.Setup(target, kind, runs, 3, Scenario.PAPER_LINE_RATE_PPS, Map.of());
    }

    private static long value(Sweep.Knob knob, String text, String what) {
        try {
            if (knob.isDuration()) {
                return text.chars().allMatch(Character::isDigit) ? Long.parseLong(text) : Durations.parse(text);
            }
            return Long.parseLong(text.replace("_", ""));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new BadInput(what + " of " + knob.id() + " must be " + (knob.isDuration() ? "a duration such as 20ms or 1.5s" : "a whole number")
                    + ", not '" + text + "'");
        }
    }

    static String num(Double v, int decimals) {
        return v == null ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String orNever(Double v, int decimals) {
        return v == null ? "never" : num(v, decimals);
    }
}
