package org.phoenixlab.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.sim.Snapshot;

/** The session model without a window: stepping back reaches exactly the state seen before. */
class SessionTest {
    private static Session session() {
        return new Session(Scenario.paperWorkload("phoenix-fine", 4, 30_000_000));
    }

    @Test
    void stepBackReturnsToASnapshotEqualToTheEarlierOne() {
        Session s = session();
        s.advanceTo(1_500_000);
        s.inject("net_uk/nic-driver", FaultKind.CRASH);
        for (int i = 0; i < 40; i++) {
            s.stepForward();
        }
        Snapshot before = s.snapshot();
        s.stepForward();
        s.stepForward();
        assertFalse(before.equals(s.snapshot()));
        s.stepBack();
        s.stepBack();
        assertEquals(before, s.snapshot());
    }

    @Test
    void afterPlayingStepBackGoesToThePreviousEngineEventNotThePreviousFrame() {
        Session s = session();
        s.advanceTo(2_000_000);
        long events = s.position();
        for (int frame = 0; frame < 10; frame++) {
            s.advanceTo(s.nowUs() + 16_000);
        }
        long after = s.position();
        assertTrue(after > events);
        s.stepBack();
        assertEquals(after - 1, s.position());
    }

    @Test
    void seekingBackAndForthKeepsTheUsersCommandsAndTheSameTrace() {
        Session s = session();
        s.advanceTo(2_000_000);
        s.inject("net_uk/nic-driver", FaultKind.CRASH);
        s.advanceTo(9_000_000);
        String digest = s.simulation().trace().digest();
        s.seek(1_000_000);
        assertEquals(0, s.snapshot().faults().size(), "before the fault");
        s.seek(9_000_000);
        assertEquals(digest, s.simulation().trace().digest(), "the same run again");
        assertEquals(1, s.snapshot().faults().size());
    }

    @Test
    void injectingAfterSteppingBackBranchesTheSession() {
        Session s = session();
        s.advanceTo(2_000_000);
        s.inject("net_uk/nic-driver", FaultKind.CRASH);
        s.advanceTo(5_000_000);
        s.seek(1_000_000);
        s.inject("net_uk/netback", FaultKind.HANG);
        assertEquals(1, s.issued().size(), "the later crash belonged to the old branch");
        s.advanceTo(6_000_000);
        assertEquals("net_uk/netback", s.snapshot().faults().get(0).target());
        assertTrue(s.toRecording().verify().isEmpty(), "the branch records and replays");
    }

    /** Issue 11, finding 1, through the session: a click between two events of one microsecond survives moving back. */
    @Test
    void aClickBetweenTwoEventsOfOneMicrosecondSurvivesSeekingBackAndForth() {
        Session s = session();
        s.advanceTo(2_000_000);
        s.inject("net_uk/nic-driver", FaultKind.CRASH);
        while (!(s.simulation().nextEventUs() == s.nowUs() && !s.snapshot().faults().get(0).detectedBy().isEmpty())) {
            s.stepForward();
        }
        s.inject("disk_uk/blkback", FaultKind.HANG);
        s.advanceTo(9_000_000);
        String digest = s.simulation().trace().digest();
        s.seek(1_000_000);
        s.seek(9_000_000);
        assertEquals(digest, s.simulation().trace().digest(), "the same run again");
        assertTrue(s.toRecording().verify().isEmpty(), "and it replays");
    }
}
