package org.phoenixlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.BuildInfo;

/**
 * `--version` says the build's version and commit first, the same words as the window's About box,
 * then the engine and the file formats.
 */
class VersionTest {
    @Test
    void versionComesFromTheBuildInfo() {
        StringWriter out = new StringWriter();
        int code = PhoenixCli.execute(new String[] {"--version"}, new PrintWriter(out, true), new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        String[] lines = out.toString().strip().split("\\R");
        assertEquals(BuildInfo.current().describe(), lines[0]);
        assertEquals(2, lines.length, out.toString());
        assertTrue(lines[1].startsWith("engine "), lines[1]);
    }
}
