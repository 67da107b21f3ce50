package org.phoenixlab.engine.sim;

import java.util.List;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedFault;
import org.phoenixlab.engine.trace.Payload;
import org.phoenixlab.engine.trace.Trace;

/** Small helpers shared by the mechanism tests. */
final class Runs {
    static final long FAULT_AT = 2_000_000;

    private Runs() {
    }

    /** The paper workload under {@code strategy} with one fault at 2 s, lasting 20 s. */
    static Scenario oneFault(String strategy, String target, FaultKind kind, long seed) {
        return Scenario.paperWorkload(strategy, seed, 20_000_000)
                .withFaults(List.of(new ScriptedFault(FAULT_AT, target, kind)));
    }

    /** The paper workload under {@code strategy} with faults and VM operations, lasting {@code durationUs}. */
    static Scenario with(String strategy, long seed, long durationUs, List<ScriptedFault> faults,
                         List<org.phoenixlab.engine.scenario.ScriptedOperation> ops) {
        return Scenario.paperWorkload(strategy, seed, durationUs).withFaults(faults).withOperations(ops);
    }

    static ScriptedFault fault(long atUs, String target, FaultKind kind) {
        return new ScriptedFault(atUs, target, kind);
    }

    static org.phoenixlab.engine.scenario.ScriptedOperation op(long atUs,
            org.phoenixlab.engine.scenario.ScriptedOperation.Kind kind, String vm) {
        return new org.phoenixlab.engine.scenario.ScriptedOperation(atUs, kind, vm);
    }

    static Simulation run(Scenario s) {
        Simulation sim = new Simulation(s);
        sim.run();
        return sim;
    }

    static FaultMetrics only(Simulation sim) {
        return sim.faults().get(0);
    }

    /** The sequence of states {@code component} entered, from the trace. */
    static List<ComponentState> states(Trace trace, String component) {
        return trace.events().stream()
                .filter(e -> e.component().equals(component) && e.payload() instanceof Payload.StateChanged)
                .map(e -> ((Payload.StateChanged) e.payload()).to())
                .toList();
    }

    /** Payloads of one type, in trace order. */
    static <T extends Payload> List<T> payloads(Trace trace, Class<T> type) {
        return trace.events().stream().map(e -> e.payload()).filter(type::isInstance).map(type::cast).toList();
    }

    static double meanDetectionMs(Scenario base, int seeds) {
        double sum = 0;
        for (int seed = 1; seed <= seeds; seed++) {
            sum += only(run(base.withSeed(seed))).detectionUs().getAsLong() / 1000.0;
        }
        return sum / seeds;
    }
}
