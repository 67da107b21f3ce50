package org.phoenixlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.fault.FaultTargets;
import org.phoenixlab.engine.files.BadFileException;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScenarioLoader;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.StrategyCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code components SCENARIO}: every component id of the scenario's host and the faults it can suffer
 * under the scenario's strategy (the engine's answer, the one the loaders check against), for a
 * teacher writing "focus", "target" and "inject".
 */
@Command(name = "components", description = {"List the component ids of a scenario's host and the fault kinds each accepts",
        "under its strategy (or --strategy): the ids to use in a lesson's focus and a fault's target."})
final class ComponentsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "a *.scenario.json file")
    Path file;

    @Option(names = "--strategy", paramLabel = "S", converter = Converters.Strategy.class, description = "list under this strategy instead")
    String strategy;

    @Override
    public Integer call() {
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(file);
        } catch (BadFileException e) {
            throw new BadInput(FileKinds.wrongCommand(file, e, ScenarioLoader.FORMAT));
        }
        String name = strategy != null ? strategy : scenario.strategy();
        boolean replicated = StrategyCatalog.load(name).has(Mechanism.XENSTORE_REPLICATION);
        Topology topology = Topology.standard(scenario.guests(), true);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(java.util.Locale.ROOT, "%s: %d guests, strategy %s%n", file, scenario.guests(), name);
        for (ComponentSpec c : topology.components()) {
            List<FaultKind> faults = FaultTargets.faultsFor(topology, c.id(), replicated);
            String what = faults.isEmpty() ? (FaultTargets.runsIn(topology, c.id(), replicated) ? "no fault (it can be a focus)"
                    : "does not run under " + name)
                    : String.join(", ", faults.stream().map(FaultKind::id).toList());
            out.printf(java.util.Locale.ROOT, "  %-22s %s%n", c.id(), what);
        }
        out.flush();
        return 0;
    }
}
