package org.phoenixlab.engine.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.phoenixlab.engine.trace.Phrase;

/**
 * The one place a parameter value is judged: its range and unit ({@link Parameter#min()},
 * {@link Parameter#max()}, {@link Parameter#unit()}), and the relations between values where the
 * model needs them (a heartbeat must be answerable before the next one is due). The scenario loader,
 * the command line, the simulation itself and the what-if sliders all ask here.
 */
public final class ParameterCheck {
    /** One value out of place, or two that do not fit together; {@code parameter} is the one to change. */
    public record Problem(Parameter parameter, Phrase phrase) {
        /** The problem in English words. */
        public String message() {
            return phrase.english();
        }
    }

    /** "a must be shorter than b" where mechanism {@code when} uses both; {@code why} in English. */
    private record Relation(Parameter shorter, Parameter longer, Mechanism when, String why) {
        Phrase reason() {
            return Phrase.of("relation." + shorter.id() + "." + longer.id(), why);
        }
    }

    private static final List<Relation> RELATIONS = List.of(
            new Relation(Parameter.HEARTBEAT_DEADLINE_US, Parameter.HEARTBEAT_PERIOD_US, Mechanism.HEARTBEAT,
                    "a ping must be answered before the next one is sent"),
            new Relation(Parameter.HEARTBEAT_DEADLINE_US, Parameter.XS_HEARTBEAT_PERIOD_US, Mechanism.XENSTORE_REPLICATION,
                    "a XenStore member must answer a ping before the next one is sent"),
            new Relation(Parameter.TICK_US, Parameter.DRIVER_TIMEOUT_US, Mechanism.DRIVER_TIMEOUT,
                    "a healthy driver ends its poll within one tick, so the timer must outlast a tick"),
            new Relation(Parameter.TICK_US, Parameter.RING_CHECK_PERIOD_US, Mechanism.RING_INDEX_CHECK,
                    "the rings move once per tick; a shorter check would see a healthy ring standing still"),
            new Relation(Parameter.TICK_US, Parameter.RING_LAG_PERIOD_US, Mechanism.RING_LAG,
                    "the rings move once per tick; a shorter check would see a healthy ring standing still"),
            new Relation(Parameter.MIGRATION_ACK_US, Parameter.MIGRATION_ACK_TIMEOUT_US, Mechanism.MIGRATION_WATCHDOG,
                    "the receiver's acknowledgement must be able to arrive before the watchdog gives up"),
            new Relation(Parameter.SERVICE_VM_REBOOT_US, Parameter.RESTART_PERIOD_US, Mechanism.PERIODIC_RESTART,
                    "a restart must end before the next one is due"),
            new Relation(Parameter.FRESH_COPY_SWAP_US, Parameter.RESTART_PERIOD_US, Mechanism.PERIODIC_RESTART,
                    "a fresh copy must have taken over before the next timed restart is due"));

    private ParameterCheck() {
    }

    /** The relations, in words ("heartbeatDeadline < heartbeatPeriod, with heartbeat: a ping must ..."), for the documentation. */
    public static List<String> relations() {
        return RELATIONS.stream().map(r -> r.shorter().scenarioName() + " < " + r.longer().scenarioName() + ", with "
                + r.when().id() + ": " + r.why()).toList();
    }

    /** Empty when {@code value} is within the parameter's range; otherwise the problem in words. */
    public static Optional<String> range(Parameter p, long value) {
        return rangePhrase(p, value).map(Phrase::english);
    }

    /** {@link #range} as a phrase. */
    public static Optional<Phrase> rangePhrase(Parameter p, long value) {
        if (value < p.min() || value > p.max()) {
            return Optional.of(Phrase.of("check.range", "is {0} (allowed {1})", p.value(value), new Phrase.Nested(p.rangePhrase())));
        }
        return Optional.empty();
    }

    /** Every range and relation the strategy's values break, in parameter order. */
    public static List<Problem> problems(Strategy s) {
        List<Problem> out = new ArrayList<>();
        for (var e : s.values().entrySet()) {
            rangePhrase(e.getKey(), e.getValue()).ifPresent(m -> out.add(new Problem(e.getKey(), m)));
        }
        for (Relation r : RELATIONS) {
            Long shorter = s.values().get(r.shorter());
            Long longer = s.values().get(r.longer());
            if (s.has(r.when()) && shorter != null && longer != null && shorter >= longer) {
                // the one most likely changed is an override; name the other as the limit
                boolean blameLonger = "override".equals(s.sources().get(r.longer()))
                        || !"override".equals(s.sources().get(r.shorter()));
                Parameter blamed = blameLonger ? r.longer() : r.shorter();
                Phrase message = blameLonger
                        ? Phrase.of("check.notLonger", "is {0}, not longer than {1} ({2}): {3}", r.longer().value(longer),
                                new Phrase.Name(r.shorter().scenarioName()), r.shorter().value(shorter), new Phrase.Nested(r.reason()))
                        : Phrase.of("check.notShorter", "is {0}, not shorter than {1} ({2}): {3}", r.shorter().value(shorter),
                                new Phrase.Name(r.longer().scenarioName()), r.longer().value(longer), new Phrase.Nested(r.reason()));
                out.add(new Problem(blamed, message));
            }
        }
        return out;
    }

    /** Refuses a strategy whose values make no sense, naming the first problem (IllegalArgumentException). */
    public static void require(Strategy s) {
        List<Problem> ps = problems(s);
        if (!ps.isEmpty()) {
            Problem p = ps.get(0);
            throw new IllegalArgumentException(p.parameter().scenarioName() + " " + p.message());
        }
    }
}
