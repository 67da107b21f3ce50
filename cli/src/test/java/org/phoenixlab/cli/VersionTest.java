package org.phoenixlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.BuildInfo;

/** `--version` says the build's version and commit, the same words as the window's About box. */
class VersionTest {
    @Test
    void versionComesFromTheBuildInfo() {
        StringWriter out = new StringWriter();
        int code = PhoenixCli.execute(new String[] {"--version"}, new PrintWriter(out, true), new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        assertEquals(BuildInfo.current().describe(), out.toString().strip());
    }
}
