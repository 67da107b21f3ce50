package org.phoenixlab.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedFault;

/** Same scenario and seed, same bytes: in one JVM, and in a fresh one. */
class DeterminismTest {
    static Scenario scenario(long seed) {
        return Scenario.paperWorkload("phoenix-fine", seed, 12_000_000).withFaults(List.of(
                new ScriptedFault(1_000_000, "net_uk/nic-driver", FaultKind.CRASH),
                new ScriptedFault(7_000_000, "net_uk/netback", FaultKind.HANG),
                new ScriptedFault(9_500_000, "net_uk", FaultKind.CRASH)));
    }

    static String traceOf(Scenario s) throws Exception {
        Simulation sim = new Simulation(s);
        sim.run();
        StringWriter w = new StringWriter();
        sim.trace().writeJsonLines(w);
        return w.toString();
    }

    @Test
    void twiceInOneJvmGivesByteIdenticalTraces() throws Exception {
        String a = traceOf(scenario(42));
        String b = traceOf(scenario(42));
        assertEquals(a, b);
    }

    @Test
    void anotherSeedGivesAnotherTrace() throws Exception {
        assertNotEquals(traceOf(scenario(42)), traceOf(scenario(43)));
    }

    /**
     * Issue 11, finding 7, in the engine: the trace's words (durations in evidence, escapes) were
     * formatted in the default locale, whose digits need not be 0-9 (Thai digits, for one).
     */
    @Test
    void theTraceIsTheSameInEveryDefaultLocale() throws Exception {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.ROOT);
            String root = traceOf(scenario(42));
            for (String tag : new String[] {"tr-TR", "th-TH-u-nu-thai", "ar-EG", "de-DE"}) {
                java.util.Locale.setDefault(java.util.Locale.forLanguageTag(tag));
                assertEquals(root, traceOf(scenario(42)), tag);
            }
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void aFreshJvmGivesTheSameDigest() throws Exception {
        Simulation here = new Simulation(scenario(42));
        here.run();
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DigestMain.class.getName(), "42")
                // Only the digest is read from standard output; what the JVM says on its own (a "Picked up
                // JAVA_TOOL_OPTIONS" line, a warning) goes to the test's error stream.
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            out = r.readLine();
        }
        assertEquals(0, p.waitFor());
        assertEquals(here.trace().digest(), out);
    }

    /** Entry point of the fresh JVM. */
    public static final class DigestMain {
        public static void main(String[] args) {
            Simulation sim = new Simulation(scenario(Long.parseLong(args[0])));
            sim.run();
            System.out.println(sim.trace().digest());
        }
    }
}
