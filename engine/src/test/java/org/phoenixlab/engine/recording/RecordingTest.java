package org.phoenixlab.engine.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.files.AtomicFiles;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedFault;
import org.phoenixlab.engine.scenario.ScriptedOperation;
import org.phoenixlab.engine.sim.Command;
import org.phoenixlab.engine.sim.Simulation;

public class RecordingTest {
    @TempDir
    Path dir;

    /** A session as a user would make it: scripted faults plus clicks at various moments. */
    public static Simulation session() {
        Simulation sim = new Simulation(Scenario.paperWorkload("phoenix-fine", 11, 30_000_000)
                .withFaults(List.of(new ScriptedFault(1_000_000, "xenstore_uk/2", FaultKind.CRASH))));
        sim.runUntil(2_345_678);
        sim.inject("net_uk/nic-driver", FaultKind.CRASH);
        sim.runUntil(3_000_000);
        sim.operate(ScriptedOperation.Kind.MIGRATE, "guest/2");
        sim.runUntil(4_200_000);
        sim.inject("tool_uk", FaultKind.HANG);
        sim.runUntil(12_000_000);
        return sim;
    }

    @Test
    void aSessionReplaysToTheSameTraceInThisJvm() throws Exception {
        Simulation sim = session();
        Recording rec = Recording.of(sim);
        assertEquals(3, rec.commands().size());
        Path f = dir.resolve("s.recording.json");
        AtomicFiles.write(f, RecordingFormat.toJson(rec));
        Recording loaded = RecordingFormat.load(f);
        assertEquals(rec, loaded);
        assertTrue(loaded.verify().isEmpty(), () -> loaded.verify().get());
    }

    @Test
    void aSessionTurnedIntoAScenarioScriptsEveryCommandAtItsTime() {
        Recording rec = Recording.of(session());
        Scenario s = rec.toScenario();
        assertEquals(List.of(new ScriptedFault(1_000_000, "xenstore_uk/2", FaultKind.CRASH),
                new ScriptedFault(2_345_678, "net_uk/nic-driver", FaultKind.CRASH),
                new ScriptedFault(4_200_000, "tool_uk", FaultKind.HANG)), s.faults());
        assertEquals(List.of(new ScriptedOperation(3_000_000, ScriptedOperation.Kind.MIGRATE, "guest/2")), s.operations());
        assertEquals(rec.scenario().seed(), s.seed());
        // Run from the file alone, the same faults strike the same components at the same times.
        Simulation again = new Simulation(s);
        again.runUntil(rec.endUs());
        assertEquals(session().faults().stream().map(f -> f.target() + "@" + f.injectedUs()).toList(),
                again.faults().stream().map(f -> f.target() + "@" + f.injectedUs()).toList());
        assertEquals(1, again.snapshot().operations().size());
    }

    @Test
    void aTamperedRecordingSaysWhereTheTracesPart() throws Exception {
        Recording rec = Recording.of(session());
        Command first = rec.commands().get(0);
        List<Command> changed = new java.util.ArrayList<>(rec.commands());
        changed.set(0, new Command.Inject(first.atUs() + 1_000, ((Command.Inject) first).target(), ((Command.Inject) first).kind()));
        Recording tampered = new Recording(rec.engineVersion(), rec.scenario(), changed, rec.endUs(), rec.trace());
        String where = tampered.verify().orElseThrow();
        assertTrue(where.startsWith("the traces part within events "), where);
    }

    @Test
    void theJournalRecoversEveryCommandUpToATornLastLine() throws Exception {
        Path journal = dir.resolve("session.journal.jsonl");
        Simulation sim = new Simulation(Scenario.paperWorkload("phoenix-fine", 5, 20_000_000));
        try (RecordingJournal j = RecordingJournal.attach(journal, sim)) {
            sim.runUntil(1_000_000);
            sim.inject("net_uk/netback", FaultKind.HANG);
            sim.runUntil(5_000_000);
            sim.inject("disk_uk/disk-driver", FaultKind.CRASH);
            sim.runUntil(6_000_000);
        }
        // the program dies while writing a third command
        Files.writeString(journal, "{\"at\":\"7s\",\"command\":\"inj", java.nio.file.StandardOpenOption.APPEND);
        RecordingJournal.Recovered r = RecordingJournal.recover(journal);
        assertEquals(sim.commands(), r.commands());
        Recording rec = r.toRecording();
        assertEquals(5_000_000, rec.endUs(), "the recovered session ends at its last command");
        assertTrue(rec.verify().isEmpty());
    }
}
