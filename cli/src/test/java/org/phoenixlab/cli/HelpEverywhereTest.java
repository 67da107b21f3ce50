package org.phoenixlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Issue 17, finding 6: "validate --help" answered "Missing required parameter", "experiment sweep --help" "Unknown option". */
class HelpEverywhereTest {
    private static void collect(CommandLine cl, List<String> path, List<List<String>> out) {
        for (var e : cl.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) {
                continue;
            }
            List<String> p = new ArrayList<>(path);
            p.add(e.getKey());
            out.add(p);
            collect(e.getValue(), p, out);
        }
    }

    @Test
    void everySubcommandAnswersHelpWithItsUsage() {
        List<List<String>> commands = new ArrayList<>();
        collect(PhoenixCli.commandLine(), List.of(), commands);
        assertTrue(commands.size() >= 8, commands.toString());
        for (List<String> c : commands) {
            for (String flag : List.of("--help", "-h")) {
                List<String> args = new ArrayList<>(c);
                args.add(flag);
                PhoenixCliTest.Result r = PhoenixCliTest.cli(args.toArray(String[]::new));
                assertEquals(0, r.code(), args + ": " + r.err());
                assertTrue(r.out().startsWith("Usage: phoenix " + String.join(" ", c)), args + ": " + r.out());
                assertTrue(r.err().isEmpty(), args + ": " + r.err());
            }
        }
    }
}
