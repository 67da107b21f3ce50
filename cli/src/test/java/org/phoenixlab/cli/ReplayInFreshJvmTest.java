package org.phoenixlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phoenixlab.engine.files.AtomicFiles;
import org.phoenixlab.engine.recording.Recording;
import org.phoenixlab.engine.recording.RecordingFormat;
import org.phoenixlab.engine.recording.RecordingTest;

/** A recording made in this JVM replays to the same digest in another one, through the command line. */
class ReplayInFreshJvmTest {
    @TempDir
    Path dir;

    @Test
    void aRecordingMadeHereReplaysToTheSameDigestInAFreshJvm() throws Exception {
        Path f = dir.resolve("s.recording.json");
        AtomicFiles.write(f, RecordingFormat.toJson(Recording.of(RecordingTest.session())));
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), PhoenixCli.class.getName(),
                "replay", f.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("replay matches"), out);
    }
}
