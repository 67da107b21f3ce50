package org.phoenixlab.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phoenixlab.app.archfixture.MakesItsOwnThreadAndAlert;
import org.phoenixlab.app.archfixture.PaneHoldingASimulation;
import org.phoenixlab.app.archfixture.PlantedViewModel;
import org.phoenixlab.app.archfixture.cycle.a.Ping;
import org.phoenixlab.app.archfixture.cycle.b.Pong;
import org.phoenixlab.app.util.FxDialogService;
import org.phoenixlab.app.util.FxTaskExecutor;
import org.phoenixlab.app.util.StartsItsOwnThread;

/**
 * The app's shape, checked: feature packages without cycles; views above view models above the
 * engine; views read the engine's snapshots and trace, never a simulation; view models hold no
 * control; long work goes to the one executor and messages to the one dialog service. Every rule is
 * shown to fail on a planted violation (the archfixture package, never used by the program).
 */
class AppArchitectureTest {
    private static final String APP = "org.phoenixlab.app..";

    /** View models, their nested types, and the session they hold: state and commands, no controls. */
    static final DescribedPredicate<JavaClass> VIEW_MODELS = resideInAPackage("org.phoenixlab.app.session..")
            .or(nameMatching(".*ViewModel(\\$.*)?")) // this way round: the receiver's type must accept the argument's
            .as("view models");
    /** What every layer may use: the executor, the dialog service, preferences, logging. */
    static final DescribedPredicate<JavaClass> SERVICES = resideInAnyPackage("org.phoenixlab.app.util..", "org.phoenixlab.app.prefs..")
            .as("services");
    /** Everything else of the app: controls, panes, windows and what draws them. */
    static final DescribedPredicate<JavaClass> VIEWS = resideInAPackage(APP).and(not(VIEW_MODELS)).and(not(SERVICES))
            .as("views");
    /** The engine's moving parts, as opposed to the values it hands out (snapshots, trace events, ids). */
    static final DescribedPredicate<JavaClass> ENGINE_INTERNALS = resideInAnyPackage("org.phoenixlab.engine.kernel..",
                    "org.phoenixlab.engine.recording..")
            .or(nameMatching("org\\.phoenixlab\\.engine\\.sim\\.(Simulation|Command)(\\$.*)?"))
            .as("the engine's simulation, commands, kernel and recordings");

    static final ArchRule NO_CYCLES = slices().matching("org.phoenixlab.app.(**)").should().beFreeOfCycles()
            .because("each feature package can then be read, tested and changed on its own");

    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInAnyPackage("org.phoenixlab..")
            .withOptionalLayers(true)
            .layer("Views").definedBy(VIEWS)
            .layer("View models").definedBy(VIEW_MODELS)
            .layer("Services").definedBy(SERVICES)
            .layer("Engine").definedBy("org.phoenixlab.engine..", "org.phoenixlab.lessons..", "org.phoenixlab.assets..")
            .whereLayer("Views").mayNotBeAccessedByAnyLayer()
            .whereLayer("View models").mayOnlyBeAccessedByLayers("Views")
            .whereLayer("Services").mayOnlyBeAccessedByLayers("Views", "View models")
            .because("views bind to view models, view models drive the engine; nothing below knows what is above");

    static final ArchRule VIEWS_READ_VALUES = noClasses().that(VIEWS).should().dependOnClassesThat(ENGINE_INTERNALS)
            .because("views draw snapshots and trace events; only view models hold a simulation");

    static final ArchRule VIEW_MODELS_HOLD_NO_CONTROLS = noClasses().that(VIEW_MODELS).should().dependOnClassesThat()
            .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.animation..", "org.controlsfx..")
            .because("a view model is state and commands, tested without a stage");

    static final ArchRule ONE_EXECUTOR = noClasses().that().resideInAPackage(APP)
            .and().doNotHaveFullyQualifiedName(FxTaskExecutor.class.getName())
            .and().areNotAnnotatedWith(StartsItsOwnThread.class)
            .should().callConstructorWhere(constructorOf(Thread.class))
            .because("long work goes through the TaskExecutor (a same-thread one in tests)");

    static final ArchRule ONE_DIALOG_SERVICE = noClasses().that().resideInAPackage(APP)
            .and().doNotHaveFullyQualifiedName(FxDialogService.class.getName())
            .should().callConstructorWhere(constructorOf(javafx.scene.control.Alert.class))
            .because("every message box is owned by its window and worded the same way: the DialogService");

    private static DescribedPredicate<JavaConstructorCall> constructorOf(Class<?> type) {
        return DescribedPredicate.describe("a constructor of " + type.getSimpleName(),
                call -> call.getTargetOwner().isAssignableTo(type));
    }

    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.phoenixlab.app", "org.phoenixlab.engine", "org.phoenixlab.lessons", "org.phoenixlab.assets");
    }

    @Test
    void noFeaturePackageIsInACycle() {
        NO_CYCLES.check(app);
    }

    @Test
    void viewsUseViewModelsWhichUseTheEngine() {
        LAYERS.check(app);
    }

    @Test
    void viewsReadSnapshotsAndTraceEventsOnly() {
        VIEWS_READ_VALUES.check(app);
    }

    @Test
    void viewModelsHoldNoControls() {
        VIEW_MODELS_HOLD_NO_CONTROLS.check(app);
    }

    @Test
    void longWorkGoesToTheExecutorAndMessagesToTheDialogService() {
        ONE_EXECUTOR.check(app);
        ONE_DIALOG_SERVICE.check(app);
    }

    @Test
    void theRulesCatchPlantedViolations() {
        JavaClasses planted = new ClassFileImporter().importClasses(Ping.class, Pong.class, PaneHoldingASimulation.class,
                PlantedViewModel.class, MakesItsOwnThreadAndAlert.class);
        Map<String, ArchRule> rules = Map.of("cycle", NO_CYCLES, "layers", LAYERS, "views", VIEWS_READ_VALUES,
                "controls", VIEW_MODELS_HOLD_NO_CONTROLS, "threads", ONE_EXECUTOR, "alerts", ONE_DIALOG_SERVICE);
        rules.forEach((name, rule) -> assertTrue(rule.evaluate(planted).hasViolation(),
                name + ": the rule must fail on the fixture: " + rule.getDescription()));
    }
}
