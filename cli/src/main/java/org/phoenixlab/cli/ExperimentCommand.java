package org.phoenixlab.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code experiment paper | compare | sweep}: the paper's tables, and comparisons of any fault. */
@Command(name = "experiment", description = "Rebuild the paper's tables, or compare the strategies on any fault.",
        subcommands = {PaperCommand.class, CompareCommand.class, SweepCommand.class})
final class ExperimentCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw Usage.missingSubcommand(spec);
    }
}
