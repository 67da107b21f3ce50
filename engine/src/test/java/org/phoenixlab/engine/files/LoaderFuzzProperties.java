package org.phoenixlab.engine.files;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.phoenixlab.engine.recording.Recording;
import org.phoenixlab.engine.recording.RecordingFormat;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScenarioLoader;
import org.phoenixlab.engine.scenario.ScenarioWriter;
import org.phoenixlab.engine.sim.Simulation;

/**
 * Generated inputs through every loader: mutations of valid files (bytes replaced, cut, inserted,
 * fields swapped for others) and random JSON-ish text. A loader may accept an input or refuse it
 * with {@link BadFileException}; any other exception fails the property.
 */
class LoaderFuzzProperties {
    private static final String SCENARIO = ScenarioWriter.toJson(org.phoenixlab.engine.experiment.NicFaultExperiment
            .scenario("phoenix-fine", 3).withDuration(5_000_000));
    private static final String RECORDING;

    static {
        Simulation sim = new Simulation(Scenario.paperWorkload("phoenix-fine", 2, 3_000_000));
        sim.runUntil(1_000_000);
        sim.inject("net_uk/netback", org.phoenixlab.engine.fault.FaultKind.CRASH);
        sim.runUntil(2_000_000);
        RECORDING = RecordingFormat.toJson(Recording.of(sim));
    }

    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "1e309",
        "\"format\"", "\"version\"", "\"phoenix-lab/scenario\"", "\"phoenix-lab/recording\"", "\"faults\"", "\"at\"",
        "\"2s\"", "\"net_uk\"", "\"crash\"", "\"duration\"", "\"strategy\"", "\"phoenix-fine\"", "99999999999999999999",
        "\"parameters\"", "\"heartbeatPeriod\"", "\"commands\"", "\"trace\"", "\"segments\"", " ", "\n", "\\u0000"};

    @Provide
    Arbitrary<byte[]> inputs() {
        Arbitrary<byte[]> mutatedScenario = mutations(SCENARIO);
        Arbitrary<byte[]> mutatedRecording = mutations(RECORDING);
        Arbitrary<byte[]> tokens = Arbitraries.of(TOKENS).list().ofMaxSize(60)
                .map(l -> String.join("", l).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        return Arbitraries.oneOf(mutatedScenario, mutatedRecording, tokens, raw);
    }

    private static Arbitrary<byte[]> mutations(String valid) {
        byte[] base = valid.getBytes(StandardCharsets.UTF_8);
        Arbitrary<Integer> at = Arbitraries.integers().between(0, base.length - 1);
        Arbitrary<Integer> len = Arbitraries.integers().between(0, 40);
        Arbitrary<String> insert = Arbitraries.of(TOKENS);
        return Combinators.combine(at, len, insert, Arbitraries.integers().between(0, 3)).as((a, l, ins, mode) -> {
            String s = valid;
            int end = Math.min(s.length(), a + l);
            return (switch (mode) {
                case 0 -> s.substring(0, a) + ins + s.substring(end);
                case 1 -> s.substring(0, a);
                case 2 -> s.substring(0, a) + ins + s.substring(a);
                default -> s.substring(0, a) + s.substring(end);
            }).getBytes(StandardCharsets.UTF_8);
        });
    }

    @Property(tries = 10_000)
    void theScenarioLoaderAcceptsOrRefusesCleanly(@ForAll("inputs") byte[] input) {
        try {
            ScenarioLoader.parse(new Reader("fuzz"), LocatedJson.read("fuzz", input));
        } catch (BadFileException expected) {
            // a clean refusal
        }
    }

    @Property(tries = 10_000)
    void theRecordingLoaderAcceptsOrRefusesCleanly(@ForAll("inputs") byte[] input) {
        try {
            RecordingFormat.parse(new Reader("fuzz"), LocatedJson.read("fuzz", input));
        } catch (BadFileException expected) {
            // a clean refusal
        }
    }

    @Property(tries = 10_000)
    void theJournalReaderAcceptsOrRefusesCleanly(@ForAll("inputs") byte[] input) throws Exception {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("fuzz", ".journal.jsonl");
        try {
            java.nio.file.Files.write(f, input);
            org.phoenixlab.engine.recording.RecordingJournal.recover(f);
        } catch (BadFileException expected) {
            // a clean refusal
        } finally {
            java.nio.file.Files.deleteIfExists(f);
        }
    }
}
