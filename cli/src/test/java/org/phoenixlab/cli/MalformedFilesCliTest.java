package org.phoenixlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.phoenixlab.engine.files.MalformedFilesTest;

/** The engine's malformed files through the command line: exit 2 with one line for run and replay, 1 for validate. */
class MalformedFilesCliTest {
    @TempDir
    static Path dir;

    static Iterable<String> names() {
        return MalformedFilesTest.cases().keySet();
    }

    @ParameterizedTest
    @MethodSource("names")
    void theCommandLineExitsTwoForRunAndReplayAndOneForValidate(String name) throws Exception {
        Path f = dir.resolve(name.replace(' ', '-') + ".json");
        Files.write(f, MalformedFilesTest.cases().get(name));
        for (String cmd : new String[] {"run", "replay"}) {
            StringWriter err = new StringWriter();
            int code = PhoenixCli.execute(new String[] {cmd, f.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
            assertEquals(2, code, cmd + " " + name + ": " + err);
            assertEquals(1, err.toString().strip().lines().count(), err.toString());
            assertFalse(err.toString().contains("\tat "), "no stack trace");
        }
        StringWriter out = new StringWriter();
        assertEquals(1, PhoenixCli.execute(new String[] {"validate", f.toString()}, new PrintWriter(out), new PrintWriter(new StringWriter())));
        assertTrue(out.toString().startsWith("bad  "), out.toString());
    }
}
