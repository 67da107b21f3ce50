package org.phoenixlab.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.scenario.Scenario;

/** Going anywhere through the kept checkpoints reaches the very state a straight run has there. */
class SessionHistoryTest {
    private static final long END = 30_000_000;

    private static Scenario scenario() {
        return CheckpointTest.scenario("phoenix-fine");
    }

    private static Simulation straightTo(long events) {
        Simulation s = new Simulation(scenario());
        while (s.eventsExecuted() < events && s.step()) {
            // one event at a time
        }
        return s;
    }

    /** Where a straight run stands after {@code events} events (the clock at the last of them). */
    private static Position positionAt(long events) {
        return straightTo(events).position();
    }

    @Test
    void seekingToRandomPositionsGivesTheStraightRunsState() {
        Simulation sim = new Simulation(scenario());
        SessionHistory h = new SessionHistory(sim, 5_000, SessionHistory.DEFAULT_BUDGET_BYTES);
        h.runUntil(END);
        long total = sim.eventsExecuted();
        assertTrue(h.size() >= total / 5_000, "a checkpoint every 5,000 events: " + h.size());
        Random r = new Random(3);
        for (int i = 0; i < 12; i++) {
            long target = (long) (r.nextDouble() * total);
            Simulation straight = straightTo(target);
            h.restoreNearest(straight.position());
            assertTrue(sim.eventsExecuted() <= target && target - sim.eventsExecuted() < 5_000,
                    "restored within one spacing of " + target + ": at " + sim.eventsExecuted());
            h.moveTo(straight.position());
            assertEquals(straight.position(), sim.position());
            assertEquals(straight.snapshot(), sim.snapshot(), "state at event " + target);
        }
        int kept = h.size();
        h.restoreNearest(Position.afterEventsAt(END / 2));
        h.runUntil(END);
        assertEquals(kept, h.size(), "running again over known ground keeps no second copy");
    }

    @Test
    void theStartIsKeptAtTheFirstMoveSoThatACommandRightAtTheStartIsNotInIt() {
        Simulation sim = new Simulation(scenario());
        SessionHistory h = new SessionHistory(sim, 5_000, SessionHistory.DEFAULT_BUDGET_BYTES);
        assertFalse(h.started(), "nothing kept before it is needed");
        assertEquals(0, h.size());
        h.moveTo(Position.START); // what recording.Rebuild does before it applies a command
        assertTrue(h.started());
        assertEquals(1, h.size());
        sim.inject(ComponentIds.NIC_DRIVER, FaultKind.CRASH);
        h.runUntil(5_000_000);
        h.restart();
        assertEquals(0, sim.eventsExecuted());
        assertTrue(sim.commands().isEmpty(), "back at the start, before the command: " + sim.commands());
        h.runUntil(END);
        Simulation straight = new Simulation(scenario());
        while (straight.nowUs() < END && straight.nextEventUs() <= END && straight.step()) {
            // one event at a time
        }
        assertEquals(straight.trace().digest(), sim.trace().digest(), "the kept start is the run's own");
    }

    @Test
    void aHistoryStartedLateKeepsTheSameStartAsOneStartedAtOnce() {
        Simulation early = new Simulation(scenario());
        SessionHistory a = new SessionHistory(early, 5_000, SessionHistory.DEFAULT_BUDGET_BYTES);
        a.start();
        Simulation late = new Simulation(scenario());
        SessionHistory b = new SessionHistory(late, 5_000, SessionHistory.DEFAULT_BUDGET_BYTES);
        late.snapshot(); // what a window reads before it starts the history
        b.start();
        assertEquals(early.checkpoint().sizeBytes(), late.checkpoint().sizeBytes());
        for (SessionHistory h : new SessionHistory[] {a, b}) {
            h.runUntil(6_000_000);
            h.restart();
            h.runUntil(END);
        }
        assertEquals(early.trace().digest(), late.trace().digest());
    }

    @Test
    void theBudgetThinsTheCheckpointsAndDoublesTheSpacing() {
        Simulation sim = new Simulation(scenario());
        long budget = 10L * sim.checkpoint().sizeBytes();
        SessionHistory h = new SessionHistory(sim, 2_000, budget);
        h.runUntil(END);
        assertTrue(h.bytes() <= budget, h.bytes() + " bytes kept, budget " + budget);
        assertTrue(h.spacing() > 2_000, "the spacing grew: " + h.spacing());
        h.restoreNearest(positionAt(10));
        assertEquals(0, sim.eventsExecuted(), "the start is always kept");
    }

    @Test
    void aBranchDropsTheCheckpointsOfTheAbandonedFuture() {
        Simulation sim = new Simulation(scenario());
        SessionHistory h = new SessionHistory(sim, 5_000, SessionHistory.DEFAULT_BUDGET_BYTES);
        h.runUntil(END);
        int all = h.size();
        assertTrue(h.restoreNearest(Position.afterEventsAt(8_000_000)));
        h.runUntil(8_000_000);
        h.branch();
        sim.inject(ComponentIds.DISK_DRIVER, FaultKind.CRASH);
        assertTrue(h.size() < all);
        long back = sim.eventsExecuted();
        h.runUntil(END);
        assertTrue(h.restoreNearest(Position.afterEventsAt(END - 1_000_000)));
        assertTrue(sim.eventsExecuted() > back);
        assertEquals(1, sim.commands().size(), "a checkpoint taken on the new branch knows its command");
        assertFalse(sim.trace().events().stream().filter(e -> e.timeUs() > 8_000_000)
                .noneMatch(e -> e.component().equals(ComponentIds.DISK_DRIVER)), "the new branch's events are there");
    }

    @Test
    void aCheckpointTakenJustAfterAnAbandonedCommandAtTheSamePositionGoesToo() {
        Simulation sim = new Simulation(scenario());
        SessionHistory h = new SessionHistory(sim, 5_000, SessionHistory.DEFAULT_BUDGET_BYTES);
        Position at = positionAt(10_000);
        h.moveTo(at);
        sim.inject(ComponentIds.DISK_DRIVER, FaultKind.CRASH); // command A at event 10,000
        h.runUntil(END); // a checkpoint is kept at 10,000, after A
        assertTrue(h.restoreNearest(positionAt(9_000)));
        h.moveTo(at);
        h.branch(); // another course from here: B instead of A
        sim.inject(ComponentIds.NETBACK, FaultKind.HANG);
        h.runUntil(END);
        assertTrue(h.restoreNearest(at));
        assertEquals(10_000, sim.eventsExecuted());
        assertTrue(sim.commands().stream().noneMatch(c -> c instanceof Command.Inject i
                && i.target().equals(ComponentIds.DISK_DRIVER)), "the abandoned command is in no checkpoint left: " + sim.commands());
    }
}
