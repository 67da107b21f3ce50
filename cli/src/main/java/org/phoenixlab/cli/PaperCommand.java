package org.phoenixlab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.phoenixlab.engine.experiment.NicFaultExperiment;
import org.phoenixlab.engine.experiment.PvmExperiments;
import org.phoenixlab.engine.files.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "paper", description = "Rebuild the paper's tables: each row our figure, the paper's, and the ratio.")
final class PaperCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Option(names = "--runs", paramLabel = "N", description = "seeds per strategy for Table 2 (default ${DEFAULT-VALUE})")
    int runs = NicFaultExperiment.DEFAULT_RUNS;

    @Option(names = "--pvm-runs", paramLabel = "N",
            description = "seeds per strategy for VM creation, migration, the all-pVM crash and the sections after them"
                    + " (default ${DEFAULT-VALUE})")
    int pvmRuns = PvmExperiments.DEFAULT_RUNS;

    /** The sections, in the order they print and run. */
    List<PaperSection> sections() {
        return List.of(new NicFaultSection(runs), new PvmSection(pvmRuns), new FidelitySection(pvmRuns));
    }

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || runs > 100_000) {
            throw new BadInput("--runs must be between 1 and 100000, not " + runs);
        }
        if (pvmRuns < 1 || pvmRuns > 10_000) {
            throw new BadInput("--pvm-runs must be between 1 and 10000, not " + pvmRuns);
        }
        // Progress on standard error, for a person at a terminal only (standard output stays clean for --json).
        PrintWriter progress = System.console() != null ? spec.commandLine().getErr() : null;
        Consumer<String> say = m -> {
            if (progress != null) {
                progress.println("phoenix: " + m);
                progress.flush();
            }
        };
        List<PaperSection> sections = sections();
        for (PaperSection s : sections) {
            s.compute(say);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = Json.mapper().createObjectNode();
            o.put("experiment", "paper");
            for (PaperSection s : sections) {
                s.json(o);
            }
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
        } else {
            for (PaperSection s : sections) {
                s.print(out);
            }
        }
        return 0;
    }
}
