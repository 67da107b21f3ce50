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
        Simulation replayed = replay();
        TraceFingerprint fp = TraceFingerprint.of(replayed.trace());
        return trace.difference(fp).map(d -> d + cause(fp, replayed));
    }

    /**
     * What the place of the first difference says about its cause: before the first recorded command,
     * only the scenario (or the engine) can have changed; after it, the commands may have.
     */
    private String cause(TraceFingerprint replayedFingerprint, Simulation replayed) {
        long from = trace.firstDifferentSegmentStart(replayedFingerprint);
        String engine = engineVersion.equals(ENGINE_VERSION) ? "" : "; it was recorded by engine " + engineVersion
                + " and replayed by " + ENGINE_VERSION + ", which may explain it";
        long firstCommandEvent = replayed.trace().size();
        if (!commands.isEmpty()) {
            long t = commands.get(0).atUs();
            var tr = replayed.trace();
            for (int i = 0; i < tr.size(); i++) {
                if (tr.get(i).timeUs() >= t) {
                    firstCommandEvent = i;
                    break;
                }
            }
        }
        if (commands.isEmpty() || from + TraceFingerprint.SEGMENT <= firstCommandEvent) {
            return ": the runs part " + (commands.isEmpty() ? "though it has no recorded command" : "before the first recorded command")
                    + ", so the scenario in the file is not the one recorded (its seed " + scenario.seed() + ", strategy "
                    + scenario.strategy() + ", guests, workload or parameters were changed after it was saved)" + engine;
        }
        return ": the runs part after the recorded commands begin (the first at " + org.phoenixlab.engine.files.Durations.format(commands.get(0).atUs())
                + "): the commands, or the scenario, were changed after it was saved" + engine;
    }
}
