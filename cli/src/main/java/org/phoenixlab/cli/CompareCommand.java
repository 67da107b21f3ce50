package org.phoenixlab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "compare", description = "One fault under every strategy, as a table or CSV.")
final class CompareCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--fault", paramLabel = "TARGET:KIND", converter = Converters.Fault.class,
            description = "the fault (default net_uk/nic-driver:crash)")
    Converters.FaultSpec fault = Converters.FaultSpec.NIC_DRIVER_CRASH;

    @Option(names = "--strategy", paramLabel = "S", converter = Converters.Strategy.class,
            description = "only these strategies (repeatable; default all five)")
    List<String> strategies = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", description = "seeds per strategy (default ${DEFAULT-VALUE})")
    int runs = 10;

    @Option(names = "--csv", description = "print CSV")
    boolean csv;

    @Override
    public Integer call() {
        new ComparisonReport(spec.commandLine().getOut()).compare(ComparisonReport.setup(fault, runs), strategies, csv);
        return 0;
    }
}
