package org.phoenixlab.engine.scenario;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a run depends on: with the same scenario, the trace is byte-identical.
 *
 * @param packetsPerSecondPerGuest  the network workload each guest offers
 * @param diskRequestsPerSecondPerGuest the storage workload each guest offers
 * @param parameterOverrides        parameter id → value, applied over the strategy's file
 * @param operations                VM operations tool_uk starts (create, migrate)
 * @param durationUs                how long the run lasts, in virtual microseconds
 */
public record Scenario(
        String name,
        String description,
        long seed,
        String strategy,
        int guests,
        long packetsPerSecondPerGuest,
        long diskRequestsPerSecondPerGuest,
        Map<String, Long> parameterOverrides,
        List<ScriptedFault> faults,
        List<ScriptedOperation> operations,
        long durationUs) {

    /** The paper's network benchmark: 1 Gb/s line rate (10^9 / (1,538 B x 8) = 81,274 frames/s). */
    public static final long PAPER_LINE_RATE_PPS = 81_274;
    /**
     * Storage load beside the network benchmark. Chosen: the paper's workloads are network-bound and
     * give no disk rate; 500 requests/s per guest is a modest steady load that makes disk faults visible.
     */
    public static final long DEFAULT_DISK_RPS_PER_GUEST = 500;
    /** The most a workload may offer per second (per guest, or all guests together): ten times a 10 Gb/s line rate. */
    public static final long MAX_RATE_PPS = 10_000_000;

    public Scenario {
        parameterOverrides = Collections.unmodifiableMap(new TreeMap<>(parameterOverrides));
        faults = List.copyOf(faults);
        operations = List.copyOf(operations);
    }

    /** A scenario with the default topology (3 guests) under the paper's workload, no faults. */
    public static Scenario paperWorkload(String strategy, long seed, long durationUs) {
        int guests = 3;
        return new Scenario("paper workload", "Network benchmark at line rate, three guests.", seed, strategy,
                guests, PAPER_LINE_RATE_PPS / guests, DEFAULT_DISK_RPS_PER_GUEST, Map.of(), List.of(), List.of(), durationUs);
    }

    public Scenario withFaults(List<ScriptedFault> more) {
        return new Scenario(name, description, seed, strategy, guests, packetsPerSecondPerGuest,
                diskRequestsPerSecondPerGuest, parameterOverrides, more, operations, durationUs);
    }

    public Scenario withOperations(List<ScriptedOperation> ops) {
        return new Scenario(name, description, seed, strategy, guests, packetsPerSecondPerGuest,
                diskRequestsPerSecondPerGuest, parameterOverrides, faults, ops, durationUs);
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, newSeed, strategy, guests, packetsPerSecondPerGuest,
                diskRequestsPerSecondPerGuest, parameterOverrides, faults, operations, durationUs);
    }

    public Scenario withStrategy(String newStrategy) {
        return new Scenario(name, description, seed, newStrategy, guests, packetsPerSecondPerGuest,
                diskRequestsPerSecondPerGuest, parameterOverrides, faults, operations, durationUs);
    }

    public Scenario withRate(long pps) {
        return new Scenario(name, description, seed, strategy, guests, pps,
                diskRequestsPerSecondPerGuest, parameterOverrides, faults, operations, durationUs);
    }

    public Scenario withDiskRate(long rps) {
        return new Scenario(name, description, seed, strategy, guests, packetsPerSecondPerGuest,
                rps, parameterOverrides, faults, operations, durationUs);
    }

    public Scenario withGuests(int n) {
        return new Scenario(name, description, seed, strategy, n, packetsPerSecondPerGuest,
                diskRequestsPerSecondPerGuest, parameterOverrides, faults, operations, durationUs);
    }

    public Scenario withOverride(String parameter, long value) {
        Map<String, Long> m = new TreeMap<>(parameterOverrides);
        m.put(parameter, value);
        return new Scenario(name, description, seed, strategy, guests, packetsPerSecondPerGuest,
                diskRequestsPerSecondPerGuest, m, faults, operations, durationUs);
    }

    public Scenario withDuration(long us) {
        return new Scenario(name, description, seed, strategy, guests, packetsPerSecondPerGuest,
                diskRequestsPerSecondPerGuest, parameterOverrides, faults, operations, us);
    }
}
