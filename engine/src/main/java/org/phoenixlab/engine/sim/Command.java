package org.phoenixlab.engine.sim;

import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.scenario.ScriptedOperation;

/**
 * Something a user did to a running simulation, at an exact {@link Position} (the clock and the
 * number of engine events run before it): what a recording replays.
 */
public sealed interface Command extends java.io.Serializable {
    /** Where in the run it was issued. */
    Position at();

    /** The virtual time it was issued at. */
    default long atUs() {
        return at().timeUs();
    }

    /** A fault injected by hand. */
    record Inject(Position at, String target, FaultKind kind) implements Command {
    }

    /** A VM operation started by hand. */
    record Operate(Position at, ScriptedOperation.Kind kind, String vm) implements Command {
    }
}
