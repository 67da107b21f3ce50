package org.phoenixlab.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.fault.FaultTargets;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.sim.FaultMetrics;
import org.phoenixlab.engine.sim.Simulation;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/**
 * A comparison run stops as soon as its figures are final. For every strategy and every fault a
 * comparison can ask for, the row is the same as when the run goes on to its 150 s horizon (as it
 * did before): a probe that is not registered as watching its component would make this fail.
 */
class EarlyStopTest {
    private record Case(String target, FaultKind kind) {
    }

    private static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (String t : FaultTargets.TARGETS) {
            out.add(new Case(t, FaultKind.CRASH));
            out.add(new Case(t, FaultKind.HANG));
        }
        out.add(new Case(ComponentIds.xenstoreReplica(1), FaultKind.CRASH));
        out.add(new Case(ComponentIds.xenstoreReplica(1), FaultKind.CORRUPT_ENTRY));
        out.add(new Case(ComponentIds.guest(1), FaultKind.OUT_OF_MEMORY));
        out.add(new Case(ComponentIds.VMM, FaultKind.CRASH_ALL_PVM));
        return out;
    }

    /** The rule before early stopping: on until the fault is over, to the horizon if it never is. */
    private static FaultMetrics toTheHorizon(Scenario s) {
        Simulation sim = new Simulation(s);
        for (long t = 1_000_000; t <= s.durationUs(); t += 1_000_000) {
            sim.runUntil(t);
            if (!sim.faults().isEmpty() && sim.faults().stream().allMatch(FaultMetrics::completed)) {
                break;
            }
        }
        return sim.faults().get(0);
    }

    @Test
    void stoppingEarlyGivesTheRowsOfTheFullRun() {
        int stoppedEarly = 0;
        for (String strategy : StrategyCatalog.NAMES) {
            for (Case c : cases()) {
                Comparison.Setup setup = new Comparison.Setup(c.target(), c.kind(), 1, 3, Scenario.PAPER_LINE_RATE_PPS, java.util.Map.of());
                Scenario s = Comparison.scenario(setup, strategy, 2);
                Simulation early = Comparison.runToCompletion(s);
                FaultMetrics full = toTheHorizon(s);
                String what = strategy + ", " + c;
                assertEquals(Comparison.rowOfFigures(strategy, setup, List.of(full)),
                        Comparison.rowOfFigures(strategy, setup, List.of(early.faults().get(0))), what);
                if (!full.completed() && early.nowUs() < s.durationUs()) {
                    stoppedEarly++;
                }
            }
        }
        assertTrue(stoppedEarly >= 16, "the runs that can never complete stop at once (vanilla's, at least): " + stoppedEarly);
    }
}
