package org.phoenixlab.engine.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.experiment.Comparison;
import org.phoenixlab.engine.experiment.Sweep;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.sim.Simulation;

/** The one validator of parameter values, seen from the strategy files, the engine and the what-if. */
class ParameterCheckTest {
    @Test
    void everyShippedStrategyIsWithinEveryRangeAndRelation() {
        for (String name : StrategyCatalog.NAMES) {
            assertEquals(List.of(), ParameterCheck.problems(StrategyCatalog.load(name)), name);
        }
    }

    @Test
    void everyRangeHasAUnitAndRoomForItsDefault() {
        for (Parameter p : Parameter.values()) {
            assertTrue(p.min() <= p.max(), p.id());
            assertTrue(p.isDuration() == (p.unit() == Parameter.Unit.MICROSECONDS), p.id() + " and its unit agree");
            assertTrue(p.max() < Long.MAX_VALUE / 1_000, p.id() + ": small enough that sums of a run cannot overflow");
        }
    }

    @Test
    void theEngineRefusesAStrategyThatMakesNoSenseWhereverItComesFrom() {
        Strategy zeroTick = StrategyCatalog.load("phoenix-fine").with(Parameter.TICK_US, 0);
        var e = assertThrows(IllegalArgumentException.class,
                () -> new Simulation(Scenario.paperWorkload("phoenix-fine", 1, 1_000_000), zeroTick));
        assertEquals("tick is 0s (allowed 10us to 100ms)", e.getMessage());
        var overridden = Scenario.paperWorkload("phoenix-fine", 1, 1_000_000).withOverride("ringSlots", 1_000_000_000_000L);
        var f = assertThrows(IllegalArgumentException.class, () -> new Simulation(overridden));
        assertTrue(f.getMessage().startsWith("ringSlots is 1,000,000,000,000 slots (allowed 1 to 65,536 slots)"), f.getMessage());
    }

    @Test
    void theWhatIfKnobsOfferTheValidatorsLimitsAndItsVerdict() {
        Sweep.Knob period = Sweep.Knob.HEARTBEAT_PERIOD;
        assertEquals(Parameter.HEARTBEAT_PERIOD_US.min(), period.min());
        assertEquals(Parameter.HEARTBEAT_PERIOD_US.max(), period.max());
        assertEquals("us", period.unit());
        Comparison.Setup setup = Comparison.Setup.nicDriverCrash(1);
        assertTrue(period.problem(setup, 62_000, StrategyCatalog.NAMES).isEmpty());
        String tooShort = period.problem(setup, 4_000, StrategyCatalog.NAMES).orElseThrow();
        assertTrue(tooShort.contains("heartbeatPeriod is 4ms, not longer than heartbeatDeadline (5ms)"), tooShort);
        assertTrue(tooShort.contains("(under phoenix-fine)"), tooShort);
        assertTrue(period.problem(setup, 4_000, List.of("xoar")).isEmpty(), "Xoar has no heartbeat to break");
        String outside = period.problem(setup, 0, StrategyCatalog.NAMES).orElseThrow();
        assertTrue(outside.contains("(allowed 100us to 1min)"), outside);
        assertThrows(IllegalArgumentException.class,
                () -> Sweep.run(period, 1_000, 62_000, 3, setup, StrategyCatalog.NAMES, () -> false, x -> { }),
                "a sweep is refused before any run");
    }

    @Test
    void theFormatsGuideListsEveryLimitAndRelationAsTheEngineHasThem() throws Exception {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/FORMATS.md"));
        for (Parameter p : Parameter.values()) {
            String row = "| `" + p.scenarioName() + "` | " + (p.isDuration() ? "duration" : p.unit().symbol()) + " | " + p.range() + " |";
            assertTrue(doc.contains(row), "docs/FORMATS.md lacks the row " + row);
        }
        for (String r : ParameterCheck.relations()) {
            int comma = r.indexOf(", with ");
            String line = "- `" + r.substring(0, comma) + "`" + r.substring(comma);
            assertTrue(doc.contains(line), "docs/FORMATS.md lacks the relation " + line);
        }
    }
}
