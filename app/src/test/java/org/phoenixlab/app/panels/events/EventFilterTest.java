package org.phoenixlab.app.panels.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.trace.Payload;
import org.phoenixlab.engine.trace.TraceEvent;

/** Which events the log shows, by the words typed and the routine box. */
class EventFilterTest {
    private static final TraceEvent BEAT = new TraceEvent(10, 1, "net_uk", new Payload.Heartbeat(true, true));
    private static final TraceEvent DETECTED = new TraceEvent(20, 2, "net_uk/nic-driver", new Payload.StateChanged(
            ComponentState.FAULTY, ComponentState.DETECTED, "found by the driver-timeout probe"));
    private static final TraceEvent FAULT = new TraceEvent(5, 0, "net_uk/nic-driver", new Payload.FaultInjected(FaultKind.CRASH));

    @Test
    void routineEventsShowOnlyWhenAskedFor() {
        assertFalse(new EventFilter("", false).test(BEAT));
        assertTrue(new EventFilter("", true).test(BEAT));
        assertTrue(new EventFilter("", false).test(DETECTED));
    }

    @Test
    void wordsMatchTheKindTheComponentOrTheDescriptionWhateverTheCase() {
        assertTrue(new EventFilter("DETECTED", false).test(DETECTED), "in the description: faulty \u2192 detected");
        assertTrue(new EventFilter("driver-timeout", false).test(DETECTED));
        assertTrue(new EventFilter(" nic-driver ", false).test(FAULT), "the component, surrounding spaces ignored");
        assertTrue(new EventFilter("crash injected", false).test(FAULT));
        assertFalse(new EventFilter("xenstore", false).test(FAULT));
    }
}
