package org.phoenixlab.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.scenario.Gallery;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedFault;
import org.phoenixlab.engine.sim.Simulation;

/** Which trace events are the moments of the story, and the one sentence the caption gives each. */
class MomentTest {
    private static Simulation nicCrash(String strategy, long durationUs) {
        Simulation sim = new Simulation(Scenario.paperWorkload(strategy, 1, durationUs)
                .withFaults(List.of(new ScriptedFault(2_000_000, "net_uk/nic-driver", FaultKind.CRASH))));
        sim.run();
        return sim;
    }

    private static List<Moment> moments(Simulation sim) {
        List<Moment> out = new ArrayList<>();
        for (TraceEvent e : sim.trace().events()) {
            Moment.of(e).ifPresent(out::add);
        }
        return out;
    }

    @Test
    void aFineGrainedNicCrashTellsItsStoryInSixMoments() {
        assertEquals(List.of(Moment.FAULT, Moment.TRAFFIC_INTERRUPTED, Moment.DETECTED, Moment.REPAIR_STARTED,
                Moment.REPAIR_FINISHED, Moment.TRAFFIC_RESTORED), moments(nicCrash("phoenix-fine", 8_000_000)));
    }

    @Test
    void routineEventsAreNotMoments() {
        Simulation sim = nicCrash("phoenix-fine", 8_000_000);
        for (TraceEvent e : sim.trace().events()) {
            Payload p = e.payload();
            boolean routine = p instanceof Payload.Heartbeat || p instanceof Payload.StateChanged || p instanceof Payload.XenStoreWrite
                    || p instanceof Payload.XenStoreFailed || p instanceof Payload.RunStarted;
            assertEquals(!routine, Moment.is(e), e.toJsonLine());
        }
        // a master confirmed in place changes nothing; one that takes over is a moment
        assertFalse(Moment.is(new TraceEvent(1, 1, "xs_coord/1", new Payload.MasterElected("coordinator", "xs_coord/1"))));
        assertTrue(Moment.is(new TraceEvent(1, 1, "xs_coord/2", new Payload.MasterElected("coordinator", "xs_coord/1"))));
        assertEquals(Moment.ROLLBACK, Moment.of(new TraceEvent(1, 1, "guest/2",
                new Payload.OperationPhase("migrate", "guest/2", "rollback", "why"))).orElseThrow());
    }

    @Test
    void theCaptionSaysWhatHappenedAndWhyInOneSentence() {
        Simulation sim = nicCrash("phoenix-fine", 8_000_000);
        List<TraceEvent> t = sim.trace().events();
        Explanation ex = new Explanation(t, sim.topology());
        List<String> said = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (Moment.is(t.get(i))) {
                said.add(ex.caption(i));
            }
        }
        assertEquals("A crash struck the NIC driver: nothing knows it yet.", said.get(0));
        assertTrue(said.get(2).startsWith("The driver-timeout probe noticed that the NIC driver failed 2"), said.get(2));
        assertTrue(said.get(2).contains(" ms after the crash: "), said.get(2));
        assertTrue(said.get(3).startsWith("The repair of the NIC driver started (driver-reload, 4.70 s): nothing it needs is down"), said.get(3));
        assertTrue(said.get(4).startsWith("The NIC driver is healthy again, 4.7"), said.get(4));
        assertTrue(said.get(5).startsWith("Traffic through NetBack flows again: 0 packets lost, "), said.get(5));
        for (String s : said) {
            assertTrue(s.endsWith(".") && s.indexOf(". ") < 0, "one sentence: " + s);
        }
    }

    @Test
    void aSentenceThatBeginsWithAnIdKeepsItAsItIsWritten() {
        Simulation sim = nicCrash("phoenix-coarse", 10_000_000); // coarse-grained reboots the whole of net_uk
        List<TraceEvent> t = sim.trace().events();
        Explanation ex = new Explanation(t, sim.topology());
        List<String> healed = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).payload() instanceof Payload.RepairFinished) {
                healed.add(ex.caption(i));
            }
        }
        assertFalse(healed.isEmpty());
        assertTrue(healed.stream().anyMatch(c -> c.startsWith("net_uk is healthy again")), healed.toString());
        assertTrue(healed.stream().noneMatch(c -> c.startsWith("Net_uk")), healed.toString());
    }

    @Test
    void everyMomentOfEveryGalleryScenarioHasACaptionWithNoEmptyField() {
        for (Gallery.Entry g : Gallery.entries()) {
            for (String strategy : List.of("vanilla", "xoar", "phoenix-fine")) {
                Scenario s = g.scenario().withStrategy(strategy);
                Simulation sim;
                try {
                    sim = new Simulation(s.withDuration(Math.min(s.durationUs(), 30_000_000)));
                } catch (IllegalArgumentException e) {
                    continue; // a fault this design does not have (a replicated XenStore's member)
                }
                sim.run();
                List<TraceEvent> t = sim.trace().events();
                Explanation ex = new Explanation(t, sim.topology());
                for (int i = 0; i < t.size(); i++) {
                    String c = ex.caption(i);
                    String d = t.get(i).describe();
                    for (String text : List.of(c, d)) {
                        assertFalse(text.isBlank(), g.resource());
                        assertFalse(text.contains(": ,") || text.contains(": .") || text.endsWith(": ") || text.contains("()")
                                || text.contains("before: )"), "an empty field printed: " + text);
                    }
                }
            }
        }
    }

    @Test
    void anEmptyFieldIsLeftOutOfTheWords() {
        assertEquals("found by the heartbeat probe", new Payload.Detected("heartbeat", "").describe());
        assertEquals("master replica", new Payload.MasterElected("replica", "").describe());
        assertEquals("healthy \u2192 faulty", new Payload.StateChanged(ComponentState.HEALTHY, ComponentState.FAULTY, " ").describe());
        assertEquals("traffic stopped", new Payload.TrafficInterrupted("").describe());
        assertEquals("from: healthy, to: faulty", PayloadText.fields(new Payload.StateChanged(ComponentState.HEALTHY, ComponentState.FAULTY, "")));
    }
}
