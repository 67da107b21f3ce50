package org.phoenixlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phoenixlab.engine.files.Json;

/**
 * Issue 11, finding 4: run --record of a legal 11 MiB scenario wrote an 18 MB recording that validate
 * and replay refused. A scenario just under the 16 MiB limit, written the way that grows most when
 * the program writes it back (whole microseconds), records a recording both read and replay.
 */
class RecordAtTheLimitTest {
    @TempDir
    Path dir;

    @Test
    void whateverRunRecordWritesReplayReadsEvenAtTheLimit() throws Exception {
        StringBuilder sb = new StringBuilder("{\"format\":\"phoenix-lab/scenario\",\"version\":2,\"strategy\":\"phoenix-fine\","
                + "\"duration\":\"2s\",\"faults\":[");
        String end = "]}";
        int t = 1;
        while (true) {
            String fault = (t > 1 ? "," : "") + "{\"at\":\"" + t + "us\",\"target\":\"remote-host\",\"kind\":\"lose-ack\"}";
            if (sb.length() + fault.length() + end.length() > Json.MAX_FILE_BYTES) {
                break;
            }
            sb.append(fault);
            t++;
        }
        sb.append(end);
        Path scenario = dir.resolve("big.scenario.json");
        Files.writeString(scenario, sb, StandardCharsets.UTF_8);
        long size = Files.size(scenario);
        assertTrue(size > Json.MAX_FILE_BYTES - 100 && size <= Json.MAX_FILE_BYTES, "at the limit: " + size);

        Path rec = dir.resolve("big.recording.json");
        assertEquals(0, run("run", scenario.toString(), "--record", rec.toString()));
        assertTrue(Files.size(rec) > Json.MAX_FILE_BYTES, "the recording is larger than a scenario may be: " + Files.size(rec));
        StringWriter out = new StringWriter();
        assertEquals(0, PhoenixCli.execute(new String[] {"validate", rec.toString()}, new PrintWriter(out), new PrintWriter(new StringWriter())),
                out.toString());
        assertEquals(0, run("replay", rec.toString()));
    }

    private static int run(String... args) {
        StringWriter err = new StringWriter();
        int code = PhoenixCli.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, String.join(" ", args) + ": " + err);
        return code;
    }
}
