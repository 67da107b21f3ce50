package org.phoenixlab.engine.files;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.phoenixlab.engine.recording.RecordingFormat;
import org.phoenixlab.engine.scenario.ScenarioLoader;

/**
 * Every kind of bad file: the loaders throw {@link BadFileException} with a one-line reason, never a
 * stack trace, never running out of memory (the command line's exit codes are tested in cli/).
 */
public class MalformedFilesTest {
    @TempDir
    static Path dir;

    static final String VALID = "{\"format\":\"phoenix-lab/scenario\",\"version\":2,\"strategy\":\"phoenix-fine\","
            + "\"faults\":[{\"at\":\"1s\",\"target\":\"net_uk/nic-driver\",\"kind\":\"crash\"}],\"duration\":\"3s\"}";

    /** Every malformed case, by name (the command line's tests reuse them). */
    public static Map<String, byte[]> cases() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("empty", new byte[0]);
        m.put("truncated", VALID.substring(0, VALID.length() / 2).getBytes(StandardCharsets.UTF_8));
        m.put("garbled", VALID.replace(':', ';').getBytes(StandardCharsets.UTF_8));
        m.put("wrong types", VALID.replace("\"version\":2", "\"version\":\"two\"").getBytes(StandardCharsets.UTF_8));
        m.put("a list of faults that is an object", VALID.replace("\"faults\":[", "\"faults\":{\"x\":[").replace("}],", "}]},")
                .getBytes(StandardCharsets.UTF_8));
        m.put("deep nesting", ("{\"format\":" + "[".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
        m.put("number too large", VALID.replace("\"version\":2", "\"version\":" + "9".repeat(5_000)).getBytes(StandardCharsets.UTF_8));
        m.put("huge exponent", VALID.replace("\"version\":2", "\"version\":1e999999999").getBytes(StandardCharsets.UTF_8));
        m.put("megabyte string", VALID.replace("\"phoenix-fine\"", "\"" + "a".repeat(3_000_000) + "\"").getBytes(StandardCharsets.UTF_8));
        m.put("over the size limit", ("{\"name\":\"" + " ".repeat(17 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8));
        m.put("binary", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 1, 2, 3});
        m.put("not utf-8", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
        m.put("trailing garbage", (VALID + " {}").getBytes(StandardCharsets.UTF_8));
        m.put("null root", "null".getBytes(StandardCharsets.UTF_8));
        m.put("unquoted word", "{\"format\":phoenix}".getBytes(StandardCharsets.UTF_8));
        m.put("raw line break in a text", "{\"name\":\"a\nb\"}".getBytes(StandardCharsets.UTF_8));
        m.put("mismatched bracket", "{\"faults\":[1}".getBytes(StandardCharsets.UTF_8));
        m.put("leading zero", VALID.replace("\"version\":2", "\"version\":02").getBytes(StandardCharsets.UTF_8));
        m.put("not a number", VALID.replace("\"version\":2", "\"version\":NaN").getBytes(StandardCharsets.UTF_8));
        m.put("duplicate key", "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8));
        m.put("overlong duration", VALID.replace("\"3s\"", "\"999999999999min\"").getBytes(StandardCharsets.UTF_8));
        m.put("missing comma", VALID.replace(",\"strategy\"", " \"strategy\"").getBytes(StandardCharsets.UTF_8));
        return m;
    }

    static Iterable<String> names() {
        return cases().keySet();
    }

    private static Path file(String name) throws Exception {
        Path f = dir.resolve(name.replace(' ', '-') + ".json");
        Files.write(f, cases().get(name));
        return f;
    }

    @ParameterizedTest
    @MethodSource("names")
    void theScenarioLoaderRefusesItWithOneLine(String name) throws Exception {
        Path f = file(name);
        BadFileException e = assertThrows(BadFileException.class, () -> ScenarioLoader.load(f));
        assertOneLine(e.getMessage(), f);
    }

    @ParameterizedTest
    @MethodSource("names")
    void theRecordingLoaderRefusesItWithOneLine(String name) throws Exception {
        Path f = file(name);
        BadFileException e = assertThrows(BadFileException.class, () -> RecordingFormat.load(f));
        assertOneLine(e.getMessage(), f);
    }

    private static void assertOneLine(String message, Path f) {
        assertTrue(message.startsWith(f.toString() + ": "), message);
        assertFalse(message.contains("\n"), "one line: " + message);
        assertTrue(message.length() < 400, "short: " + message.length() + " characters");
        for (String internal : new String[] {"jackson", "Jackson", "StreamRead", "Source:", "REDACTED", "`", "Exception",
            "overflow", "com.fasterxml", "was expecting"}) {
            assertFalse(message.contains(internal), "in our words, without '" + internal + "': " + message);
        }
    }
}
