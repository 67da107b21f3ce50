package org.phoenixlab.engine.scenario;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a run depends on: with the same scenario, the trace is byte-identical.
 *
 * @param packetsPerSecondPerGuest the workload each guest offers to the network path
 * @param parameterOverrides       parameter id → value, applied over the strategy's file
 * @param durationUs               how long the run lasts, in virtual microseconds
 */
public record Scenario(
        String name,
        String description,
        long seed,
        String strategy,
        int guests,
        long packetsPerSecondPerGuest,
        Map<String, Long> parameterOverrides,
        List<ScriptedFault> faults,
        long durationUs) {

    /** The paper's network benchmark: 1 Gb/s line rate (81,274 frames/s) shared by the guests. */
    public static final long PAPER_LINE_RATE_PPS = 81_274;

    public Scenario {
        parameterOverrides = Collections.unmodifiableMap(new TreeMap<>(parameterOverrides));
        faults = List.copyOf(faults);
    }

    /** A scenario with the default topology (3 guests) under the paper's workload, no faults. */
    public static Scenario paperWorkload(String strategy, long seed, long durationUs) {
        int guests = 3;
        return new Scenario("paper workload", "Network benchmark at line rate, three guests.", seed, strategy,
                guests, PAPER_LINE_RATE_PPS / guests, Map.of(), List.of(), durationUs);
    }

    public Scenario withFaults(List<ScriptedFault> more) {
        return new Scenario(name, description, seed, strategy, guests, packetsPerSecondPerGuest,
                parameterOverrides, more, durationUs);
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, newSeed, strategy, guests, packetsPerSecondPerGuest,
                parameterOverrides, faults, durationUs);
    }

    public Scenario withStrategy(String newStrategy) {
        return new Scenario(name, description, seed, newStrategy, guests, packetsPerSecondPerGuest,
                parameterOverrides, faults, durationUs);
    }

    public Scenario withRate(long pps) {
        return new Scenario(name, description, seed, strategy, guests, pps, parameterOverrides, faults, durationUs);
    }

    public Scenario withGuests(int n) {
        return new Scenario(name, description, seed, strategy, n, packetsPerSecondPerGuest,
                parameterOverrides, faults, durationUs);
    }

    public Scenario withOverride(String parameter, long value) {
        Map<String, Long> m = new TreeMap<>(parameterOverrides);
        m.put(parameter, value);
        return new Scenario(name, description, seed, strategy, guests, packetsPerSecondPerGuest, m, faults, durationUs);
    }

    public Scenario withDuration(long us) {
        return new Scenario(name, description, seed, strategy, guests, packetsPerSecondPerGuest,
                parameterOverrides, faults, us);
    }
}
