package org.phoenixlab.engine.sim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.fault.FaultTargets;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedFault;
import org.phoenixlab.engine.scenario.ScriptedOperation;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/** Every fault class the engine offers, under every strategy: it runs, and Phoenix fine-grained heals it. */
class EveryFaultEveryStrategyTest {
    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String strategy : StrategyCatalog.NAMES) {
            boolean replicated = StrategyCatalog.load(strategy).has(Mechanism.XENSTORE_REPLICATION);
            Topology t = Topology.standard(3, true);
            for (ComponentSpec c : t.components()) {
                for (FaultKind k : FaultTargets.faultsFor(t, c.id(), replicated)) {
                    out.add(Arguments.of(strategy, c.id(), k));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {2} of {1}")
    @MethodSource("cases")
    void theFaultRunsAndFineGrainedPhoenixHealsIt(String strategy, String target, FaultKind kind) {
        long s = 1_000_000;
        // tool_uk faults need tool_uk running, and a lost acknowledgement needs a migration.
        long at = target.equals("tool_uk") ? 2 * s : s;
        Scenario sc = Scenario.paperWorkload(strategy, 1, 60 * s)
                .withFaults(List.of(new ScriptedFault(at, target, kind)))
                .withOperations(List.of(new ScriptedOperation(s, ScriptedOperation.Kind.MIGRATE, "guest/2")));
        Simulation sim = new Simulation(sc);
        sim.run();
        Snapshot end = sim.snapshot();
        if (strategy.equals("phoenix-fine")) {
            for (ComponentView c : end.components()) {
                assertTrue(c.state() == ComponentState.HEALTHY || c.state() == ComponentState.STOPPED,
                        c.id() + " ends " + c.state().id() + ": " + c.reason());
            }
            assertTrue(end.xenstore().violations().isEmpty(), end.xenstore().violations().toString());
            assertTrue(end.operations().get(0).runningCopies() == 1);
        }
        if (strategy.equals("vanilla")) {
            assertFalse(end.faults().stream().anyMatch(FaultMetrics::completed),
                    "vanilla Xen repairs nothing");
        }
    }
}
