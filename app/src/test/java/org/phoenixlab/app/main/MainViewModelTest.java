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
import org.phoenixlab.app.story.StoryViewModel;
import org.phoenixlab.app.util.FakeDialogs;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedOperation;
import org.phoenixlab.engine.sim.Command;
import org.phoenixlab.engine.trace.Moment;
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
    void playingMovesVirtualTimeAsTheClockSaysAndSteppingPauses() {
        MainViewModel vm = model();
        assertEquals(Speed.STORY, vm.speedProperty().get(), "the story speed is the default");
        vm.togglePlaying();
        vm.playFor(160_000, false); // what the clock asks for one frame at 10x
        assertEquals(160_000, vm.nowUs());
        vm.stepEvent();
        assertFalse(vm.playingProperty().get(), "a step pauses");
        long events = vm.session().position();
        vm.stepEventBack();
        assertEquals(events - 1, vm.session().position());
    }

    @Test
    void theHintStopsAskingForPlayOnceTheRunMovesAndAsksAgainBackAtItsStart() {
        MainViewModel vm = model();
        assertEquals(StoryViewModel.HINT, vm.story().captionProperty().get().text());
        vm.advance(1_000_000); // playing with nothing injected: no moment to tell
        assertTrue(vm.story().captionProperty().get().moment().isEmpty());
        assertEquals(StoryViewModel.RUNNING_HINT, vm.story().captionProperty().get().text());
        vm.seek(0);
        assertEquals(StoryViewModel.HINT, vm.story().captionProperty().get().text());
    }

    @Test
    void stepGoesFromMomentToMomentAndTheCaptionNamesEach() {
        MainViewModel vm = model();
        assertEquals(StoryViewModel.HINT, vm.story().captionProperty().get().text());
        vm.advance(1_000_000);
        vm.inject("net_uk/nic-driver", FaultKind.CRASH);
        assertEquals(Moment.FAULT, vm.story().captionProperty().get().moment().orElseThrow());
        assertTrue(vm.story().captionProperty().get().text().startsWith("A crash struck the NIC driver \u2014 nothing knows it yet; "
                + "the driver's poll timeout watches it"), vm.story().captionProperty().get().text());
        List<Moment> seen = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            vm.stepForward();
            seen.add(vm.story().captionProperty().get().moment().orElseThrow());
            times.add(vm.nowUs());
        }
        assertEquals(List.of(Moment.TRAFFIC_INTERRUPTED, Moment.DETECTED, Moment.REPAIR_STARTED, Moment.REPAIR_FINISHED,
                Moment.TRAFFIC_RESTORED), seen);
        assertEquals(times.get(1), times.get(2), "the loop decides at the very microsecond of the detection: a step of its own");
        assertTrue(times.get(3) - times.get(2) >= 4_000_000, "the reload's 4.7 s go by in one step");
        vm.stepBack();
        assertEquals(Moment.REPAIR_FINISHED, vm.story().captionProperty().get().moment().orElseThrow());
        vm.stepBack();
        vm.stepBack();
        assertEquals(Moment.DETECTED, vm.story().captionProperty().get().moment().orElseThrow());
        assertEquals(ComponentState.DETECTED, vm.snapshotProperty().get().component("net_uk/nic-driver").orElseThrow().state(),
                "back at the detection, before the loop's decision");
        assertEquals(6, vm.story().moments().size(), "the moments ahead stay the run's");
    }

    @Test
    void withNoMomentAheadStepSaysSoAndStaysPut() {
        MainViewModel vm = model();
        vm.advance(500_000);
        vm.stepForward();
        assertEquals(500_000, vm.nowUs());
        assertTrue(vm.story().captionProperty().get().text().startsWith("No moment in the next 2 minutes"),
                vm.story().captionProperty().get().text());
    }

    @Test
    void vanillaXenSaysAtOnceThatNothingWillNoticeTheFault() {
        MainViewModel vm = model();
        vm.strategyProperty().set("vanilla");
        vm.inject("net_uk/nic-driver", FaultKind.CRASH);
        vm.advance(2_000_000);
        String line = vm.status().faultProperty().get();
        assertTrue(line.contains("Vanilla Xen has no detector for this: nothing will repair it"), line);
        assertFalse(line.contains("not detected yet"), line);
        assertTrue(vm.story().sentence(vm.trace().events().stream().filter(e -> e.kind().equals("fault")).findFirst().orElseThrow())
                .contains("Vanilla Xen has no detector for this"));
    }

    @Test
    void theTimelineSpansTheScenarioOrTheSessionSoFarInSteps() {
        MainViewModel vm = model();
        assertEquals(10_000_000, vm.runLengthProperty().get(), "an open-ended session starts with ten seconds");
        vm.advance(12_000_000);
        assertEquals(20_000_000, vm.runLengthProperty().get());
        vm.seek(1_000_000);
        assertEquals(20_000_000, vm.runLengthProperty().get(), "the session so far, not the present");
        vm.start(Scenario.paperWorkload("phoenix-fine", 1, 7_000_000), List.of());
        assertEquals(7_000_000, vm.runLengthProperty().get(), "a scenario's own duration");
    }

    @Test
    void thePreviousRunStaysAfterAStrategySwitchUntilCleared() {
        MainViewModel vm = model();
        vm.advance(1_000_000);
        vm.inject("net_uk/nic-driver", FaultKind.CRASH);
        vm.advance(6_000_000);
        vm.strategyProperty().set("phoenix-coarse");
        var previous = vm.previousRunProperty().get();
        assertEquals("Phoenix, fine-grained", previous.strategyTitle());
        assertEquals(1, previous.faults().size());
        assertTrue(previous.throughput().size() >= 70);
        vm.clearPreviousRun();
        assertEquals(null, vm.previousRunProperty().get());
        vm.strategyProperty().set("phoenix-fine");
        assertTrue(vm.previousRunProperty().get() != null);
        vm.newSession();
        assertEquals(null, vm.previousRunProperty().get(), "a new session starts with nothing to compare");
    }

    @Test
    void aNewSessionKeepsTheNumberOfGuestsAndAsksBeforeLosingUnsavedWork() {
        MainViewModel vm = model();
        vm.start(Scenario.paperWorkload("phoenix-fine", 1, MainViewModel.HORIZON_US).withGuests(64), List.of());
        vm.newSession();
        assertEquals(64, vm.topology().guests());
        assertTrue(vm.mayDiscardWork("start a new session"), "nothing done: nothing to lose");
        vm.inject("net_uk/nic-driver", FaultKind.CRASH);
        dialogs.answers.add(false);
        assertFalse(vm.mayDiscardWork("start a new session"));
        assertEquals("Discard this session?", dialogs.last().header());
        vm.saved();
        assertTrue(vm.mayDiscardWork("start a new session"), "saved: nothing to lose");
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
