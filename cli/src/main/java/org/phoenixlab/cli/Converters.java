package org.phoenixlab.cli;

import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.fault.FaultTargets;
import org.phoenixlab.engine.files.Durations;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.strategy.StrategyCatalog;
import picocli.CommandLine;

/**
 * How the command line turns text into values, each in one place with its message in our words:
 * whole numbers, durations, strategy names and faults. (picocli's own messages say "is not a long".)
 */
final class Converters {
    private Converters() {
    }

    /** Registers the converters every option of a type uses (numbers); the others are named per option. */
    static void register(CommandLine cl) {
        cl.registerConverter(Long.class, Converters::wholeNumber);
        cl.registerConverter(Long.TYPE, Converters::wholeNumber);
        cl.registerConverter(Integer.class, Converters::smallWholeNumber);
        cl.registerConverter(Integer.TYPE, Converters::smallWholeNumber);
    }

    static Long wholeNumber(String text) {
        String t = text.strip().replace("_", "");
        if (!t.matches("[+-]?\\d+")) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a whole number");
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is too large");
        }
    }

    static Integer smallWholeNumber(String text) {
        long v = wholeNumber(text);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new CommandLine.TypeConversionException("'" + text + "' is too large");
        }
        return (int) v;
    }

    /** The one duration converter: "20ms", "1.5s", "2min" (a bare number is refused, as in a scenario). */
    static final class Duration implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            return duration(text);
        }
    }

    static long duration(String text) {
        String t = text.strip();
        if (t.matches("\\d{1,15}")) { // as in a scenario: a bare number is not a duration (it used to mean microseconds)
            throw new CommandLine.TypeConversionException("write " + t + "ms (a bare number is not a duration; the units are us, ms, s and min)");
        }
        try {
            return Durations.parse(t);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** A strategy name, checked against the catalogue. */
    static final class Strategy implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String name) {
            if (!StrategyCatalog.exists(name)) {
                throw new CommandLine.TypeConversionException("unknown strategy '" + name + "' (expected one of "
                        + String.join(", ", StrategyCatalog.NAMES) + ")");
            }
            return name;
        }
    }

    /** A fault given as TARGET:KIND, such as net_uk/nic-driver:crash. */
    record FaultSpec(String target, FaultKind kind) {
        static final FaultSpec NIC_DRIVER_CRASH = new FaultSpec("net_uk/nic-driver", FaultKind.CRASH);

        @Override
        public String toString() {
            return target + ":" + kind.id();
        }
    }

    static final class Fault implements CommandLine.ITypeConverter<FaultSpec> {
        @Override
        public FaultSpec convert(String text) {
            int colon = text.lastIndexOf(':');
            if (colon <= 0) {
                throw new CommandLine.TypeConversionException("must be TARGET:KIND, such as net_uk/nic-driver:crash (found '" + text + "')");
            }
            String target = text.substring(0, colon);
            String kindId = text.substring(colon + 1);
            FaultKind kind = FaultKind.byId(kindId).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown fault kind '" + kindId + "' (expected one of " + String.join(", ",
                            java.util.Arrays.stream(FaultKind.values()).map(FaultKind::id).toList()) + ")"));
            FaultTargets.problem(Topology.standard(3, true), target, kind).ifPresent(p -> {
                throw new CommandLine.TypeConversionException(text + ": " + p);
            });
            return new FaultSpec(target, kind);
        }
    }
}
