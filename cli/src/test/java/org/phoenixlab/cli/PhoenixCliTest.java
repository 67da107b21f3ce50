package org.phoenixlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phoenixlab.engine.files.Json;

class PhoenixCliTest {
    record Result(int code, String out, String err) {
    }

    static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PhoenixCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    static final String SCENARIO = """
            {"format": "phoenix-lab/scenario", "version": 1, "name": "t", "seed": 3, "strategy": "phoenix-fine",
             "faults": [{"at": "1s", "target": "net_uk/nic-driver", "kind": "crash"}], "duration": "8s"}
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bogus | unknown command 'bogus' (expected run, replay, validate, experiment, bench, pack, components or new)",
            "run | run: missing FILE (see phoenix run --help)",
            "run,SCENARIO,--bogus | run: unknown option '--bogus' (see phoenix run --help)",
            "run,/no/such/file.json | no such file",
            "run,SCENARIO,--strategy,fastest | run: --strategy: unknown strategy 'fastest' (expected one of",
            "run,SCENARIO,--seed,12x | run: --seed: '12x' is not a whole number",
            "run,SCENARIO,--seed,99999999999999999999 | run: --seed: '99999999999999999999' is too large",
            "run,SCENARIO,--trace,/dev/null | /dev/null is a character device, not a regular file: it is not replaced",
            "replay,SCENARIO | this is a scenario, not a recording: run it with \"phoenix run ",
            "experiment | missing experiment (expected paper, compare or sweep)",
            "experiment,other | unknown experiment 'other' (expected paper, compare or sweep)",
            "experiment,paper,--runs,0 | --runs must be between",
            "bench,--events,lots | bench: --events: 'lots' is not a whole number",
            "experiment,sweep,speed,1,2,3 | experiment sweep: PARAMETER: unknown parameter 'speed' (expected heartbeat-period,",
            "experiment,sweep,heartbeat-period,20ms,100ms | experiment sweep: missing STEPS (see phoenix experiment sweep --help)",
            "experiment,sweep,heartbeat-period,fast,100ms,3 | FROM of heartbeat-period must be a duration",
            "experiment,sweep,heartbeat-period,1ms,10ms,3 | heartbeatPeriod is 1ms, not longer than heartbeatDeadline (5ms)",
            "experiment,sweep,guests,1,100,3 | number of guests is 100 guests (allowed 1 to 64 guests)",
            "experiment,sweep,guests,1,4,x | experiment sweep: STEPS: 'x' is not a whole number",
            "experiment,compare,--fault,nic:melt | experiment compare: --fault: unknown fault kind 'melt'",
            "experiment,compare,--fault,nic | experiment compare: --fault: must be TARGET:KIND"})
    void badInputExitsTwoWithOneLineAndNoStackTrace(String argLine, String expected, @TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("s.scenario.json");
        Files.writeString(scenario, SCENARIO);
        String[] args = argLine.replace("SCENARIO", scenario.toString()).split(",");
        Result r = cli(args);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        for (String internal : new String[] {"Exception", "picocli", "jackson", "StreamRead", "is not a long", "is not an int", "overflow"}) {
            assertFalse(r.err().contains(internal), "in our words, no '" + internal + "': " + r.err());
        }
    }

    /** Issue 11, finding 3, through the command line: validate said ok, run said 'bound must be positive'. */
    @Test
    void aParameterThatMakesNoSenseIsBadForValidateAndRun(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("zero.scenario.json");
        Files.writeString(f, SCENARIO.replace("\"duration\": \"8s\"", "\"duration\": \"8s\",\n \"parameters\": {\"heartbeatPeriod\": \"0us\"}"));
        Result v = cli("validate", f.toString());
        assertEquals(1, v.code(), v.out());
        assertEquals("bad  " + f + ": line 3, column 36: parameters.heartbeatPeriod: is 0s (allowed 100us to 1min)", v.out().strip());
        Result r = cli("run", f.toString());
        assertEquals(2, r.code());
        assertEquals("phoenix: " + f + ": line 3, column 36: parameters.heartbeatPeriod: is 0s (allowed 100us to 1min)", r.err().strip());
        Path coarse = dir.resolve("deadline.scenario.json");
        Files.writeString(coarse, SCENARIO.replace("\"duration\": \"8s\"", "\"duration\": \"8s\", \"parameters\": {\"driverTimeout\": \"2ms\", \"tick\": \"3ms\"}")
                .replace("\"phoenix-fine\"", "\"phoenix-coarse\""));
        assertEquals(0, cli("validate", coarse.toString()).code(), "coarse-grained Phoenix has no driver timeout");
        Result under = cli("run", coarse.toString(), "--strategy", "phoenix-fine");
        assertEquals(2, under.code());
        assertTrue(under.err().contains("parameters.driverTimeout: is 2ms, not longer than tick (3ms)")
                && under.err().contains("(with --strategy phoenix-fine)"), under.err());
    }

    /** Issue 11, finding 7: Turkish grouping gave "10.270.000"; the output is the same in every locale. */
    @Test
    void theOutputDoesNotDependOnTheDefaultLocale(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("s.scenario.json");
        Files.writeString(scenario, SCENARIO);
        java.util.Locale before = java.util.Locale.getDefault();
        Result root;
        Result turkish;
        Result german;
        try {
            java.util.Locale.setDefault(java.util.Locale.ROOT);
            root = cli("run", scenario.toString());
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            turkish = cli("run", scenario.toString());
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            german = cli("run", scenario.toString());
        } finally {
            java.util.Locale.setDefault(before);
        }
        assertEquals(0, root.code(), root.err());
        assertTrue(root.out().matches("(?s).*packets: \\d{1,3}(,\\d{3})+ offered.*"), root.out());
        assertEquals(root.out(), turkish.out());
        assertEquals(root.out(), german.out());
    }

    @Test
    void versionNamesTheProgramTheEngineAndTheFormats() {
        Result r = cli("--version");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Phoenix Lab "), r.out());
        assertTrue(r.out().contains("formats: scenario 2, recording 2, autosave journal 2, lesson 1"), r.out());
    }

    @Test
    void experimentIsATreeOfSubcommands() {
        var experiment = PhoenixCli.commandLine().getSubcommands().get("experiment");
        assertEquals(java.util.Set.of("paper", "compare", "sweep"), experiment.getSubcommands().keySet());
    }

    @Test
    void experimentSweepPrintsOneCsvRowPerValueAndStrategy() {
        Result r = cli("experiment", "sweep", "heartbeat-period", "20ms", "100ms", "3", "--runs", "1",
                "--strategy", "phoenix-coarse", "--strategy", "phoenix-fine");
        assertEquals(0, r.code(), r.err());
        var lines = r.out().strip().lines().toList();
        assertEquals(ComparisonReport.SWEEP_HEADER, lines.get(0));
        assertEquals(1 + 3 * 2, lines.size(), r.out());
        assertTrue(lines.get(1).startsWith("heartbeat-period,20000,us,phoenix-coarse,1,1,1,"), lines.get(1));
        assertTrue(lines.get(6).startsWith("heartbeat-period,100000,us,phoenix-fine,1,1,1,"), lines.get(6));
    }

    @Test
    void experimentCompareCsvHasThePapersFiguresBesideOurs() {
        Result r = cli("experiment", "compare", "--runs", "1", "--csv");
        assertEquals(0, r.code(), r.err());
        var lines = r.out().strip().lines().toList();
        assertEquals(6, lines.size());
        assertTrue(lines.get(1).startsWith("phoenix-fine,1,1,1,") && lines.get(1).endsWith(",27.27,4.700,0"), lines.get(1));
    }

    @Test
    void runPrintsMetricsAndWritesTheTrace(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("s.scenario.json");
        Files.writeString(scenario, SCENARIO);
        Path trace = dir.resolve("out.jsonl");
        Result r = cli("run", scenario.toString(), "--json", "--trace", trace.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode o = Json.mapper().readTree(r.out());
        assertEquals("driver-timeout", o.at("/faults/0/detectedBy").asText());
        assertEquals(0, o.at("/faults/0/lostPackets").asLong());
        assertTrue(Files.readAllLines(trace).get(0).contains("\"kind\":\"run\""));
        assertEquals(o.get("traceEvents").asLong(), Files.readAllLines(trace).size());
        Result again = cli("run", scenario.toString(), "--json");
        assertEquals(o.get("traceSha256"), Json.mapper().readTree(again.out()).get("traceSha256"), "same run, same digest");
    }

    @Test
    void experimentPaperJsonHasEveryStrategyWithOursPaperAndRatio() throws Exception {
        Result r = cli("experiment", "paper", "--json", "--runs", "20", "--pvm-runs", "1");
        assertEquals(0, r.code(), r.err());
        JsonNode rows = Json.mapper().readTree(r.out()).get("rows");
        assertEquals(5, rows.size());
        JsonNode coarse = rows.get(1);
        assertEquals("phoenix-coarse", coarse.get("strategy").asText());
        for (String cell : new String[] {"detectionMs", "recoveryS", "lostPackets"}) {
            assertTrue(coarse.get(cell).has("ours") && coarse.get(cell).has("paper") && coarse.get(cell).has("ratio"), cell);
        }
        JsonNode root = Json.mapper().readTree(r.out());
        assertEquals(10, root.at("/vmCreation/rows").size(), "two faults x five strategies");
        assertEquals(30, root.at("/migration/rows").size(), "six cases x five strategies");
        assertEquals(5, root.at("/allPvmCrash/rows").size());
        // The sections of issue 19, with the field names tools read.
        java.util.Map<String, List<String>> sections = java.util.Map.of(
                "allPvmCrash", List.of("strategy", "recoveredRuns", "allHealthyAfterS", "guestNetworkOutageS", "guestStorageOutageS"),
                "vmCreationWithoutFault", List.of("strategy", "creationS", "xenstoreRequests", "slowdownVsVanilla"),
                "heartbeatCpu", List.of("strategy", "implicitHeartbeats", "monitoringCpuUs", "explicitPings", "implicitBeats"),
                "scheduler", List.of("strategy", "unikernelsMarked", "detectionMs", "falseAlarms"),
                "throughput", List.of("strategy", "faultFreePps", "withFaultMeanPps", "meanLatencyUs"));
        sections.forEach((name, fields) -> {
            JsonNode sectionRows = root.at("/" + name + "/rows");
            assertTrue(sectionRows.size() > 0, name);
            sectionRows.forEach(row -> fields.forEach(f -> assertTrue(row.has(f), name + " row lacks " + f + ": " + row)));
        });
        assertTrue(root.at("/allPvmCrash/rows/4/allHealthyAfterS").isNull(), "vanilla Xen never recovers: null");
        JsonNode vanilla = rows.get(4);
        assertFalse(vanilla.get("completed").asBoolean());
        assertTrue(vanilla.get("outcome").asText().contains("does not complete"));
    }

    @Test
    void experimentPaperHumanTableIsReadable() {
        Result r = cli("experiment", "paper", "--runs", "10", "--pvm-runs", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("detection (ms)") && r.out().contains("Phoenix, fine-grained"), r.out());
        assertTrue(r.out().contains("Vanilla Xen") && r.out().contains("does not complete"), r.out());
    }

    @Test
    void benchJsonReportsRatiosBesideTheirBaselines() throws Exception {
        Result r = cli("bench", "--json", "--events", "200000", "--session-minutes", "2", "--no-long-run");
        assertEquals(0, r.code(), r.err());
        JsonNode o = Json.mapper().readTree(r.out());
        assertTrue(o.at("/eventThroughput/ratio").asDouble() > 0);
        assertTrue(o.at("/eventThroughput/barePriorityQueueEventsPerSec").asLong() > 0);
        assertTrue(o.at("/virtualTimePerWallTime/ratio").asLong() > 0);
        for (String figure : new String[] {"seekWorstMs", "stepBackMs", "whatIfMs"}) {
            assertTrue(o.at("/" + figure + "/value").asDouble() > 0, figure + ": " + r.out());
            assertTrue(o.at("/" + figure + "/baseline").asDouble() > 0, figure + " has its baseline");
        }
        assertTrue(o.at("/checkpoints/kept").asInt() > 1, r.out());
        assertTrue(o.at("/peakHeapMb24h/skipped").asBoolean(), "--no-long-run skips the 24-hour run");
    }

    @Test
    void theLongestRunExampleIsTheScenarioBenchRuns() throws Exception {
        org.phoenixlab.engine.scenario.Scenario file = org.phoenixlab.engine.scenario.ScenarioLoader.load(
                Path.of("../examples/longest-run.scenario.json"));
        org.phoenixlab.engine.scenario.Scenario bench = Bench.longestLegalRun();
        assertEquals(bench.faults(), file.faults());
        assertEquals(bench.durationUs(), file.durationUs());
        assertEquals(24L * 3600 * 1_000_000, file.durationUs(), "the longest duration a scenario may have");
        assertEquals(64, file.guests());
        assertEquals(bench.strategy(), file.strategy());
        assertEquals(bench.seed(), file.seed());
        assertEquals(bench.packetsPerSecondPerGuest(), file.packetsPerSecondPerGuest());
        assertEquals(bench.diskRequestsPerSecondPerGuest(), file.diskRequestsPerSecondPerGuest());
    }
}
