package org.phoenixlab.engine.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's check that every compiled test class ran (build/EveryTestRan.java, run after each
 * module's tests) can fail: a test class with no report, or only a report older than this build.
 */
class EveryTestRanCheckTest {
    @TempDir
    Path dir;

    private int check(Path classes, Path reports, Path marker, StringBuilder output) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(java, Path.of("../build/EveryTestRan.java").toString(), classes.toString(), reports.toString(),
                marker.toString()).redirectErrorStream(true).start();
        output.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        return p.waitFor();
    }

    @Test
    void aTestClassWithoutAFreshReportFailsTheBuild() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("test-classes/org/x"));
        Path reports = Files.createDirectories(dir.resolve("surefire-reports"));
        Path marker = dir.resolve("tests-started.marker");
        Files.write(classes.resolve("LoaderProperties.class"), "....Lnet/jqwik/api/Property;....".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(classes.resolve("Helper.class"), "....no test here....".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(reports.resolve("TEST-org.x.LoaderProperties.xml"), "<testsuite/>");
        Files.setLastModifiedTime(reports.resolve("TEST-org.x.LoaderProperties.xml"), java.nio.file.attribute.FileTime.fromMillis(1_000));
        Files.writeString(marker, "");

        StringBuilder out = new StringBuilder();
        assertEquals(1, check(dir.resolve("test-classes"), reports, marker, out), out.toString());
        assertTrue(out.toString().contains("not run") && out.toString().contains("org.x.LoaderProperties"), out.toString());
        assertTrue(!out.toString().contains("Helper"), "a class without tests needs no report");

        Files.writeString(reports.resolve("TEST-org.x.LoaderProperties.xml"), "<testsuite/>"); // run in this build
        StringBuilder again = new StringBuilder();
        assertEquals(0, check(dir.resolve("test-classes"), reports, marker, again), again.toString());
    }
}
