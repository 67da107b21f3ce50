package org.phoenixlab.engine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.archfixture.FormatsInTheDefaultLocale;
import org.phoenixlab.engine.archfixture.ReadsTheWallClock;
import org.phoenixlab.engine.archfixture.UsesAHashMap;
import org.phoenixlab.engine.archfixture.UsesUnseededRandom;
import org.phoenixlab.engine.archfixture.cycle.a.Ping;
import org.phoenixlab.engine.archfixture.cycle.b.Pong;
import org.phoenixlab.engine.kernel.SimRandom;

/**
 * The engine is a library with a wall around it: no UI toolkit, no wall clock, no randomness
 * except the one seeded generator, no hash-ordered collections in what reaches the trace.
 */
class EngineArchitectureTest {
    private static final String ENGINE = "org.phoenixlab.engine..";

    static final ArchRule NO_UI = noClasses().that().resideInAPackage(ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                    "org.controlsfx..", "org.phoenixlab.app..", "org.phoenixlab.lessons..")
            .because("the engine runs headless and under test; the app reads its snapshots and trace");

    static final ArchRule NO_WALL_CLOCK = noClasses().that().resideInAPackage(ENGINE)
            .should().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.LocalTime.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(Thread.class, "sleep", long.class)
            .because("all simulated time comes from the kernel's virtual clock");

    static final ArchRule NO_UNSEEDED_RANDOM = noClasses().that().resideInAPackage(ENGINE)
            .and().doNotHaveFullyQualifiedName(SimRandom.class.getName())
            .should().callMethod(Math.class, "random")
            .orShould().callConstructor(java.util.Random.class)
            .orShould().callConstructor(java.util.Random.class, long.class)
            .orShould().callConstructor(SplittableRandom.class)
            .orShould().callConstructor(SplittableRandom.class, long.class)
            .orShould().callMethod(ThreadLocalRandom.class, "current")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
            .because("all randomness comes from the simulation's one seeded generator (SimRandom)");

    static final ArchRule NO_HASH_ORDER = noClasses().that().resideInAPackage(ENGINE)
            .should().dependOnClassesThat().haveFullyQualifiedName("java.util.HashMap")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.HashSet")
            .because("iteration order must not depend on hash codes in anything that reaches the trace;"
                    + " use LinkedHashMap, TreeMap or EnumMap");

    static final ArchRule NO_CYCLES = slices().matching("org.phoenixlab.engine.(**)").should().beFreeOfCycles()
            .because("each package (kernel, model, sim, trace, files...) can then be understood and tested on its own");

    static final ArchRule NO_DEFAULT_LOCALE = noClasses().that().resideInAPackage(ENGINE)
            .should().callMethod(String.class, "format", String.class, Object[].class)
            .orShould().callMethod(String.class, "formatted", Object[].class)
            .orShould().callMethod(String.class, "toLowerCase")
            .orShould().callMethod(String.class, "toUpperCase")
            .orShould().callMethod(java.io.PrintWriter.class, "printf", String.class, Object[].class)
            .orShould().callMethod(java.io.PrintStream.class, "printf", String.class, Object[].class)
            .because("the trace and the files must be the same in every locale: pass Locale.ROOT");

    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.phoenixlab.engine");
    }

    @Test
    void engineDependsOnNoUserInterface() {
        NO_UI.check(engine);
    }

    @Test
    void engineReadsNoWallClock() {
        NO_WALL_CLOCK.check(engine);
    }

    @Test
    void engineDrawsNoUnseededRandomness() {
        NO_UNSEEDED_RANDOM.check(engine);
    }

    @Test
    void engineUsesNoHashOrderedCollections() {
        NO_HASH_ORDER.check(engine);
    }

    @Test
    void noPackageIsInACycle() {
        NO_CYCLES.check(engine);
    }

    @Test
    void theCycleRuleCatchesAPlantedCycle() {
        assertTrue(NO_CYCLES.evaluate(new ClassFileImporter().importClasses(Ping.class, Pong.class)).hasViolation());
    }

    @Test
    void engineFormatsNothingInTheDefaultLocale() {
        NO_DEFAULT_LOCALE.check(engine);
    }

    @Test
    void theRulesCatchPlantedViolations() {
        JavaClasses bad = new ClassFileImporter().importClasses(
                ReadsTheWallClock.class, UsesUnseededRandom.class, UsesAHashMap.class, FormatsInTheDefaultLocale.class);
        for (ArchRule rule : List.of(NO_WALL_CLOCK, NO_UNSEEDED_RANDOM, NO_HASH_ORDER, NO_DEFAULT_LOCALE)) {
            EvaluationResult result = rule.evaluate(bad);
            assertTrue(result.hasViolation(), "rule must fail on the fixture: " + rule.getDescription());
        }
    }
}
