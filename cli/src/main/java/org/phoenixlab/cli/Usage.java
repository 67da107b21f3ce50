package org.phoenixlab.cli;

import picocli.CommandLine;

/** Usage errors retold in our words: what is missing or wrong, and where to look. */
final class Usage {
    private Usage() {
    }

    /** A command that only groups others was given none. */
    static CommandLine.ParameterException missingSubcommand(CommandLine.Model.CommandSpec spec) {
        String noun = spec.parent() == null ? "command" : spec.name();
        return new CommandLine.ParameterException(spec.commandLine(), "missing " + noun + " (expected " + PhoenixCli.names(spec) + ")");
    }

    static String explain(CommandLine.ParameterException ex) {
        CommandLine cl = ex.getCommandLine();
        String where = cl.getParent() == null ? "" : cl.getCommandSpec().qualifiedName(" ").replaceFirst("^phoenix ", "") + ": ";
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            if (!cl.getSubcommands().isEmpty() && !first.startsWith("-")) {
                String noun = cl.getParent() == null ? "command" : cl.getCommandName();
                return "unknown " + noun + " '" + first + "' (expected " + PhoenixCli.names(cl.getCommandSpec()) + ")";
            }
            return where + (first.startsWith("-") ? "unknown option '" : "unexpected argument '") + first
                    + "' (see phoenix " + cl.getCommandSpec().qualifiedName(" ").replaceFirst("^phoenix ?", "") + " --help)";
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            String missing = String.join(", ", m.getMissing().stream().map(Usage::label).toList());
            return where + "missing " + missing + " (see phoenix " + cl.getCommandSpec().qualifiedName(" ").replaceFirst("^phoenix ?", "")
                    + " --help)";
        }
        if (ex.getCause() instanceof CommandLine.TypeConversionException t && ex.getArgSpec() != null) {
            return where + label(ex.getArgSpec()) + ": " + t.getMessage();
        }
        return where + ex.getMessage();
    }

    private static String label(CommandLine.Model.ArgSpec a) {
        return a instanceof CommandLine.Model.OptionSpec o ? o.longestName() : a.paramLabel();
    }
}
