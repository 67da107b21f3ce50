package org.phoenixlab.app;

import java.util.ArrayList;
import java.util.List;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.recording.Rebuild;
import org.phoenixlab.engine.recording.Recording;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.sim.Command;
import org.phoenixlab.engine.sim.Position;
import org.phoenixlab.engine.sim.Simulation;
import org.phoenixlab.engine.sim.Snapshot;

/**
 * One user session over the engine: the scenario, the commands the user issued (each at its exact
 * position: the clock and the engine events run before it), and the simulation at the current
 * position. Moving backwards rebuilds through the engine's {@link Rebuild}, the same path a replay and
 * an autosave restore take, so the state reached is exactly the one seen before. Issuing a command
 * after moving back drops the commands that came later (the session branches). No JavaFX here: the
 * view model drives it.
 */
final class Session {
    /** Told when the commands change or the session moves (the autosave). */
    interface Listener {
        void commandsChanged(Session s);

        /** {@code continuous}: while playing (called every frame), as opposed to a step, seek or restore. */
        void moved(Session s, boolean continuous);
    }

    private final Scenario scenario;
    private final List<Command> issued = new ArrayList<>();
    private final java.util.ArrayDeque<Position> history = new java.util.ArrayDeque<>();
    private Simulation sim;
    private Listener listener;

    Session(Scenario scenario) {
        this.scenario = scenario;
        this.sim = new Simulation(scenario);
    }

    Scenario scenario() {
        return scenario;
    }

    Simulation simulation() {
        return sim;
    }

    Snapshot snapshot() {
        return sim.snapshot();
    }

    long nowUs() {
        return sim.nowUs();
    }

    /** Engine events run so far. */
    long position() {
        return sim.eventsExecuted();
    }

    /** Where the session stands: events run and the clock. */
    Position at() {
        return sim.position();
    }

    void listen(Listener l) {
        this.listener = l;
    }

    /**
     * Brings back a saved session (a recording, an autosave): its commands at their exact positions,
     * the run stopped at the last of them. IllegalArgumentException when a command cannot be applied;
     * the session is then unchanged.
     */
    void restore(List<Command> commands) {
        Position last = commands.isEmpty() ? Position.START : commands.get(commands.size() - 1).at();
        Simulation rebuilt = Rebuild.to(scenario, commands, last);
        sim = rebuilt;
        issued.clear();
        issued.addAll(rebuilt.commands()); // as applied: a version-1 command now has its exact place
        history.clear();
        changed();
        moved(false);
    }

    /** Goes to the exact position {@code p} (a recording's end), rebuilding if it lies behind. */
    void moveTo(Position p) {
        history.clear();
        go(p);
        moved(false);
    }

    /** Runs forward to {@code us} (or to the end of the scenario). */
    void advanceTo(long us) {
        long target = Math.min(us, scenario.durationUs());
        if (target < sim.nowUs()) {
            seek(target);
            return;
        }
        history.clear(); // after playing, "back" means the previous engine event, not the previous frame
        Rebuild.forward(sim, issued, Position.afterEventsAt(target));
        moved(true);
    }

    /** One engine event forward; false at the end of the scenario. */
    boolean stepForward() {
        if (sim.nextEventUs() > scenario.durationUs()) {
            return false;
        }
        remember();
        Rebuild.forward(sim, issued, sim.position()); // commands due here, before the event
        sim.step();
        Rebuild.forward(sim, issued, sim.position()); // and those issued right after it
        moved(false);
        return true;
    }

    /**
     * Back to where the last step started (rebuilt exactly, clock included); without such a record
     * (after playing or seeking), to just before the last engine event ran. False at the start.
     */
    boolean stepBack() {
        Position back = history.pollLast();
        if (back == null) {
            if (sim.eventsExecuted() == 0) {
                return false;
            }
            back = new Position(sim.eventsExecuted() - 1, sim.lastEventUs());
        }
        sim = Rebuild.to(scenario, issued, back);
        moved(false);
        return true;
    }

    private void remember() {
        history.addLast(sim.position());
        if (history.size() > 10_000) {
            history.removeFirst();
        }
    }

    /** Goes to virtual time {@code us}, backwards or forwards (every event up to that time run). */
    void seek(long us) {
        long target = Math.max(0, Math.min(us, scenario.durationUs()));
        history.clear();
        go(Position.afterEventsAt(target));
        moved(false);
    }

    private void go(Position p) {
        if (sim.position().isAfter(p)) {
            sim = Rebuild.to(scenario, issued, p);
        } else {
            Rebuild.forward(sim, issued, p);
        }
    }

    /** Injects a fault at the current position; later commands (from before a step back) are dropped. */
    void inject(String target, FaultKind kind) {
        branch();
        sim.inject(target, kind);
        issued.add(last());
        changed();
    }

    /** Starts a VM operation at the current position (same branching rule as a fault). */
    void operate(org.phoenixlab.engine.scenario.ScriptedOperation.Kind kind, String vm) {
        branch();
        sim.operate(kind, vm);
        issued.add(last());
        changed();
    }

    /** Every command of the session, those after the current position included (until it branches). */
    List<Command> issued() {
        return List.copyOf(issued);
    }

    /** The session so far as a recording (scenario, commands, position, trace fingerprint). */
    Recording toRecording() {
        return Recording.of(sim);
    }

    private Command last() {
        List<Command> cs = sim.commands();
        return cs.get(cs.size() - 1);
    }

    /** The simulation has applied the first commands of the history; the others belonged to a later branch. */
    private void branch() {
        issued.subList(sim.commands().size(), issued.size()).clear();
    }

    private void changed() {
        if (listener != null) {
            listener.commandsChanged(this);
        }
    }

    private void moved(boolean continuous) {
        if (listener != null) {
            listener.moved(this, continuous);
        }
    }
}
