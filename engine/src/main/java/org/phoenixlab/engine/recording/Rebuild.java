package org.phoenixlab.engine.recording;

import java.util.List;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.sim.Command;
import org.phoenixlab.engine.sim.Position;
import org.phoenixlab.engine.sim.SessionHistory;
import org.phoenixlab.engine.sim.Simulation;

/**
 * The one way a session is brought to a place in its run: the user's commands, each applied at its
 * exact {@link Position}, over a {@link SessionHistory} whose checkpoints spare the run from its
 * start. Replaying a recording, recovering an autosave journal and moving in the window (play, step,
 * seek, step back, restoring a saved session) all come through here, so they cannot disagree: each
 * starts from the nearest checkpoint (the start of the run, for a fresh one), runs forward applying
 * the commands it has not applied yet, and keeps checkpoints on the way.
 */
public final class Rebuild {
    private Rebuild() {
    }

    /** A fresh run of {@code scenario} with {@code commands} applied, stopped at {@code target}. */
    public static Simulation to(Scenario scenario, List<Command> commands, Position target) {
        SessionHistory history = new SessionHistory(new Simulation(scenario));
        forward(history, commands, target);
        return history.simulation();
    }

    /**
     * Moves the history's simulation to {@code target}, backwards or forwards: it restores the latest
     * checkpoint at or before the target (when that saves work), then runs forward as {@link #forward}
     * does. When the run had commands that {@code commands} does not begin with (another session's),
     * it goes back to the start and the checkpoints of that other course are dropped.
     */
    public static void to(SessionHistory history, List<Command> commands, Position target) {
        history.restoreNearest(target);
        if (!startsWith(commands, history.simulation().commands())) {
            history.restart();
        }
        forward(history, commands, target);
    }

    /**
     * Runs the history's simulation forward to {@code target}, applying on the way every command of
     * {@code commands} that it has not applied yet and whose place is not after the target, and
     * keeping checkpoints. The commands the simulation already applied must be the first ones of
     * {@code commands} (a session's history, in order). IllegalArgumentException when they are not,
     * when the target lies behind the run, or when a command cannot be applied (its target does not
     * exist in this scenario, say).
     */
    public static void forward(SessionHistory history, List<Command> commands, Position target) {
        Simulation sim = history.simulation();
        List<Command> done = sim.commands();
        if (!startsWith(commands, done)) {
            throw new IllegalArgumentException("the run has commands that are not in the session's history");
        }
        if (sim.position().isAfter(target)) {
            throw new IllegalArgumentException("the run is already past the target (" + target.timeUs() + " us)");
        }
        for (Command c : commands.subList(done.size(), commands.size())) {
            if (c.at().isAfter(target)) {
                break;
            }
            if (sim.position().isAfter(c.at())) {
                throw new IllegalArgumentException("the run is already past the command's place (" + c.at().timeUs() + " us)");
            }
            history.moveTo(c.at()); // a position that is not this run's (a tampered file) still ends somewhere definite
            sim.apply(c);
        }
        history.moveTo(target);
    }

    private static boolean startsWith(List<Command> commands, List<Command> prefix) {
        return prefix.size() <= commands.size() && commands.subList(0, prefix.size()).equals(prefix);
    }
}
