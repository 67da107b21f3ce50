package org.phoenixlab.app.session;

import java.util.ArrayList;
import java.util.List;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.recording.Recording;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.sim.Command;
import org.phoenixlab.engine.sim.SessionHistory;
import org.phoenixlab.engine.sim.Simulation;
import org.phoenixlab.engine.sim.Snapshot;

/**
 * One user session over the engine: the scenario, the commands the user issued (each with the number
 * of engine events run before it), and the simulation at the current position. Moving backwards
 * restores the engine's nearest earlier checkpoint ({@link SessionHistory}) and runs on from there,
 * replaying the commands: the engine is deterministic, so the state reached is exactly the one seen
 * before, at a cost that does not grow with the session's length. Issuing a command after moving back drops the commands that
 * came later (the session branches). No JavaFX here: the view model drives it.
 */
public final class Session {
    /** A command and where in the event sequence it was issued. */
    public record Issued(Command command, long afterEvents) {
    }

    /** Where a session stands: engine events run and the clock (which may sit between two events). */
    public record Position(long events, long nowUs) {
    }

    private final Scenario scenario;
    private final List<Issued> issued = new ArrayList<>();
    private final java.util.ArrayDeque<Position> history = new java.util.ArrayDeque<>();
    private final Simulation sim;
    private final SessionHistory checkpoints;

    public Session(Scenario scenario) {
        this.scenario = scenario;
        this.sim = new Simulation(scenario);
        this.checkpoints = new SessionHistory(sim);
    }

    public Scenario scenario() {
        return scenario;
    }

    public Simulation simulation() {
        return sim;
    }

    public Snapshot snapshot() {
        return sim.snapshot();
    }

    public long nowUs() {
        return sim.nowUs();
    }

    public long position() {
        return sim.eventsExecuted();
    }

    /** Runs forward to {@code us} (or to the end of the scenario). */
    public void advanceTo(long us) {
        long target = Math.min(us, scenario.durationUs());
        if (target < sim.nowUs()) {
            seek(target);
            return;
        }
        history.clear(); // after playing, "back" means the previous engine event, not the previous frame
        replayDueCommands(Long.MAX_VALUE, target);
        checkpoints.runUntil(target);
    }

    /** One engine event forward; false at the end of the scenario. */
    public boolean stepForward() {
        if (sim.nextEventUs() > scenario.durationUs()) {
            return false;
        }
        remember();
        replayDueCommands(sim.eventsExecuted(), sim.nextEventUs());
        checkpoints.step();
        return true;
    }

    /**
     * Back to where the last step started (rebuilt exactly, clock included); without such a record
     * (after playing or seeking), to just after the previous engine event. False at the start.
     */
    public boolean stepBack() {
        Position back = history.pollLast();
        if (back == null) {
            if (sim.eventsExecuted() == 0) {
                return false;
            }
            back = new Position(sim.eventsExecuted() - 1, -1);
        }
        rebuildTo(back);
        return true;
    }

    private void remember() {
        history.addLast(new Position(sim.eventsExecuted(), sim.nowUs()));
        if (history.size() > 10_000) {
            history.removeFirst();
        }
    }

    /** Goes to virtual time {@code us}, backwards or forwards. */
    public void seek(long us) {
        long target = Math.max(0, Math.min(us, scenario.durationUs()));
        history.clear();
        checkpoints.restoreNearest(Long.MAX_VALUE, target);
        replayDueCommands(Long.MAX_VALUE, target);
        checkpoints.runUntil(target);
    }

    /** Injects a fault at the current position; later commands (from before a step back) are dropped. */
    public void inject(String target, FaultKind kind) {
        branch();
        sim.inject(target, kind);
        List<Command> cs = sim.commands();
        issued.add(new Issued(cs.get(cs.size() - 1), sim.eventsExecuted()));
    }

    /** Starts a VM operation at the current position (same branching rule as a fault). */
    public void operate(org.phoenixlab.engine.scenario.ScriptedOperation.Kind kind, String vm) {
        branch();
        sim.operate(kind, vm);
        List<Command> cs = sim.commands();
        issued.add(new Issued(cs.get(cs.size() - 1), sim.eventsExecuted()));
    }

    public List<Issued> issued() {
        return List.copyOf(issued);
    }

    /** The session so far as a recording (scenario, commands, trace fingerprint). */
    public Recording toRecording() {
        return Recording.of(sim);
    }

    private void branch() {
        checkpoints.branch();
        issued.removeIf(i -> i.afterEvents() > sim.eventsExecuted()
                || i.afterEvents() == sim.eventsExecuted() && !sim.commands().contains(i.command()));
    }

    /** Re-applies the commands not yet in this simulation whose turn has come. */
    private void replayDueCommands(long maxEvents, long maxUs) {
        for (Issued i : issued) {
            if (sim.commands().contains(i.command())) {
                continue;
            }
            if (i.afterEvents() > maxEvents || i.command().atUs() > maxUs) {
                return;
            }
            while (sim.eventsExecuted() < i.afterEvents()) {
                sim.step();
            }
            sim.apply(i.command());
        }
    }

    private void rebuildTo(Position p) {
        checkpoints.restoreNearest(p.events(), p.nowUs() < 0 ? Long.MAX_VALUE : p.nowUs());
        replayDueCommands(p.events(), Long.MAX_VALUE);
        checkpoints.runToEvents(p.events());
        if (p.nowUs() > sim.nowUs()) {
            sim.runUntil(p.nowUs()); // every event up to that time had run there: only the clock moves
        }
    }
}
