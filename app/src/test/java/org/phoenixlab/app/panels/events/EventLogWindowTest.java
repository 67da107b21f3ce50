package org.phoenixlab.app.panels.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.trace.Payload;
import org.phoenixlab.engine.trace.Trace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The event log holds a bounded window of the newest events, however long the run. */
@ExtendWith(ApplicationExtension.class)
class EventLogWindowTest {
    private static void grow(Trace t, int events) {
        for (int i = 0; i < events; i++) {
            long us = (t.size() + 1) * 100L;
            t.append(us, "net_uk/nic-driver", new Payload.StateChanged(ComponentState.HEALTHY, ComponentState.HEALTHY, "tick"));
        }
    }

    @Test
    void aLongRunKeepsOnlyTheNewestEventsAndSaysWhereTheLogStarts(FxRobot robot) {
        EventLogPane[] log = new EventLogPane[1];
        robot.interact(() -> log[0] = new EventLogPane(us -> { }, e -> ""));
        Trace t = new Trace();
        grow(t, 1_000);
        robot.interact(() -> log[0].update(t));
        assertEquals(1_000, log[0].table().getItems().size());
        assertEquals(0, log[0].firstHeld());
        assertFalse(log[0].lookup("#events-window").isVisible(), "a short run: the whole run, no note");

        grow(t, EventLogPane.WINDOW + EventLogPane.WINDOW / 2); // played on: the front is trimmed in chunks
        robot.interact(() -> log[0].update(t));
        int held = log[0].table().getItems().size();
        assertTrue(held <= EventLogPane.WINDOW + EventLogPane.WINDOW / 4, "held " + held);
        assertEquals(t.size() - held, log[0].firstHeld());
        assertEquals(t.size() - 1, log[0].table().getItems().get(held - 1).seq(), "the newest event is the last row");
        assertTrue(log[0].lookup("#events-window").isVisible(), "the note says the log starts later than the run");

        Trace rebuilt = new Trace(); // a seek rebuilt the run: only the newest window is read from it
        grow(rebuilt, 3 * EventLogPane.WINDOW);
        robot.interact(() -> log[0].update(rebuilt));
        assertEquals(EventLogPane.WINDOW, log[0].table().getItems().size());
        assertEquals(2 * EventLogPane.WINDOW, log[0].table().getItems().get(0).seq());
    }
}
