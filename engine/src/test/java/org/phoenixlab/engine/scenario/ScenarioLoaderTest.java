package org.phoenixlab.engine.scenario;

import org.phoenixlab.engine.files.Durations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.files.BadFileException;

class ScenarioLoaderTest {
    @TempDir
    Path dir;

    private Path write(String json) throws Exception {
        Path f = dir.resolve("t.scenario.json");
        Files.writeString(f, json);
        return f;
    }

    private static final String HEAD = "{\"format\":\"phoenix-lab/scenario\",\"version\":2,\"strategy\":\"phoenix-fine\",\"duration\":\"1s\"";

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
            "{ | line 1, column 2: not valid JSON",
            "[] | line 1, column 1: expected an object, found a list",
            "HEAD,\"colour\":1} | line 1, column 97: colour: unknown field",
            "{\"format\":\"other\",\"version\":1} | format: is \"other\"",
            "{\"format\":\"phoenix-lab/scenario\",\"version\":9,\"strategy\":\"phoenix-fine\",\"duration\":\"1s\"} | newer than this program reads",
            "{\"format\":\"phoenix-lab/scenario\",\"version\":2,\"strategy\":\"best\",\"duration\":\"1s\"} | strategy: unknown strategy \"best\"",
            "{\"format\":\"phoenix-lab/scenario\",\"version\":2,\"strategy\":\"vanilla\",\"duration\":\"soon\"} | duration: 'soon' is not a duration",
            "HEAD,\"topology\":{\"guests\":65}} | topology.guests: is 65 guests (expected 1 to 64 guests)",
            "HEAD,\"faults\":[{\"at\":\"2s\",\"target\":\"net_uk\",\"kind\":\"crash\"}]} | faults[0].at: is 2s, outside the run",
            "HEAD,\"faults\":[{\"at\":\"0s\",\"target\":\"nic\",\"kind\":\"crash\"}]} | faults[0]: 'nic' cannot be failed",
            "HEAD,\"faults\":[{\"at\":\"0s\",\"target\":\"guest/9\",\"kind\":\"crash\"}]} | unknown component 'guest/9'",
            "HEAD,\"faults\":[{\"at\":\"0s\",\"target\":\"nic\",\"kind\":\"explode\"}]} | unknown fault kind \"explode\"",
            "HEAD,\"seed\":\"x\"} | seed: expected a whole number, found a string",
            "HEAD,\"seed\":123456789012345678901234567890} | seed: is 123456789012345678901234567890",
            "HEAD,\"parameters\":{\"heartbeatPeriod\":\"fast\"}} | parameters.heartbeatPeriod: 'fast' is not a duration",
            "HEAD,\"parameters\":{\"warp\":1}} | parameters.warp: unknown parameter",
            "HEAD,\"parameters\":{\"physicalCpus\":0}} | parameters.physicalCpus: is 0 CPUs (allowed 1 to 256 CPUs)",
            "HEAD,\"parameters\":{\"heartbeatPeriod\":\"0s\"}} | parameters.heartbeatPeriod: is 0s (allowed 100us to 1min)",
            "HEAD,\"operations\":[{\"at\":\"0s\",\"kind\":\"migrate\",\"vm\":\"nova\"}]} | operations[0].vm: \"nova\" is not a guest",
            "HEAD,\"a\":1,\"a\":2} | the field \"a\" appears twice in the same object"})
    void badFilesAreRefusedWithFilePositionAndProblem(String json, String expected) throws Exception {
        Path f = write(json.replace("HEAD", HEAD));
        BadFileException e = assertThrows(BadFileException.class, () -> ScenarioLoader.load(f));
        assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    /**
     * Issue 11, finding 3: values that make no sense were accepted (a period of zero, a ring of a
     * trillion slots, a write share of 1000 %). Each is refused at its place, naming the field and the
     * allowed range with its unit; so are pairs that do not fit together.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"heartbeatPeriod\":\"0us\" | parameters.heartbeatPeriod: is 0s (allowed 100us to 1min)",
            "\"tick\":\"0us\" | parameters.tick: is 0s (allowed 10us to 100ms)",
            "\"ringCheckPeriod\":\"0us\" | parameters.ringCheckPeriod: is 0s (allowed 100us to 1min)",
            "\"xsHeartbeatPeriod\":\"0us\" | parameters.xsHeartbeatPeriod: is 0s (allowed 100us to 1min)",
            "\"xenstoreOpsPerSecond\":1000000000000 | parameters.xenstoreOpsPerSecond: is 1,000,000,000,000 requests/s (allowed 0 to 100,000 requests/s)",
            "\"ringSlots\":1000000000000 | parameters.ringSlots: is 1,000,000,000,000 slots (allowed 1 to 65,536 slots)",
            "\"ringSlots\":0 | parameters.ringSlots: is 0 slots (allowed 1 to 65,536 slots)",
            "\"xenstoreWritePercent\":1000 | parameters.xenstoreWritePercent: is 1,000 % (allowed 0 to 100 %)",
            "\"shadowBufferPackets\":1000000000000 | parameters.shadowBufferPackets: is 1,000,000,000,000 packets (allowed 0 to 1,000,000,000 packets)",
            "\"ringSlots\":-5 | parameters.ringSlots: is -5 slots",
            "\"heartbeatDeadline\":\"80ms\" | parameters.heartbeatDeadline: is 80ms, not shorter than heartbeatPeriod (62ms): a ping must be answered",
            "\"heartbeatPeriod\":\"4ms\" | parameters.heartbeatPeriod: is 4ms, not longer than heartbeatDeadline (5ms)",
            "\"driverTimeout\":\"500us\" | parameters.driverTimeout: is 500us, not longer than tick (1ms): a healthy driver ends its poll within one tick",
            "\"tick\":\"30ms\" | parameters.tick: is 30ms, not shorter than driverTimeout (27ms)",
            "\"migrationAckTimeout\":\"5ms\" | parameters.migrationAckTimeout: is 5ms, not longer than migrationAck (10ms)"})
    void parametersOutOfRangeOrOutOfStepAreRefusedWithTheirPlaceAndTheAllowedRange(String parameter, String expected) throws Exception {
        Path f = write("{\"format\":\"phoenix-lab/scenario\",\"version\":2,\"strategy\":\"phoenix-fine\",\"duration\":\"1s\",\n"
                + "  \"parameters\": {" + parameter + "}}");
        BadFileException e = assertThrows(BadFileException.class, () -> ScenarioLoader.load(f));
        assertEquals(2, e.line(), e.getMessage());
        assertEquals(18 + parameter.indexOf(':') + 1, e.column(), "the column of the value: " + e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aRelationThatOnlyTheChosenStrategyBreaksNamesTheStrategy() throws Exception {
        // Xoar restarts its service VMs every period: a reboot longer than the period would run into the next one.
        Path f = write("{\"format\":\"phoenix-lab/scenario\",\"version\":2,\"strategy\":\"xoar\",\"duration\":\"1s\","
                + "\"parameters\":{\"restartPeriod\":\"5s\"}}");
        BadFileException e = assertThrows(BadFileException.class, () -> ScenarioLoader.load(f));
        assertTrue(e.getMessage().contains("parameters.restartPeriod: is 5s, not longer than serviceVmReboot (6900ms)"), e.getMessage());
        Path fine = write("{\"format\":\"phoenix-lab/scenario\",\"version\":2,\"strategy\":\"phoenix-fine\",\"duration\":\"1s\","
                + "\"parameters\":{\"restartPeriod\":\"5s\"}}");
        assertEquals(5_000_000L, ScenarioLoader.load(fine).parameterOverrides().get("restartPeriodUs"), "phoenix-fine has no timed restarts");
    }

    @Test
    void errorsPointAtTheLineAndColumnOfTheOffendingValue() throws Exception {
        Path f = write("{\n  \"format\": \"phoenix-lab/scenario\",\n  \"version\": 2,\n  \"strategy\": \"vanilla\",\n"
                + "  \"faults\": [\n    { \"at\": \"1s\", \"target\": \"guest/77\", \"kind\": \"crash\" }\n  ],\n"
                + "  \"duration\": \"5s\"\n}\n");
        BadFileException e = assertThrows(BadFileException.class, () -> ScenarioLoader.load(f));
        assertEquals(6, e.line());
        assertEquals(29, e.column(), "the column where \"guest/77\" starts");
        assertTrue(e.problem().contains("unknown component 'guest/77'"), e.problem());
    }

    @Test
    void aBareNumberIsNotADurationAndTheMessageSaysWhatToWrite() throws Exception {
        // Before: 62 silently meant 62 microseconds (767,449 pings in a minute).
        Path f = write("{\"format\":\"phoenix-lab/scenario\",\"version\":2,\"strategy\":\"phoenix-fine\",\"duration\":\"1s\",\n"
                + "\"parameters\":{\"heartbeatPeriod\": 62}}");
        BadFileException e = assertThrows(BadFileException.class, () -> ScenarioLoader.load(f));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("parameters.heartbeatPeriod: write \"62ms\" (a bare number is not a duration"), e.getMessage());
        Path at = write(HEAD.replace("\"1s\"", "\"5s\"") + ",\"faults\":[{\"at\": 2000000, \"target\":\"net_uk\",\"kind\":\"crash\"}]}");
        BadFileException e2 = assertThrows(BadFileException.class, () -> ScenarioLoader.load(at));
        assertTrue(e2.getMessage().contains("faults[0].at: write \"2000000ms\" (a bare number is not a duration"), e2.getMessage());
        Path whole = write("{\"format\":\"phoenix-lab/scenario\",\"version\":2,\"strategy\":\"vanilla\",\"duration\": 10}");
        assertTrue(assertThrows(BadFileException.class, () -> ScenarioLoader.load(whole)).getMessage()
                .contains("duration: write \"10ms\""));
    }

    @Test
    void aVersionOneFileIsMigrated() throws Exception {
        Path f = write("{\"format\":\"phoenix-lab/scenario\",\"version\":1,\"strategy\":\"phoenix-coarse\",\"duration\":\"3s\","
                + "\"parameters\":{\"heartbeatPeriodUs\":124000,\"ringSlots\":128}}");
        Scenario s = ScenarioLoader.load(f);
        assertEquals(Map.of("heartbeatPeriodUs", 124_000L, "ringSlots", 128L), s.parameterOverrides());
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws Exception {
        Scenario s = Scenario.paperWorkload("phoenix-fine", 9, 12_500_000)
                .withFaults(List.of(new ScriptedFault(2_000_000, "xenstore", FaultKind.CRASH_ALL)))
                .withOperations(List.of(new ScriptedOperation(1_000_000, ScriptedOperation.Kind.MIGRATE, "guest/2")))
                .withOverride("heartbeatPeriodUs", 80_000).withOverride("ringSlots", 512);
        Path f = write(ScenarioWriter.toJson(s));
        assertEquals(s, ScenarioLoader.load(f));
        assertTrue(Files.readString(f).contains("\"heartbeatPeriod\" : \"80ms\""), Files.readString(f));
    }

    @Test
    void theScenarioExamplesOfTheDocumentationAreValid() throws Exception {
        for (String doc : List.of("../README.md", "../docs/FORMATS.md")) {
            var m = java.util.regex.Pattern.compile("```json\\n(\\{.*?\\})\\n```", java.util.regex.Pattern.DOTALL)
                    .matcher(Files.readString(Path.of(doc)));
            assertTrue(m.find(), doc);
            Scenario s = ScenarioLoader.load(write(m.group(1)));
            assertTrue(!s.name().isEmpty(), doc);
        }
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
