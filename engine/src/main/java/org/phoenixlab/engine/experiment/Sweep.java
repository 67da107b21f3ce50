package org.phoenixlab.engine.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.trace.Phrase;
import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.strategy.ParameterCheck;

/**
 * What-if: one input varied over evenly spaced values, the comparison run at each, so that a figure
 * can be drawn as a function of the input (detection time against the heartbeat period, say).
 */
public final class Sweep {
    /** The inputs a sweep may vary, by the names the command line and the window use. */
    public enum Knob {
        HEARTBEAT_PERIOD("heartbeat-period", "heartbeat period", Parameter.HEARTBEAT_PERIOD_US),
        DRIVER_TIMEOUT("driver-timeout", "NIC driver poll timeout", Parameter.DRIVER_TIMEOUT_US),
        PACKET_RATE("packet-rate", "packet rate (all guests, packets/s)", null),
        REBOOT("reboot", "unikernel reboot duration", Parameter.UNIKERNEL_REBOOT_US),
        RELOAD("reload", "NIC driver reload duration", Parameter.DRIVER_RELOAD_US),
        GUESTS("guests", "number of guests", null),
        PHYSICAL_CPUS("physical-cpus", "number of physical CPUs", Parameter.PHYSICAL_CPUS);

        private final String id;
        private final String label;
        private final Parameter parameter;

        Knob(String id, String label, Parameter parameter) {
            this.id = id;
            this.label = label;
            this.parameter = parameter;
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        /** True when values are virtual durations (microseconds). */
        public boolean isDuration() {
            return parameter != null && parameter.isDuration();
        }

        /** The engine parameter this knob sets, if it is one (not the packet rate or the number of guests). */
        public Optional<Parameter> parameter() {
            return Optional.ofNullable(parameter);
        }

        /** The smallest value that makes sense, in {@link #unit()}: the parameter's own limit (see ParameterCheck). */
        public long min() {
            return this == GUESTS ? ComponentIds.MIN_GUESTS : this == PACKET_RATE ? 1_000 : parameter.min();
        }

        /** The largest value that makes sense, in {@link #unit()}. */
        public long max() {
            return this == GUESTS ? ComponentIds.MAX_GUESTS : this == PACKET_RATE ? Scenario.MAX_RATE_PPS : parameter.max();
        }

        /** What the values count: "us" for durations, "packets/s", "guests". */
        public String unit() {
            return this == GUESTS ? "guests" : this == PACKET_RATE ? "packets/s" : parameter.unit().symbol();
        }

        /** A value as a person reads it ("62ms", "81,274 packets/s", "3 guests"). */
        public String format(long value) {
            return parameter != null ? parameter.format(value) : String.format(java.util.Locale.ROOT, "%,d %s", value, unit());
        }

        /** The allowed values in words: "100us to 1min", "1 to 64 guests". */
        public String range() {
            return parameter != null ? parameter.range() : String.format(java.util.Locale.ROOT, "%,d to %,d %s", min(), max(), unit());
        }

        /**
         * Empty when {@code value} can be used with {@code setup} under every strategy of {@code strategies};
         * otherwise why not, naming the allowed range (what a slider or the command line shows).
         */
        public Optional<String> problem(Comparison.Setup setup, long value, List<String> strategies) {
            return problemPhrase(setup, value, strategies).map(Phrase::english);
        }

        /** {@link #problem} as a phrase, for a window that speaks another language. */
        public Optional<Phrase> problemPhrase(Comparison.Setup setup, long value, List<String> strategies) {
            if (value < min() || value > max()) {
                if (parameter != null) {
                    return Optional.of(Phrase.of("knob.range", "{0} {1}", new Phrase.Word("knob." + id, label),
                            new Phrase.Nested(ParameterCheck.rangePhrase(parameter, value).orElseThrow())));
                }
                Phrase.Word unit = new Phrase.Word("knob.unit." + id, unit());
                return Optional.of(Phrase.of("knob.range.count", "{0} is {1} {2} (allowed {3} to {4} {2})", new Phrase.Word("knob." + id, label),
                        new Phrase.Count(value, true), unit, new Phrase.Count(min(), true), new Phrase.Count(max(), true)));
            }
            return Comparison.problemPhrase(apply(setup, value), strategies);
        }

        /** The setup with this input set to {@code value} (microseconds, packets/s or guests). */
        public Comparison.Setup apply(Comparison.Setup setup, long value) {
            if (value < min() || value > max()) {
                throw new IllegalArgumentException(label + " is " + format(value) + " (allowed " + range() + ")");
            }
            return switch (this) {
                case PACKET_RATE -> setup.withRate(value);
                case GUESTS -> setup.withGuests((int) value);
                default -> setup.withOverride(parameter.id(), value);
            };
        }

        public static Optional<Knob> byId(String id) {
            return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
        }
    }

    /** The comparison at one value of the input. */
    public record Point(long value, List<Comparison.Row> rows) {
        public Point {
            rows = List.copyOf(rows);
        }
    }

    private Sweep() {
    }

    /** {@code steps} evenly spaced values from {@code from} to {@code to}, both included, rounded to whole units. */
    public static List<Long> values(long from, long to, int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("at least one step is needed");
        }
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            long v = steps == 1 ? from : Math.round(from + (to - from) * (i / (double) (steps - 1)));
            if (out.isEmpty() || out.get(out.size() - 1) != v) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * Every value's comparison, all runs of all values side by side on the {@link RunPool} (only the
     * rows are kept: no run goes on for a throughput chart).
     */
    public static List<Point> run(Knob knob, long from, long to, int steps, Comparison.Setup base, List<String> strategies,
            BooleanSupplier cancelled, DoubleConsumer progress) {
        List<Long> values = values(from, to, steps);
        List<Comparison.Setup> setups = new ArrayList<>();
        for (long v : values) {
            knob.problem(base, v, strategies).ifPresent(p -> { // refuses a value out of place before any run
                throw new IllegalArgumentException(p);
            });
            setups.add(knob.apply(base, v));
        }
        List<Function<BooleanSupplier, Comparison.RunResult>> tasks = new ArrayList<>();
        for (Comparison.Setup setup : setups) {
            for (String strategy : strategies) {
                for (int seed = 1; seed <= setup.runs(); seed++) {
                    tasks.add(Comparison.task(setup, strategy, seed, false));
                }
            }
        }
        int total = tasks.size();
        AtomicInteger done = new AtomicInteger();
        List<Comparison.RunResult> all = RunPool.shared()
                .start(tasks, (i, r) -> {
                    synchronized (done) { // one call at a time, always rising
                        progress.accept(done.incrementAndGet() / (double) total);
                    }
                })
                .await(cancelled);
        List<Point> out = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < values.size(); i++) {
            Comparison.Setup setup = setups.get(i);
            List<Comparison.Row> rows = new ArrayList<>();
            for (String strategy : strategies) {
                List<Comparison.RunResult> seeds = new ArrayList<>();
                for (int seed = 1; seed <= setup.runs(); seed++) {
                    seeds.add(all.get(k++));
                }
                rows.add(Comparison.row(strategy, setup, seeds));
            }
            out.add(new Point(values.get(i), rows));
        }
        return out;
    }
}
