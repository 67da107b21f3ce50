package org.phoenixlab.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command (DESIGN section 6): nested picocli subcommands, one converter per kind of
 * value ({@link Converters}), one version provider. Exit codes: 0 success, 1 failure of what was
 * checked, 2 bad input or usage, always with a one-line reason in our words and never a stack trace.
 */
@Command(name = "phoenix", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, versionProvider = VersionProvider.class,
        description = "Phoenix Lab headless: run scenarios, rebuild the paper's tables, measure the engine.",
        subcommands = {RunCommand.class, ReplayCommand.class, ValidateCommand.class, ExperimentCommand.class, BenchCommand.class,
                PackCommand.class, ComponentsCommand.class, NewCommand.class})
public final class PhoenixCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw Usage.missingSubcommand(spec);
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** The command tree with its converters (for tests that look at it). */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PhoenixCli());
        Converters.register(cl);
        return cl;
    }

    /** Runs the command line and returns the exit code; for tests and for {@link #main}. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("phoenix: " + oneLine(Usage.explain(ex)));
            err.flush();
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, line, result) -> {
            if (ex instanceof BadInput) {
                err.println("phoenix: " + oneLine(ex.getMessage()));
            } else {
                err.println("phoenix: internal error (please report it): " + oneLine(ex.getClass().getSimpleName()
                        + (ex.getMessage() == null ? "" : ": " + ex.getMessage())));
            }
            err.flush();
            return 2;
        });
        int code = cl.execute(args);
        out.flush();
        return code;
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ').trim();
    }

    /** The names of a command's subcommands, for "expected a, b or c". */
    static String names(CommandLine.Model.CommandSpec spec) {
        List<String> names = List.copyOf(spec.subcommands().keySet()).stream()
                .filter(n -> !n.equals("help")).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
