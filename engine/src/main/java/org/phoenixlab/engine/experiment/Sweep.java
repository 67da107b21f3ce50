package org.phoenixlab.engine.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.phoenixlab.engine.strategy.Parameter;

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

        /** The smallest and largest value that makes sense. */
        public long min() {
            return this == GUESTS ? 1 : this == PACKET_RATE ? 1_000 : isDuration() ? 1_000 : parameter.min();
        }

        public long max() {
            return this == GUESTS ? 64 : this == PACKET_RATE ? 10_000_000 : isDuration() ? 600_000_000 : parameter.max();
        }

        /** The setup with this input set to {@code value} (microseconds, packets/s or guests). */
        public Comparison.Setup apply(Comparison.Setup setup, long value) {
            if (value < min() || value > max()) {
                throw new IllegalArgumentException(label + " must be between " + min() + " and " + max() + ", not " + value);
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
            setups.add(knob.apply(base, v)); // refuses a value out of range before any run
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
