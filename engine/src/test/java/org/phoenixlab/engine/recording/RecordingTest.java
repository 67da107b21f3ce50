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
import org.phoenixlab.engine.sim.Position;
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
        changed.set(0, new Command.Inject(new Position(first.at().events(), first.atUs() + 1_000),
                ((Command.Inject) first).target(), ((Command.Inject) first).kind()));
        Recording tampered = new Recording(rec.engineVersion(), rec.scenario(), changed, rec.end(), rec.trace());
        String where = tampered.verify().orElseThrow();
        assertTrue(where.startsWith("the traces part within events "), where);
        assertTrue(where.contains("the runs part after the recorded commands begin"), "a moved command: " + where);
        Recording reseeded = new Recording(rec.engineVersion(), rec.scenario().withSeed(rec.scenario().seed() + 1), rec.commands(),
                rec.end(), rec.trace());
        String why = reseeded.verify().orElseThrow();
        assertTrue(why.contains("before the first recorded command, so the scenario in the file is not the one recorded (its seed "
                + (rec.scenario().seed() + 1)), "another seed: " + why);
    }

    @Test
    void theJournalRecoversEveryCommandAndThePositionPlayedToUpToATornLastLine() throws Exception {
        Path journal = dir.resolve("session.journal.jsonl");
        Simulation sim = new Simulation(Scenario.paperWorkload("phoenix-fine", 5, 20_000_000));
        try (RecordingJournal j = RecordingJournal.start(journal, sim.scenario(), sim.commands(), sim.position())) {
            sim.runUntil(1_000_000);
            sim.inject("net_uk/netback", FaultKind.HANG);
            j.command(last(sim));
            sim.runUntil(5_000_000);
            sim.inject("disk_uk/disk-driver", FaultKind.CRASH);
            j.command(last(sim));
            sim.runUntil(6_000_000);
            j.played(sim.position());
            sim.runUntil(9_000_000);
            j.played(sim.position());
        }
        // the program dies while writing a third command
        Files.writeString(journal, "{\"at\":\"9s\",\"events\":12,\"command\":\"inj", java.nio.file.StandardOpenOption.APPEND);
        RecordingJournal.Recovered r = RecordingJournal.recover(journal);
        assertEquals(sim.commands(), r.commands());
        assertEquals(sim.position(), r.end(), "the session comes back where it was played to, not at its last click");
        Recording rec = r.toRecording();
        assertEquals(9_000_000, rec.endUs());
        assertEquals(Recording.of(sim), rec, "the same trace, to the last event");
    }

    /**
     * The first finding of issue 11: a user steps onto a detection (the global loop decides in an event
     * of its own at the same microsecond) and injects a second fault there. A command that kept only its
     * time replayed after every event of that microsecond, and the traces parted in 20 of 20 sessions.
     */
    @Test
    void aCommandIssuedBetweenTwoEventsOfOneMicrosecondReplaysExactly() throws Exception {
        int sameMicrosecond = 0;
        for (long seed = 1; seed <= 20; seed++) {
            Simulation sim = new Simulation(Scenario.paperWorkload("phoenix-fine", seed, 12_000_000)
                    .withFaults(List.of(new ScriptedFault(2_000_000, "net_uk/nic-driver", FaultKind.CRASH))));
            sim.runUntil(2_000_000);
            int steps = 0;
            while (!(detectedNow(sim) && sim.nextEventUs() == sim.nowUs())) {
                sim.step(); // step by step onto the detection, with the loop's decision still to come at that time
                assertTrue(++steps < 1_000_000, "seed " + seed + ": no detection to stop at");
            }
            sameMicrosecond++;
            sim.inject("disk_uk/blkback", FaultKind.HANG);
            sim.runUntil(8_000_000);
            Recording rec = Recording.of(sim);
            assertTrue(rec.verify().isEmpty(), "seed " + seed + ": " + rec.verify().orElse(""));
            // What a command that keeps only its time gives: the traces part (the bug, every seed).
            List<Command> byTimeOnly = rec.commands().stream().<Command>map(c -> new Command.Inject(Position.afterEventsAt(c.atUs()),
                    ((Command.Inject) c).target(), ((Command.Inject) c).kind())).toList();
            assertTrue(new Recording(rec.engineVersion(), rec.scenario(), byTimeOnly, rec.end(), rec.trace()).verify().isPresent(),
                    "seed " + seed + ": the time alone should not be enough here");
            Recording loaded = RecordingFormat.parse(new org.phoenixlab.engine.files.Reader("r"),
                    org.phoenixlab.engine.files.LocatedJson.read("r", RecordingFormat.toJson(rec).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertEquals(rec, loaded, "the position survives the file");
            Path journal = dir.resolve(seed + ".journal.jsonl");
            try (RecordingJournal j = RecordingJournal.start(journal, sim.scenario(), sim.commands(), sim.position())) {
                assertEquals(rec, RecordingJournal.recover(journal).toRecording(), "an autosave restores the same session");
            }
        }
        assertEquals(20, sameMicrosecond);
    }

    @Test
    void aVersionOneRecordingIsMigratedAndStillReplays() throws Exception {
        // Written by version 1: commands placed by time only, each after every event of its microsecond.
        Simulation sim = new Simulation(Scenario.paperWorkload("phoenix-fine", 3, 10_000_000));
        sim.runUntil(1_500_000);
        sim.inject("net_uk/nic-driver", FaultKind.CRASH);
        sim.runUntil(4_000_000);
        Recording now = Recording.of(sim);
        String v1 = RecordingFormat.toJson(now).replace("\"version\" : 2,\n  \"engineVersion\"", "\"version\" : 1,\n  \"engineVersion\"")
                .replaceAll("\"events\" : \\d+,\\s*\"command\"", "\"command\"")
                .replaceAll("\"end\" : \\{\\s*\"at\" : (\"[^\"]+\"),\\s*\"events\" : \\d+\\s*\\}", "\"end\" : $1");
        assertTrue(v1.contains("\"version\" : 1,") && v1.contains("\"end\" : \"4s\"") && !v1.contains("\"events\" : " + now.end().events()), v1);
        Path f = dir.resolve("old.recording.json");
        Files.writeString(f, v1);
        Recording old = RecordingFormat.load(f);
        assertEquals(Position.afterEventsAt(1_500_000), old.commands().get(0).at());
        assertTrue(old.verify().isEmpty(), () -> old.verify().get());
        assertEquals(now, Recording.of(old.replay()), "replayed, it records exact positions");
    }

    private static boolean detectedNow(Simulation sim) {
        var events = sim.trace().events();
        for (int i = events.size() - 1; i >= 0 && events.get(i).timeUs() == sim.nowUs(); i--) {
            if (events.get(i).payload() instanceof org.phoenixlab.engine.trace.Payload.Detected) {
                return true;
            }
        }
        return false;
    }

    private static Command last(Simulation sim) {
        return sim.commands().get(sim.commands().size() - 1);
    }
}
