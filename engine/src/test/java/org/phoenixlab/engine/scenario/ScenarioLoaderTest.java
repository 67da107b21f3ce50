package org.phoenixlab.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phoenixlab.engine.fault.FaultKind;

class ScenarioLoaderTest {
    @TempDir
    Path dir;

    private Path write(String json) throws Exception {
        Path f = dir.resolve("t.scenario.json");
        Files.writeString(f, json);
        return f;
    }

    @Test
    void theExampleFileLoads() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("../examples/nic-driver-crash.scenario.json"));
        assertEquals("phoenix-fine", s.strategy());
        assertEquals(3, s.guests());
        assertEquals(2_000_000, s.faults().get(0).atUs());
        assertEquals(FaultKind.CRASH, s.faults().get(0).kind());
        assertEquals(10_000_000, s.durationUs());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{ | line 1, column 2",
            "[] | one JSON object",
            "{\"format\":\"phoenix-lab/scenario\",\"version\":1,\"strategy\":\"phoenix-fine\",\"duration\":\"1s\",\"colour\":1} | unknown field 'colour'",
            "{\"format\":\"other\",\"version\":1} | format is 'other'",
            "{\"format\":\"phoenix-lab/scenario\",\"version\":9,\"strategy\":\"phoenix-fine\",\"duration\":\"1s\"} | version 9 is newer",
            "{\"format\":\"phoenix-lab/scenario\",\"version\":1,\"strategy\":\"best\",\"duration\":\"1s\"} | unknown strategy 'best'",
            "{\"format\":\"phoenix-lab/scenario\",\"version\":1,\"strategy\":\"vanilla\",\"duration\":\"soon\"} | 'soon' is not a duration",
            "{\"format\":\"phoenix-lab/scenario\",\"version\":1,\"strategy\":\"vanilla\",\"duration\":\"1s\",\"topology\":{\"guests\":65}} | expected 1 to 64",
            "{\"format\":\"phoenix-lab/scenario\",\"version\":1,\"strategy\":\"vanilla\",\"duration\":\"1s\",\"faults\":[{\"at\":\"2s\",\"target\":\"net_uk\",\"kind\":\"crash\"}]} | outside the run",
            "{\"format\":\"phoenix-lab/scenario\",\"version\":1,\"strategy\":\"vanilla\",\"duration\":\"1s\",\"faults\":[{\"at\":\"0s\",\"target\":\"nic\",\"kind\":\"crash\"}]} | faults[0]: 'nic' cannot be failed",
            "{\"format\":\"phoenix-lab/scenario\",\"version\":1,\"strategy\":\"vanilla\",\"duration\":\"1s\",\"faults\":[{\"at\":\"0s\",\"target\":\"guest/9\",\"kind\":\"crash\"}]} | unknown component 'guest/9'",
            "{\"format\":\"phoenix-lab/scenario\",\"version\":1,\"strategy\":\"vanilla\",\"duration\":\"1s\",\"seed\":\"x\"} | seed must be an integer",
            "{\"format\":\"phoenix-lab/scenario\",\"version\":1,\"strategy\":\"vanilla\",\"duration\":\"1s\",\"seed\":123456789012345678901234567890} | seed must be an integer that fits"})
    void badFilesAreRefusedWithFileAndProblem(String json, String expected) throws Exception {
        Path f = write(json);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        assertTrue(e.getMessage().startsWith(f.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void durationsAreReadable() {
        assertEquals(2_500_000, Durations.parse("2.5s"));
        assertEquals(300_000, Durations.parse("300ms"));
        assertEquals(150, Durations.parse("150us"));
        assertEquals(120_000_000, Durations.parse("2min"));
        assertEquals("2500ms", Durations.format(2_500_000));
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("1.0000001s"));
    }
}
