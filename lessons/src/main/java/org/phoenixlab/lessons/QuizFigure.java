package org.phoenixlab.lessons;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.phoenixlab.engine.sim.FaultMetrics;

/**
 * A figure a quiz answer states about the lesson's own run, as the Metrics tab shows it: {@code field}
 * is one of the Metrics rows ({@link #FIELDS}), {@code value} its figure in the Metrics tab's unit (ms
 * for times, a count for packets), {@code tolerance} how far the run may be from it (same unit), and
 * {@code strategy}, when not empty, the run under that strategy (the last one the lesson played under
 * it) instead of the run on screen. {@code target}, when not empty, picks the last fault on that
 * component; otherwise the run's last fault counts. {@link LessonPlaythrough} measures it when the
 * question is asked: the right answer's figure must be met, a wrong answer's must not.
 */
public record QuizFigure(String field, double value, double tolerance, String strategy, String target) {
    /** The Metrics rows a quiz may state, with their units. */
    public static final List<String> FIELDS = List.of("detection", "recovery (repair)", "downtime", "packets lost", "shadow driver peak");

    public QuizFigure {
        strategy = strategy == null ? "" : strategy;
        target = target == null ? "" : target;
    }

    /** The run's figure for this field, in the Metrics unit; empty when the moment has not come. */
    public OptionalDouble measure(List<FaultMetrics> faults) {
        Optional<FaultMetrics> f = faults.stream().filter(m -> target.isEmpty() || m.target().equals(target))
                .reduce((a, b) -> b);
        if (f.isEmpty()) {
            return OptionalDouble.empty();
        }
        FaultMetrics m = f.get();
        return switch (field) {
            case "detection" -> ms(m.detectionUs());
            case "recovery (repair)" -> ms(m.recoveryUs());
            case "downtime" -> ms(m.downtimeUs());
            case "packets lost" -> OptionalDouble.of(m.lostPackets());
            case "shadow driver peak" -> OptionalDouble.of(m.peakBuffered());
            default -> OptionalDouble.empty();
        };
    }

    private static OptionalDouble ms(java.util.OptionalLong us) {
        return us.isPresent() ? OptionalDouble.of(us.getAsLong() / 1e3) : OptionalDouble.empty();
    }

    public boolean holds(double measured) {
        return Math.abs(measured - value) <= tolerance;
    }

    /** "detection 110.8 ± 10 ms", for messages. */
    public String describe() {
        String unit = field.equals("packets lost") || field.equals("shadow driver peak") ? "" : " ms";
        return String.format(Locale.ROOT, "%s %s ± %s%s%s", field, num(value), num(tolerance), unit,
                (strategy.isEmpty() ? "" : " under " + strategy) + (target.isEmpty() ? "" : " on " + target));
    }

    static String num(double d) {
        return d == Math.rint(d) ? String.format(Locale.ROOT, "%d", (long) d) : String.format(Locale.ROOT, "%.2f", d);
    }
}
