package org.phoenixlab.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.experiment.Comparison;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.scenario.Gallery;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedFault;
import org.phoenixlab.engine.sim.Simulation;

class ExplanationTest {
    private static Simulation run(Scenario s) {
        Simulation sim = new Simulation(s);
        sim.runUntil(s.durationUs());
        return sim;
    }

    private static Scenario fine(String target, FaultKind kind, long durationUs) {
        return Scenario.paperWorkload("phoenix-fine", 1, durationUs)
                .withFaults(List.of(new ScriptedFault(2_000_000, target, kind)));
    }

    @Test
    void theExplanationOfADetectionNamesItsProbeAndTheFault() {
        Simulation sim = run(fine("net_uk/nic-driver", FaultKind.CRASH, 3_000_000));
        List<TraceEvent> t = sim.trace().events();
        Explanation ex = new Explanation(t, sim.topology());
        int i = indexOf(t, Payload.Detected.class);
        String why = ex.of(i);
        assertTrue(why.contains("The driver-timeout probe found a fault on net_uk/nic-driver"), why);
        assertTrue(why.contains("after the crash injected on net_uk/nic-driver at 2.000 s"), why);
    }

    @Test
    void theExplanationOfADelayedRepairNamesTheDependencyThatHeldIt() {
        Simulation sim = run(fine("vmm", FaultKind.CRASH_ALL_PVM, 30_000_000));
        List<TraceEvent> t = sim.trace().events();
        Explanation ex = new Explanation(t, sim.topology());
        int deferred = indexOf(t, Payload.RepairDeferred.class);
        TraceEvent d = t.get(deferred);
        String waiting = ((Payload.RepairDeferred) d.payload()).waitingFor();
        String why = ex.of(deferred);
        assertTrue(why.contains("held back the repair of " + d.component() + " because " + d.component() + " needs " + waiting), why);
        assertTrue(why.contains("dependency " + d.component() + " \u2192 " + waiting.split(",")[0].strip()), why);
        // The repair that finally started says what it waited for last (the list shrinks as its needs come back).
        String last = waiting;
        for (int i = deferred + 1; i < t.size(); i++) {
            if (t.get(i).payload() instanceof Payload.RepairDeferred r && t.get(i).component().equals(d.component())) {
                last = r.waitingFor();
            }
            if (t.get(i).payload() instanceof Payload.RepairStarted && t.get(i).component().equals(d.component())) {
                String started = ex.of(i);
                assertTrue(started.contains("because it needs " + last), started);
                return;
            }
        }
        throw new AssertionError("the deferred repair never started");
    }

    @Test
    void everyKindOfEventGetsASentence() {
        Set<Class<?>> explained = new LinkedHashSet<>();
        for (Gallery.Entry e : Gallery.entries()) {
            Simulation sim = run(e.scenario().withDuration(Math.min(e.scenario().durationUs(), 60_000_000)));
            List<TraceEvent> t = sim.trace().events();
            Explanation ex = new Explanation(t, sim.topology());
            for (int i = 0; i < t.size(); i++) {
                String s = ex.of(i);
                assertFalse(s.isBlank());
                assertTrue(s.endsWith(".") || s.endsWith(".)"), s);
                explained.add(t.get(i).payload().getClass());
            }
        }
        for (Class<?> kind : Payload.class.getPermittedSubclasses()) {
            assertTrue(explained.contains(kind), "no scenario of the gallery produced a " + kind.getSimpleName());
        }
    }

    @Test
    void everyKindOfEventIsDescribedInWordsNotAsItsJsonFields() {
        Set<Class<?>> described = new LinkedHashSet<>();
        for (Gallery.Entry e : Gallery.entries()) {
            Simulation sim = run(e.scenario().withDuration(Math.min(e.scenario().durationUs(), 60_000_000)));
            for (TraceEvent ev : sim.trace().events()) {
                String text = ev.describe();
                assertFalse(text.isBlank(), ev.toJsonLine());
                assertFalse(text.equals(PayloadText.fields(ev.payload())), "a phrase of its own: " + text);
                assertFalse(text.contains("\""), text);
                described.add(ev.payload().getClass());
            }
        }
        assertEquals(Set.of(Payload.class.getPermittedSubclasses()), described);
    }

    @Test
    void aStateChangeReadsFromToAndWhy() {
        Payload p = new Payload.StateChanged(org.phoenixlab.engine.model.ComponentState.HEALTHY,
                org.phoenixlab.engine.model.ComponentState.FAULTY, "crash, not detected yet");
        assertEquals("healthy \u2192 faulty: crash, not detected yet", p.describe());
        assertEquals("from: healthy, reason: crash, not detected yet, to: faulty", PayloadText.fields(p));
    }

    private static int indexOf(List<TraceEvent> t, Class<?> kind) {
        for (int i = 0; i < t.size(); i++) {
            if (kind.isInstance(t.get(i).payload())) {
                return i;
            }
        }
        throw new AssertionError("no " + kind.getSimpleName());
    }
}
