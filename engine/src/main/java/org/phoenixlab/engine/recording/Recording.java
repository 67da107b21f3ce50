package org.phoenixlab.engine.recording;

import java.util.ArrayList;
import java.util.List;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedFault;
import org.phoenixlab.engine.scenario.ScriptedOperation;
import org.phoenixlab.engine.sim.Command;
import org.phoenixlab.engine.sim.Position;
import org.phoenixlab.engine.sim.Simulation;

/**
 * A session: the scenario, every command the user issued at its exact position, where it stopped,
 * the engine version, and the trace's fingerprint. Replaying it must give the same trace.
 */
public record Recording(String engineVersion, Scenario scenario, List<Command> commands, Position end,
                        TraceFingerprint trace) {
    /** The engine that writes recordings; bumped when the model changes what a run produces. */
    public static final String ENGINE_VERSION = "0.1.0";

    public Recording {
        commands = List.copyOf(commands);
    }

    /** Captures a session as it stands now. */
    public static Recording of(Simulation sim) {
        return new Recording(ENGINE_VERSION, sim.scenario(), sim.commands(), sim.position(), TraceFingerprint.of(sim.trace()));
    }

    /** The virtual time the session had reached. */
    public long endUs() {
        return end.timeUs();
    }

    /**
     * The session as a scenario of its own: each fault and VM operation the user issued becomes a
     * scripted one at the same virtual time (after the scenario's own), so the run can be shared,
     * edited and run again from one file.
     */
    public Scenario toScenario() {
        List<ScriptedFault> faults = new ArrayList<>(scenario.faults());
        List<ScriptedOperation> operations = new ArrayList<>(scenario.operations());
        for (Command c : commands) {
            if (c instanceof Command.Inject i) {
                faults.add(new ScriptedFault(i.atUs(), i.target(), i.kind()));
            } else if (c instanceof Command.Operate o) {
                operations.add(new ScriptedOperation(o.atUs(), o.kind(), o.vm()));
            }
        }
        return scenario.withFaults(faults).withOperations(operations);
    }

    /** Re-runs the session from its scenario and commands to where it stopped. */
    public Simulation replay() {
        return Rebuild.to(scenario, commands, end);
    }

    /** Empty when the replay matches; otherwise where it parts from the recorded trace. */
    public java.util.Optional<String> verify() {
        return trace.difference(TraceFingerprint.of(replay().trace()));
    }
}
