package org.phoenixlab.engine.recording;

import java.util.List;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.sim.Command;
import org.phoenixlab.engine.sim.Position;
import org.phoenixlab.engine.sim.Simulation;

/**
 * The one way a session is brought back: the scenario, the user's commands each applied at its exact
 * {@link Position}, and the run moved to a target position. Replaying a recording, restoring an
 * autosaved session and moving back in the window (seek, step back) all come through here, so they
 * cannot disagree. (Checkpoints, when they come, belong in {@link #to}: start from the latest one
 * before the target instead of from the scenario.)
 */
public final class Rebuild {
    private Rebuild() {
    }

    /** A fresh run of {@code scenario} with {@code commands} applied, stopped at {@code target}. */
    public static Simulation to(Scenario scenario, List<Command> commands, Position target) {
        Simulation sim = new Simulation(scenario);
        forward(sim, commands, target);
        return sim;
    }

    /**
     * Runs {@code sim} forward to {@code target}, applying on the way every command of {@code commands}
     * that it has not applied yet and whose place is not after the target. The commands {@code sim}
     * already applied must be the first ones of {@code commands} (a session's history, in order).
     * IllegalArgumentException when they are not, when the target lies behind the run, or when a
     * command cannot be applied (its target does not exist in this scenario, say).
     */
    public static void forward(Simulation sim, List<Command> commands, Position target) {
        List<Command> done = sim.commands();
        if (done.size() > commands.size() || !commands.subList(0, done.size()).equals(done)) {
            throw new IllegalArgumentException("the run has commands that are not in the session's history");
        }
        if (sim.position().isAfter(target)) {
            throw new IllegalArgumentException("the run is already past the target (" + target.timeUs() + " us)");
        }
        for (Command c : commands.subList(done.size(), commands.size())) {
            if (c.at().isAfter(target)) {
                break;
            }
            sim.apply(c);
        }
        sim.moveTo(target);
    }
}
