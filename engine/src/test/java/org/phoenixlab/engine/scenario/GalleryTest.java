package org.phoenixlab.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.sim.Simulation;
import org.phoenixlab.engine.strategy.StrategyCatalog;

class GalleryTest {
    @Test
    void everyShippedScenarioLoadsHasANameAndADescriptionAndRunsUnderEveryStrategyItAllows() {
        List<Gallery.Entry> all = Gallery.entries();
        assertEquals(17, all.size(), "six experiments and eleven lessons");
        for (Gallery.Entry e : all) {
            Scenario s = e.scenario();
            assertFalse(s.name().isBlank(), e.resource());
            assertTrue(s.description().length() > 80, e.resource() + ": a paragraph, not a label");
            Simulation sim = new Simulation(s);
            sim.run();
            if (!s.faults().isEmpty()) {
                assertFalse(sim.faults().isEmpty(), e.resource() + ": its faults struck");
            }
        }
    }

    @Test
    void theExperimentScenariosAlsoRunUnderTheOtherStrategies() {
        for (Gallery.Entry e : Gallery.entries()) {
            if (!e.resource().startsWith("experiment-")) {
                continue;
            }
            for (String strategy : StrategyCatalog.NAMES) {
                Simulation sim = new Simulation(e.scenario().withStrategy(strategy));
                sim.run();
                assertFalse(sim.faults().isEmpty(), e.resource() + " under " + strategy);
            }
        }
    }

    @Test
    void thereIsAScenarioForEveryLessonTopic() {
        long lessons = Gallery.entries().stream().filter(e -> e.resource().startsWith("lesson-")).count();
        assertEquals(11, lessons);
    }
}
