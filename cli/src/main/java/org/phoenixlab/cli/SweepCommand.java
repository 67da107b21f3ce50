package org.phoenixlab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.phoenixlab.engine.experiment.Sweep;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sweep", description = {
        "The comparison at evenly spaced values of one input, as CSV.",
        "PARAMETER: heartbeat-period, driver-timeout, reboot, reload (durations such as 20ms or 1.5s),",
        "packet-rate (packets/s, all guests together) or guests (1 to 64)."})
final class SweepCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PARAMETER", converter = KnobConverter.class, description = "the input to vary")
    Sweep.Knob knob;

    @Parameters(index = "1", paramLabel = "FROM", description = "the first value")
    String from;

    @Parameters(index = "2", paramLabel = "TO", description = "the last value")
    String to;

    @Parameters(index = "3", paramLabel = "STEPS", description = "how many values, 1 to 1000")
    int steps;

    @Option(names = "--fault", paramLabel = "TARGET:KIND", converter = Converters.Fault.class,
            description = "the fault (default: the scenario's first scripted fault, else net_uk/nic-driver:crash)")
    Converters.FaultSpec fault;

    @Option(names = "--scenario", paramLabel = "FILE", description = {"sweep over this scenario's host, workload and parameters",
            "(default: the paper's benchmark, three guests at the 1 Gb/s line rate)"})
    java.nio.file.Path scenarioFile;

    @Option(names = "--strategy", paramLabel = "S", converter = Converters.Strategy.class,
            description = "only these strategies (repeatable; default all five)")
    List<String> strategies = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", description = "seeds per strategy and value (default ${DEFAULT-VALUE})")
    int runs = 3;

    /** A sweep's PARAMETER by its name. */
    static final class KnobConverter implements CommandLine.ITypeConverter<Sweep.Knob> {
        @Override
        public Sweep.Knob convert(String id) {
            return Sweep.Knob.byId(id).orElseThrow(() -> new CommandLine.TypeConversionException("unknown parameter '" + id
                    + "' (expected " + String.join(", ", java.util.Arrays.stream(Sweep.Knob.values()).map(Sweep.Knob::id).toList()) + ")"));
        }
    }

    @Override
    public Integer call() {
        if (steps < 1 || steps > 1000) {
            throw new BadInput("STEPS must be between 1 and 1000, not " + steps);
        }
        org.phoenixlab.engine.experiment.Comparison.Setup setup;
        if (scenarioFile == null) {
            setup = ComparisonReport.setup(fault != null ? fault : Converters.FaultSpec.NIC_DRIVER_CRASH, runs);
        } else {
            org.phoenixlab.engine.scenario.Scenario sc;
            try {
                sc = org.phoenixlab.engine.scenario.ScenarioLoader.load(scenarioFile);
            } catch (org.phoenixlab.engine.files.BadFileException e) {
                throw new BadInput(FileKinds.wrongCommand(scenarioFile, e, org.phoenixlab.engine.scenario.ScenarioLoader.FORMAT));
            }
            Converters.FaultSpec f = fault != null ? fault : sc.faults().isEmpty() ? Converters.FaultSpec.NIC_DRIVER_CRASH
                    : new Converters.FaultSpec(sc.faults().get(0).target(), sc.faults().get(0).kind());
            ComparisonReport.setup(f, runs); // the same checks of --runs
            setup = new org.phoenixlab.engine.experiment.Comparison.Setup(f.target(), f.kind(), runs, sc.guests(),
                    sc.packetsPerSecondPerGuest() * sc.guests(), sc.parameterOverrides());
        }
        new ComparisonReport(spec.commandLine().getOut()).sweep(knob, value(from, "FROM"), value(to, "TO"), steps, setup, strategies);
        return 0;
    }

    /** FROM or TO: a duration for a time input, else a whole number. */
    private long value(String text, String what) {
        try {
            return knob.isDuration() ? Converters.duration(text) : Converters.wholeNumber(text);
        } catch (CommandLine.TypeConversionException e) {
            if (knob.isDuration() && text.strip().matches("\\d+")) {
                throw new BadInput(what + " of " + knob.id() + ": " + e.getMessage());
            }
            throw new BadInput(what + " of " + knob.id() + " must be " + (knob.isDuration() ? "a duration such as 20ms or 1.5s"
                    : "a whole number") + ", not '" + text + "'");
        }
    }
}
