package org.phoenixlab.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command (DESIGN section 6). Exit codes: 0 success, 1 failure of what was checked,
 * 2 bad input or usage, always with a one-line reason and never a stack trace.
 */
@Command(name = "phoenix", mixinStandardHelpOptions = true, versionProvider = PhoenixCli.Version.class,
        description = "Phoenix Lab headless: run scenarios, rebuild the paper's tables, measure the engine.",
        subcommands = {RunCommand.class, ReplayCommand.class, ValidateCommand.class, ExperimentCommand.class, BenchCommand.class})
public final class PhoenixCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (expected run, replay, validate, experiment or bench)");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code; for tests and for {@link #main}. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new PhoenixCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            String msg = ex.getMessage();
            if (ex instanceof CommandLine.UnmatchedArgumentException u && ex.getCommandLine() == cl
                    && !u.getUnmatched().isEmpty()) {
                msg = "unknown command '" + u.getUnmatched().get(0) + "' (expected run, replay, validate, experiment or bench)";
            }
            err.println("phoenix: " + oneLine(msg));
            err.flush();
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, line, result) -> {
            if (ex instanceof BadInput) {
                err.println("phoenix: " + oneLine(ex.getMessage()));
            } else {
                err.println("phoenix: internal error: " + oneLine(String.valueOf(ex)));
            }
            err.flush();
            return 2;
        });
        int code = cl.execute(args);
        out.flush();
        return code;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ').trim();
    }

    /** `--version`: the build's version and commit, from the same place as the window's About box. */
    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {org.phoenixlab.engine.BuildInfo.current().describe()};
        }
    }
}
