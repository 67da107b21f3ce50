package org.phoenixlab.app.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.recording.Rebuild;
import org.phoenixlab.engine.recording.Recording;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.sim.Command;
import org.phoenixlab.engine.sim.Position;
import org.phoenixlab.engine.sim.SessionHistory;
import org.phoenixlab.engine.sim.Simulation;
import org.phoenixlab.engine.sim.Snapshot;
import org.phoenixlab.engine.trace.Trace;
import org.phoenixlab.engine.trace.TraceEvent;

/**
 * One user session over the engine: the scenario, the commands the user issued (each at its exact
 * position: the clock and the engine events run before it), and one simulation for the session's
 * lifetime at the current position, with its checkpoints ({@link SessionHistory}). Every move goes
 * through the engine's {@link Rebuild}, the path a replay and an autosave restore take too: moving
 * backwards restores the nearest earlier checkpoint and runs on from there, applying the commands, so
 * the state reached is exactly the one seen before, at a cost that does not grow with the session's
 * length. Issuing a command after moving back drops the commands that came later (the session
 * branches). No JavaFX here: the view model drives it.
 */
public final class Session {
    /** Told when the commands change or the session moves (the autosave). */
    public interface Listener {
        void commandsChanged(Session s);

        /** {@code continuous}: while playing (called every frame), as opposed to a step, seek or restore. */
        void moved(Session s, boolean continuous);
    }

    private final Scenario scenario;
    private final List<Command> issued = new ArrayList<>();
    private final java.util.ArrayDeque<Position> history = new java.util.ArrayDeque<>();
    private final Simulation sim;
    private final SessionHistory checkpoints;
    private Listener listener;

    public Session(Scenario scenario) {
        this.scenario = scenario;
        this.sim = new Simulation(scenario);
        this.checkpoints = new SessionHistory(sim);
    }

    /**
     * Keeps the checkpoint of the run's start now, if it is not kept yet (the first move would otherwise keep it):
     * the window calls this just after the frame that first shows the session ({@link SessionHistory#start()}).
     */
    public void prepare() {
        checkpoints.start();
    }

    /** Whether the checkpoint of the run's start is kept (see {@link #prepare()}). */
    public boolean prepared() {
        return checkpoints.started();
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

    /** Engine events run so far. */
    public long position() {
        return sim.eventsExecuted();
    }

    /** Where the session stands: events run and the clock. */
    public Position at() {
        return sim.position();
    }

    public void listen(Listener l) {
        this.listener = l;
    }

    /**
     * Brings back a saved session (a recording, an autosave): its commands at their exact positions,
     * the run stopped at the last of them. IllegalArgumentException when a command cannot be applied.
     */
    public void restore(List<Command> commands) {
        Position last = commands.isEmpty() ? Position.START : commands.get(commands.size() - 1).at();
        Rebuild.to(checkpoints, commands, last);
        issued.clear();
        issued.addAll(sim.commands()); // as applied: a version-1 command now has its exact place
        history.clear();
        changed();
        moved(false);
    }

    /** Goes to the exact position {@code p} (a recording's end), backwards or forwards. */
    public void moveTo(Position p) {
        history.clear();
        Rebuild.to(checkpoints, issued, p);
        moved(false);
    }

    /** Runs forward to {@code us} (or to the end of the scenario). */
    public void advanceTo(long us) {
        long target = Math.min(us, scenario.durationUs());
        if (target < sim.nowUs()) {
            seek(target);
            return;
        }
        history.clear(); // after playing, "back" means the previous engine event, not the previous frame
        Rebuild.forward(checkpoints, issued, Position.afterEventsAt(target));
        moved(true);
    }

    /** One engine event forward; false at the end of the scenario. */
    public boolean stepForward() {
        if (sim.nextEventUs() > scenario.durationUs()) {
            return false;
        }
        remember();
        Rebuild.forward(checkpoints, issued, sim.position()); // commands due here, before the event
        checkpoints.step();
        Rebuild.forward(checkpoints, issued, sim.position()); // and those issued right after it
        moved(false);
        return true;
    }

    /**
     * Back to where the last step started (rebuilt exactly, clock included); without such a record
     * (after playing or seeking), to just before the last engine event ran. False at the start.
     */
    public boolean stepBack() {
        Position back = history.pollLast();
        if (back == null) {
            if (sim.eventsExecuted() == 0) {
                return false;
            }
            back = new Position(sim.eventsExecuted() - 1, sim.lastEventUs());
        }
        Rebuild.to(checkpoints, issued, back);
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
    public void seek(long us) {
        long target = Math.max(0, Math.min(us, scenario.durationUs()));
        history.clear();
        Rebuild.to(checkpoints, issued, Position.afterEventsAt(target));
        moved(false);
    }

    /**
     * Runs forward engine event by engine event, as {@link #advanceTo} does, but stops just after the
     * first event that puts into the trace an event {@code stop} accepts, and returns that trace event
     * (the clock then shows its time). Without one, it ends at {@code us} (or the scenario's end).
     */
    public Optional<TraceEvent> advanceUntil(long us, Predicate<TraceEvent> stop) {
        long target = Math.min(us, scenario.durationUs());
        if (target < sim.nowUs()) {
            seek(target);
            return Optional.empty();
        }
        history.clear();
        int seen = sim.trace().size();
        while (true) {
            applyDueBeforeNextEvent(target); // a recorded click due here comes first
            Optional<TraceEvent> hit = firstFrom(seen, stop);
            seen = sim.trace().size();
            if (hit.isPresent()) {
                moved(true);
                return hit;
            }
            if (sim.nextEventUs() > target) {
                break;
            }
            checkpoints.step();
            hit = firstFrom(seen, stop);
            seen = sim.trace().size();
            if (hit.isPresent()) {
                moved(true);
                return hit;
            }
        }
        Rebuild.forward(checkpoints, issued, Position.afterEventsAt(target));
        moved(true);
        return Optional.empty();
    }

    /** Applies, each at its exact place, the session's commands due before the next engine event (not after {@code untilUs}). */
    private void applyDueBeforeNextEvent(long untilUs) {
        while (applyNextIfDue(untilUs)) {
            // one command at a time, in order
        }
    }

    /**
     * Applies the first command not applied yet when its place comes before the next engine event and not
     * after {@code untilUs}: it is brought to that exact place by {@link Rebuild}. Whether one was applied.
     */
    private boolean applyNextIfDue(long untilUs) {
        int applied = sim.commands().size();
        if (applied >= issued.size()) {
            return false;
        }
        Position at = issued.get(applied).at();
        if (at.events() != sim.eventsExecuted() || at.timeUs() > untilUs || at.timeUs() < sim.nowUs()) {
            return false;
        }
        Rebuild.forward(checkpoints, issued, at);
        return sim.commands().size() > applied;
    }

    private Optional<TraceEvent> firstFrom(int from, Predicate<TraceEvent> stop) {
        Trace t = sim.trace();
        for (int i = from; i < t.size(); i++) {
            if (stop.test(t.get(i))) {
                return Optional.of(t.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Goes to just after the engine event that put the trace event at {@code index} into the trace
     * (rebuilt through {@link Rebuild} from the nearest checkpoint when that is behind, run forward when
     * it is ahead), the commands issued right there applied as a step applies them; the clock shows
     * its time. False when the run never gets there (the scenario ends first).
     */
    public boolean goToTraceEvent(int index) {
        history.clear();
        if (index < sim.trace().size()) {
            // Everything before that event's microsecond: the trace does not hold the event yet.
            long t = sim.trace().get(index).timeUs();
            Rebuild.to(checkpoints, issued, t > 0 ? Position.afterEventsAt(t - 1) : Position.START);
        }
        boolean there = true;
        while (sim.trace().size() <= index) {
            while (sim.trace().size() <= index && applyNextIfDue(Long.MAX_VALUE)) {
                // a click of the session, issued before the next engine event: its trace event may be the one
            }
            if (sim.trace().size() > index) {
                break;
            }
            if (sim.nextEventUs() > scenario.durationUs() || !checkpoints.step()) {
                there = false;
                break;
            }
        }
        if (there) {
            Rebuild.forward(checkpoints, issued, sim.position());
        }
        moved(false);
        return there;
    }

    /** Injects a fault at the current position; later commands (from before a step back) are dropped. */
    public void inject(String target, FaultKind kind) {
        branch();
        sim.inject(target, kind);
        issued.add(last());
        changed();
    }

    /** Starts a VM operation at the current position (same branching rule as a fault). */
    public void operate(org.phoenixlab.engine.scenario.ScriptedOperation.Kind kind, String vm) {
        branch();
        sim.operate(kind, vm);
        issued.add(last());
        changed();
    }

    /** Every command of the session, those after the current position included (until it branches). */
    public List<Command> issued() {
        return List.copyOf(issued);
    }

    /** The session so far as a recording (scenario, commands, position, trace fingerprint). */
    public Recording toRecording() {
        return Recording.of(sim);
    }

    private Command last() {
        List<Command> cs = sim.commands();
        return cs.get(cs.size() - 1);
    }

    /**
     * The simulation has applied the first commands of the history; the others belonged to a later
     * branch, and so do the checkpoints taken after this position.
     */
    private void branch() {
        issued.subList(sim.commands().size(), issued.size()).clear();
        checkpoints.branch();
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
