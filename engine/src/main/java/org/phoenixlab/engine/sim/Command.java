package org.phoenixlab.engine.sim;

import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.scenario.ScriptedOperation;

/** Something a user did to a running simulation, at a virtual time: what a recording replays. */
public sealed interface Command extends java.io.Serializable {
    long atUs();

    /** A fault injected by hand. */
    record Inject(long atUs, String target, FaultKind kind) implements Command {
    }

    /** A VM operation started by hand. */
    record Operate(long atUs, ScriptedOperation.Kind kind, String vm) implements Command {
    }
}
