package org.phoenixlab.engine.strategy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * One of the compared systems: which mechanisms it has, how it repairs a whole unit, and the value
 * and source of every parameter it uses. Immutable; {@link #with} gives a changed copy.
 */
public record Strategy(
        String name,
        String title,
        String summary,
        Set<Mechanism> mechanisms,
        UnitRepair unitRepair,
        Map<Parameter, Long> values,
        Map<Parameter, String> sources) {

    public Strategy {
        mechanisms = Collections.unmodifiableSet(mechanisms.isEmpty() ? EnumSet.noneOf(Mechanism.class) : EnumSet.copyOf(mechanisms));
        values = Collections.unmodifiableMap(values.isEmpty() ? new EnumMap<>(Parameter.class) : new EnumMap<>(values));
        sources = Collections.unmodifiableMap(sources.isEmpty() ? new EnumMap<>(Parameter.class) : new EnumMap<>(sources));
    }

    public boolean has(Mechanism m) {
        return mechanisms.contains(m);
    }

    /** True when this strategy's files give {@code p} a value (some inputs belong to some designs only). */
    public boolean defines(Parameter p) {
        return values.containsKey(p);
    }

    /** The parameter's value; a strategy file that lacks one the model needs is a bug in that file. */
    public long get(Parameter p) {
        Long v = values.get(p);
        if (v == null) {
            throw new IllegalStateException("strategy " + name + " has no value for parameter " + p.id());
        }
        return v;
    }

    /** A copy with one parameter changed (a scenario override or a what-if). */
    public Strategy with(Parameter p, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(p.scenarioName() + " must not be negative: " + value);
        }
        EnumMap<Parameter, Long> v = new EnumMap<>(Parameter.class);
        v.putAll(values);
        v.put(p, value);
        EnumMap<Parameter, String> s = new EnumMap<>(Parameter.class);
        s.putAll(sources);
        s.put(p, "override");
        return new Strategy(name, title, summary, mechanisms, unitRepair, v, s);
    }

    /**
     * A copy with a scenario's overrides (parameter id to value) applied; IllegalArgumentException
     * naming the first unknown parameter or value out of range.
     */
    public Strategy withOverrides(Map<String, Long> overrides) {
        Strategy out = this;
        for (Map.Entry<String, Long> e : overrides.entrySet()) {
            Parameter p = Parameter.byId(e.getKey()).orElseThrow(
                    () -> new IllegalArgumentException("unknown parameter '" + e.getKey() + "'"));
            long v = e.getValue();
            ParameterCheck.range(p, v).ifPresent(m -> {
                throw new IllegalArgumentException(p.scenarioName() + " " + m);
            });
            out = out.with(p, v);
        }
        return out;
    }

    /** A copy with a mechanism switched on or off. */
    public Strategy with(Mechanism m, boolean on) {
        EnumSet<Mechanism> ms = mechanisms.isEmpty() ? EnumSet.noneOf(Mechanism.class) : EnumSet.copyOf(mechanisms);
        if (on) {
            ms.add(m);
        } else {
            ms.remove(m);
        }
        return new Strategy(name, title, summary, ms, unitRepair, values, sources);
    }
}
