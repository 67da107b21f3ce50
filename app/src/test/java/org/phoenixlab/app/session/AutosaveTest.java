package org.phoenixlab.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.recording.Recording;
import org.phoenixlab.engine.scenario.Scenario;

/** The autosave journal without a window: a session killed at any moment comes back where it was. */
class AutosaveTest {
    @TempDir
    Path home;

    private final AtomicLong wall = new AtomicLong();

    private Session session() {
        return new Session(Scenario.paperWorkload("phoenix-fine", 7, 60_000_000));
    }

    @Test
    void aSessionKilledAfterPlayingComesBackWhereItWasPlayedToNotAtItsLastClick() throws Exception {
        Session s = session();
        Autosave autosave = new Autosave(home, wall::get);
        s.advanceTo(1_500_000);
        s.inject("net_uk/nic-driver", FaultKind.CRASH);
        autosave.save(s);
        for (int frame = 0; frame < 1_800; frame++) { // 30 s of play at real time, one frame every 16.7 ms
            wall.addAndGet(16_666_667);
            s.advanceTo(s.nowUs() + 16_667);
        }
        // killed here: nothing is closed
        Recording back = new Autosave(home).recover(home.resolve("autosave.journal.jsonl"));
        assertEquals(1, back.commands().size());
        assertTrue(back.endUs() > s.nowUs() - 1_100_000 && back.endUs() <= s.nowUs(),
                "within the last second of play: " + back.endUs() + " vs " + s.nowUs());
        Session restored = session();
        restored.restore(back.commands());
        restored.moveTo(back.end());
        assertEquals(back.trace(), restored.toRecording().trace(), "the same run up to that point");
    }

    @Test
    void aStepOntoTheSameMicrosecondAndAClickThereComeBackExactly() throws Exception {
        Session s = session();
        Autosave autosave = new Autosave(home, wall::get);
        s.advanceTo(2_000_000);
        s.inject("net_uk/nic-driver", FaultKind.CRASH);
        autosave.save(s);
        while (!(s.simulation().nextEventUs() == s.nowUs() && !s.snapshot().faults().get(0).detectedBy().isEmpty())) {
            s.stepForward();
        }
        s.inject("disk_uk/blkback", FaultKind.HANG); // between two engine events of one microsecond
        s.stepForward();
        s.stepForward();
        Recording back = autosave.recover(autosave.file());
        assertEquals(s.toRecording(), back, "commands, exact position and trace");
        assertTrue(back.verify().isEmpty());
    }

    @Test
    void stepBackThenANewClickStartsTheJournalOver() throws Exception {
        Session s = session();
        Autosave autosave = new Autosave(home, wall::get);
        s.advanceTo(1_000_000);
        s.inject("net_uk/netback", FaultKind.HANG);
        autosave.save(s);
        s.advanceTo(3_000_000);
        s.inject("net_uk/nic-driver", FaultKind.CRASH);
        s.seek(2_000_000);
        s.inject("disk_uk/disk-driver", FaultKind.CRASH); // the crash at 3 s belonged to the old branch
        Recording back = autosave.recover(autosave.file());
        assertEquals(s.issued(), back.commands());
        assertEquals(s.toRecording(), back);
    }
}
