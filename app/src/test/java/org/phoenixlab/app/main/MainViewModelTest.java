package org.phoenixlab.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phoenixlab.app.session.Autosave;
import org.phoenixlab.app.session.Session;
import org.phoenixlab.app.session.Speed;
import org.phoenixlab.app.util.FakeDialogs;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedOperation;
import org.phoenixlab.engine.sim.Command;
import org.phoenixlab.lessons.StudentAction;

/** The window's state and commands without a window: no toolkit, no stage. */
class MainViewModelTest {
    @TempDir
    Path home;

    private final FakeDialogs dialogs = new FakeDialogs();

    private MainViewModel model() {
        return new MainViewModel(3, dialogs, new Autosave(home));
    }

    @Test
    void theStatusLineSaysWhatTheLastFaultInterruptsAndWhatItCost() {
        MainViewModel vm = model();
        assertTrue(vm.status().faultProperty().get().startsWith("no fault injected yet"));
        vm.advance(1_000_000);
        vm.inject("net_uk/nic-driver", FaultKind.CRASH);
        vm.advance(6_000_000);
        String line = vm.status().faultProperty().get();
        assertTrue(line.startsWith("crash of net_uk/nic-driver: detected by driver-timeout after "), line);
        assertTrue(line.endsWith(", 0 packets lost"), line);
        vm.inject("disk_uk/disk-driver", FaultKind.CRASH);
        vm.advance(6_000_000);
        assertTrue(vm.status().faultProperty().get().endsWith(" disk requests lost"), vm.status().faultProperty().get());
        vm.inject("xenstore_uk/2", FaultKind.CRASH);
        vm.advance(1_000_000);
        assertFalse(vm.status().faultProperty().get().contains("lost"), "XenStore carries no traffic: nothing to count");
        assertTrue(vm.status().clockProperty().get().startsWith("t = 14.000 s"), vm.status().clockProperty().get());
    }

    @Test
    void selectingAComponentOffersItsFaultsAndTellsTheLesson() {
        MainViewModel vm = model();
        List<StudentAction> told = new ArrayList<>();
        vm.onStudentAction(told::add);
        assertFalse(vm.canInjectProperty().get());
        vm.select("net_uk/netback");
        assertTrue(vm.canInjectProperty().get());
        assertEquals("Inject fault on NetBack", vm.injectTextProperty().get());
        assertEquals(List.of(FaultKind.CRASH, FaultKind.HANG), vm.faultsForSelected());
        vm.select("nic");
        assertFalse(vm.canInjectProperty().get(), "the NIC cannot be failed in the model");
        assertEquals("Inject fault", vm.injectTextProperty().get());
        assertEquals(List.of(new StudentAction.Select("net_uk/netback"), new StudentAction.Select("nic")), told);
    }

    @Test
    void choosingAnotherStrategyStartsAFreshRunAndTellsTheLesson() {
        MainViewModel vm = model();
        List<StudentAction> told = new ArrayList<>();
        vm.onStudentAction(told::add);
        vm.advance(1_000_000);
        Session before = vm.session();
        vm.strategyProperty().set("tfd-xen");
        assertEquals(0, vm.nowUs());
        assertEquals("tfd-xen", vm.simulation().strategy().name());
        assertTrue(before != vm.session());
        assertEquals(List.of(new StudentAction.SwitchStrategy("tfd-xen")), told);
        vm.start(Scenario.paperWorkload("xoar", 1, 5_000_000), List.of());
        assertEquals("xoar", vm.strategyProperty().get(), "a scenario's own strategy shows in the selector");
        assertEquals(1, told.size(), "a scenario opened is not the student switching");
    }

    @Test
    void aFaultThatMakesNoSenseIsExplainedAndChangesNothing() {
        MainViewModel vm = model();
        long refreshes = vm.refreshesProperty().get();
        vm.inject("nic", FaultKind.CRASH);
        assertEquals("warn", dialogs.last().kind());
        assertEquals("This fault cannot be injected", dialogs.last().header());
        assertTrue(dialogs.last().message().contains("'nic'"), dialogs.last().message());
        assertEquals(List.of(), vm.simulation().commands());
        assertEquals(refreshes, vm.refreshesProperty().get());
        vm.operate(ScriptedOperation.Kind.CREATE, "guest/1/netfront");
        assertEquals("This operation cannot be started", dialogs.last().header());
    }

    @Test
    void aRecordingWhoseCommandsDoNotApplyLeavesTheSessionAsItWas() {
        MainViewModel vm = model();
        Session before = vm.session();
        List<Command> bad = List.of(new Command.Inject(org.phoenixlab.engine.sim.Position.afterEventsAt(1_000), "guest/99", FaultKind.CRASH));
        assertThrows(IllegalArgumentException.class, () -> vm.start(Scenario.paperWorkload("phoenix-fine", 1, 5_000_000), bad));
        assertSame(before, vm.session());
    }

    @Test
    void everyRefreshIsCountedEvenWhenNothingMoved() {
        MainViewModel vm = model();
        long n = vm.refreshesProperty().get();
        vm.refresh();
        vm.refresh();
        assertEquals(n + 2, vm.refreshesProperty().get());
        assertEquals(vm.snapshotProperty().get(), vm.session().snapshot());
    }

    @Test
    void playingMovesVirtualTimeByTheWallTimeTimesTheSpeedAndSteppingPauses() {
        MainViewModel vm = model();
        assertEquals(Speed.TENTH, vm.speedProperty().get());
        vm.speedProperty().set(Speed.FAST);
        vm.togglePlaying();
        vm.play(16_000); // one frame of the screen
        assertEquals(160_000, vm.nowUs());
        vm.stepForward();
        assertFalse(vm.playingProperty().get(), "a step pauses");
        long events = vm.session().position();
        vm.stepBack();
        assertEquals(events - 1, vm.session().position());
    }

    @Test
    void everyClickIsAutosavedAndAClosingDiscardsIt() {
        MainViewModel vm = model();
        vm.advance(500_000);
        assertFalse(vm.autosave().leftOver().isPresent(), "nothing done yet: nothing written");
        vm.inject("net_uk/nic-driver", FaultKind.CRASH);
        assertTrue(vm.autosave().leftOver().isPresent());
        vm.closing();
        assertFalse(vm.autosave().leftOver().isPresent());
    }

    @Test
    void explainingAnEventNamesWhatHappened() {
        MainViewModel vm = model();
        vm.advance(1_000_000);
        vm.inject("net_uk/nic-driver", FaultKind.CRASH);
        vm.advance(100_000);
        var detection = vm.trace().events().stream().filter(e -> e.kind().equals("detected")).findFirst().orElseThrow();
        assertTrue(vm.explain(detection).contains("driver-timeout"), vm.explain(detection));
    }
}
