package org.phoenixlab.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.kernel.Action;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.recording.TraceFingerprint;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedFault;
import org.phoenixlab.engine.scenario.ScriptedOperation;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/**
 * A restored checkpoint runs on exactly as the run did: for 200 random positions (40 per strategy,
 * in scenarios that exercise every mechanism: I/O faults, XenStore faults, VM operations, commands
 * issued by hand), restore + run to the end gives the same trace bytes, digest, fingerprint, figures
 * and snapshot as one straight run. Positions are engine events, so a checkpoint may fall between
 * two events of the same microsecond.
 */
class CheckpointTest {
    private static final long END = 30_000_000;

    /** A command issued by hand when the run has executed {@code afterEvents} engine events. */
    private record Click(long afterEvents, String target, FaultKind kind) {
    }

    static Scenario scenario(String strategy) {
        List<ScriptedFault> faults = new ArrayList<>(List.of(
                new ScriptedFault(2_000_000, ComponentIds.NIC_DRIVER, FaultKind.CRASH),
                new ScriptedFault(9_000_000, ComponentIds.NETBACK, FaultKind.HANG),
                new ScriptedFault(11_000_000, ComponentIds.xenstoreReplica(1), FaultKind.CRASH),
                new ScriptedFault(14_500_000, ComponentIds.DISK_UK, FaultKind.CRASH),
                new ScriptedFault(20_000_000, ComponentIds.REMOTE_HOST, FaultKind.LOSE_ACK),
                new ScriptedFault(24_000_000, ComponentIds.guest(3), FaultKind.OUT_OF_MEMORY)));
        if (StrategyCatalog.load(strategy).has(org.phoenixlab.engine.strategy.Mechanism.XENSTORE_REPLICATION)) {
            faults.add(new ScriptedFault(12_000_000, ComponentIds.XS_COORD, FaultKind.CRASH_MASTER));
            faults.add(new ScriptedFault(16_000_000, ComponentIds.xenstoreReplica(2), FaultKind.CORRUPT_ENTRY));
        }
        return Scenario.paperWorkload(strategy, 5, END).withFaults(faults).withOperations(List.of(
                new ScriptedOperation(3_000_000, ScriptedOperation.Kind.MIGRATE, ComponentIds.guest(2)),
                new ScriptedOperation(10_500_000, ScriptedOperation.Kind.CHECKPOINT, ComponentIds.guest(1)),
                new ScriptedOperation(19_000_000, ScriptedOperation.Kind.MIGRATE, ComponentIds.guest(1))));
    }

    /** What a run ends with, for comparison. */
    private record Outcome(String json, String digest, TraceFingerprint fingerprint, List<FaultMetrics> faults,
                           List<Long> throughput, List<Long> storage, Snapshot snapshot, List<Command> commands) {
        static Outcome of(Simulation sim) throws Exception {
            StringWriter w = new StringWriter();
            sim.trace().writeJsonLines(w);
            return new Outcome(w.toString(), sim.trace().digest(), TraceFingerprint.of(sim.trace()), sim.faults(),
                    sim.throughput(), sim.storageThroughput(), sim.snapshot(), sim.commands());
        }
    }

    /** Runs to the end, issuing the clicks at their positions; takes a checkpoint at each position of {@code at}. */
    private static void play(Simulation sim, List<Click> clicks, TreeMap<Long, Checkpoint> at, TreeMap<Long, Snapshot> seen) {
        while (sim.nextEventUs() <= END) {
            long n = sim.eventsExecuted();
            if (at != null && at.containsKey(n) && at.get(n) == null) {
                at.put(n, sim.checkpoint());
                seen.put(n, sim.snapshot());
            }
            for (Click c : clicks) {
                if (c.afterEvents() == n) {
                    sim.inject(c.target(), c.kind());
                }
            }
            sim.step();
        }
        sim.runUntil(END);
    }

    @Test
    void restoringAnyOf200PositionsThenRunningGivesTheStraightRunByteForByte() throws Exception {
        Random pick = new Random(20);
        int checked = 0;
        for (String strategy : StrategyCatalog.NAMES) {
            Scenario s = scenario(strategy);
            Simulation probe = new Simulation(s);
            probe.run();
            long total = probe.eventsExecuted();
            List<Click> clicks = List.of(new Click(total / 3, ComponentIds.BLKBACK, FaultKind.HANG),
                    new Click(total * 2 / 3, ComponentIds.NET_UK, FaultKind.CRASH));

            Simulation straight = new Simulation(s);
            play(straight, clicks, null, null);
            Outcome expected = Outcome.of(straight);

            TreeMap<Long, Checkpoint> at = new TreeMap<>();
            while (at.size() < 40) {
                at.put(pick.nextInt(4) == 0 ? total / 3 + pick.nextInt(3) - 1 : (long) (pick.nextDouble() * total), null);
            }
            TreeMap<Long, Snapshot> seen = new TreeMap<>();
            Simulation sim = new Simulation(s);
            play(sim, clicks, at, seen);
            assertEquals(expected, Outcome.of(sim), strategy + ": taking checkpoints must not change the run");

            List<Long> order = new ArrayList<>(at.keySet());
            Collections.shuffle(order, pick);
            for (long n : order) {
                Checkpoint c = at.get(n);
                sim.restore(c);
                assertEquals(n, sim.eventsExecuted());
                assertEquals(seen.get(n), sim.snapshot(), strategy + ": the state restored at event " + n);
                assertEquals(c.traceEvents(), sim.trace().size());
                play(sim, clicks, null, null);
                Outcome got = Outcome.of(sim);
                assertEquals(expected.digest(), got.digest(), strategy + ": digest after restoring event " + n);
                assertEquals(expected, got, strategy + ": run after restoring event " + n);
                checked++;
            }
        }
        assertEquals(200, checked);
    }

    @Test
    void aRestoredRunThatTakesAnotherCourseGetsItsOwnTrace() throws Exception {
        Scenario s = scenario("phoenix-fine");
        Simulation sim = new Simulation(s);
        sim.runUntil(5_000_000);
        Checkpoint c = sim.checkpoint();
        sim.runUntil(END);
        String before = sim.trace().digest();
        sim.restore(c);
        sim.inject(ComponentIds.DISK_DRIVER, FaultKind.CRASH); // not in the first course
        sim.runUntil(END);

        Simulation fresh = new Simulation(s);
        fresh.runUntil(5_000_000);
        fresh.inject(ComponentIds.DISK_DRIVER, FaultKind.CRASH);
        fresh.runUntil(END);
        assertNotEquals(before, sim.trace().digest());
        assertEquals(Outcome.of(fresh), Outcome.of(sim));
        // The later course is gone: the checkpoint's own future is the only one left to run into.
        sim.restore(c);
        sim.runUntil(END);
        assertEquals(before, sim.trace().digest());
    }

    @Test
    void aCheckpointOfAnotherSimulationIsRefused() {
        Simulation a = new Simulation(scenario("vanilla"));
        Simulation b = new Simulation(scenario("vanilla"));
        Checkpoint c = a.checkpoint();
        assertThrows(IllegalArgumentException.class, () -> b.restore(c));
    }

    @Test
    void stateThatCannotBeCopiedFailsTheCheckpointByName() {
        Simulation sim = new Simulation(scenario("phoenix-fine"));
        Object notCopyable = new Object() {
            @Override
            public String toString() {
                return "planted";
            }
        };
        sim.host().kernel.at(1_000, new PlantedAction(notCopyable));
        IllegalStateException e = assertThrows(IllegalStateException.class, sim::checkpoint);
        assertTrue(e.getMessage().contains("not serializable"), e.getMessage());
    }

    private record PlantedAction(Object held) implements Action {
        @Override
        public void run(long nowUs) {
        }
    }

    @Test
    void aSixtyFourGuestCheckpointStaysSmall() {
        Scenario s = Scenario.paperWorkload("phoenix-fine", 1, 60_000_000).withGuests(64)
                .withRate(Scenario.PAPER_LINE_RATE_PPS / 64);
        Simulation sim = new Simulation(s);
        sim.runUntil(30_000_000);
        int bytes = sim.checkpoint().sizeBytes();
        // The budget of the session history (docs/ARCHITECTURE.md) counts on about 100 kB per checkpoint.
        assertTrue(bytes < 150_000, "a 64-guest checkpoint takes " + bytes + " bytes");
    }
}
