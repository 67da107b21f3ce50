package org.phoenixlab.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.scenario.Scenario;

/** The session built beside the toolkit's start: handed over once, only for its own scenario, and no different from one built later. */
class SessionHeadStartTest {
    private static final Scenario FINE = Scenario.paperWorkload("phoenix-fine", 1, 30_000_000);

    @AfterEach
    void nothingLeft() {
        SessionHeadStart.take(FINE); // a test that left one behind must not hand it to the next
    }

    @Test
    void itIsHandedOverOnceForItsOwnScenario() {
        SessionHeadStart.begin(() -> FINE);
        var first = SessionHeadStart.take(FINE);
        assertTrue(first.isPresent());
        assertEquals(FINE, first.get().scenario());
        assertTrue(SessionHeadStart.take(FINE).isEmpty(), "a second window builds its own");
    }

    @Test
    void aWindowAskingForAnotherScenarioGetsNothing() {
        SessionHeadStart.begin(() -> FINE);
        assertTrue(SessionHeadStart.take(FINE.withStrategy("vanilla")).isEmpty());
        assertTrue(SessionHeadStart.take(FINE).isEmpty(), "it was thrown away, not kept for later");
    }

    @Test
    void aScenarioThatCannotBeMadeGivesNothingAndTheWindowBuildsItsOwn() {
        SessionHeadStart.begin(() -> {
            throw new IllegalStateException("no such strategy file");
        });
        assertTrue(SessionHeadStart.take(FINE).isEmpty());
    }

    @Test
    void nothingBegunGivesNothing() {
        assertTrue(SessionHeadStart.take(FINE).isEmpty());
    }

    @Test
    void aSessionBuiltOnTheOtherThreadRunsExactlyAsOneBuiltHere() {
        SessionHeadStart.begin(() -> FINE);
        Session ahead = SessionHeadStart.take(FINE).orElseThrow();
        Session here = new Session(FINE);
        assertNotSame(ahead.simulation(), here.simulation());
        for (Session s : new Session[] {ahead, here}) {
            s.advanceTo(1_500_000);
            s.inject("net_uk/nic-driver", FaultKind.CRASH);
            s.advanceTo(9_000_000);
        }
        assertTrue(here.simulation().trace().size() > 100, "the run did something");
        assertEquals(here.simulation().trace().digest(), ahead.simulation().trace().digest());
    }
}
