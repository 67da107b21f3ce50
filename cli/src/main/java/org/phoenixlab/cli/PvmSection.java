package org.phoenixlab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import org.phoenixlab.engine.experiment.PvmExperiments;

/** The paper's other experiments: VM creation under XenStore faults, migration under tool_uk faults, every pVM component crashing. */
final class PvmSection implements PaperSection {
    private final int runs;
    private List<PvmExperiments.CreationRow> creation;
    private List<PvmExperiments.MigrationRow> migration;
    private List<PvmExperiments.AllCrashRow> allCrash;

    PvmSection(int runs) {
        this.runs = runs;
    }

    @Override
    public void compute(Consumer<String> progress) {
        progress.accept("VM creation under XenStore faults...");
        creation = PvmExperiments.creation(runs);
        progress.accept("migration under tool_uk faults...");
        migration = PvmExperiments.migration(runs);
        progress.accept("every pVM component crashing at once...");
        allCrash = PvmExperiments.allCrash(runs);
    }

    @Override
    public void print(PrintWriter out) {
        PvmReport.print(out, creation, migration, allCrash, runs);
    }

    @Override
    public void json(ObjectNode root) {
        PvmReport.toJson(root, creation, migration, allCrash, runs);
    }
}
