package org.phoenixlab.lessons;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phoenixlab.lessons.archfixture.cycle.a.Ping;
import org.phoenixlab.lessons.archfixture.cycle.b.Pong;

/** The lesson model stays below the window: no package cycle, no toolkit, nothing of the app or the CLI. */
class LessonsArchitectureTest {
    static final ArchRule NO_CYCLES = slices().matching("org.phoenixlab.(**)").should().beFreeOfCycles()
            .because("a package cycle would tie the lesson model into one knot");

    static final ArchRule NO_UI = noClasses().that().resideInAPackage("org.phoenixlab.lessons..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                    "org.phoenixlab.app..", "org.phoenixlab.cli..")
            .because("lessons are checked headless (LessonPlaythrough, validate); the window reads them");

    private static JavaClasses lessons;

    @BeforeAll
    static void importLessons() {
        lessons = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.phoenixlab.lessons");
    }

    @Test
    void noPackageIsInACycle() {
        NO_CYCLES.check(lessons); // one package today: the rule holds, and keeps holding as packages come
    }

    @Test
    void lessonsDependOnNoUserInterface() {
        NO_UI.check(lessons);
    }

    @Test
    void theCycleRuleCatchesAPlantedCycle() {
        assertTrue(NO_CYCLES.evaluate(new ClassFileImporter().importClasses(Ping.class, Pong.class)).hasViolation());
    }
}
