package org.phoenixlab.engine.scenario;

import org.phoenixlab.engine.fault.FaultKind;

/** A fault that strikes {@code target} at virtual time {@code atUs}. */
public record ScriptedFault(long atUs, String target, FaultKind kind) implements java.io.Serializable {
}
