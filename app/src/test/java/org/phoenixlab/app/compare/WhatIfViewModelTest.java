package org.phoenixlab.app.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phoenixlab.app.util.CurrentThreadTaskExecutor;
import org.phoenixlab.engine.experiment.Comparison;
import org.phoenixlab.engine.experiment.Sweep;
import org.phoenixlab.engine.strategy.Mechanism;

/** What-if's inputs, figures and sweeps on the test's own thread. */
class WhatIfViewModelTest {
    private final WhatIfViewModel vm = new WhatIfViewModel(new CurrentThreadTaskExecutor());

    private WhatIfViewModel.FigureRow row(String strategy) {
        return vm.figuresProperty().get().stream().filter(r -> r.strategy().equals(strategy)).findFirst().orElseThrow();
    }

    /** The figures the engine gives for the setup, on the what-if's seeds. */
    private static Comparison.Row engine(Comparison.Setup setup, String strategy) {
        return Comparison.run(setup, () -> false, f -> { }).rows().stream().filter(r -> r.strategy().equals(strategy)).findFirst().orElseThrow();
    }

    @Test
    void aMovedValueAsksAtOnceAndOnlyTheMovedInputsChangeTheSetup() {
        vm.rerun(); // the defaults, as when the pane first shows
        assertTrue(vm.setup(1).overrides().isEmpty());
        vm.valueProperty(Sweep.Knob.HEARTBEAT_PERIOD).set(200);
        assertEquals(200_000L, vm.setup(1).overrides().get("heartbeatPeriodUs"), "no letting go needed: the value counts at once");
        assertEquals(1, vm.setup(1).overrides().size());
        assertTrue(vm.hasBaseline());
        assertEquals(5, vm.figuresProperty().get().size());
        assertTrue(vm.figuresCurrent(), "every row belongs to the newest value");
        assertEquals(vm.setup(WhatIfViewModel.SEEDS), vm.figuresSetupProperty().get());
        assertEquals(WhatIfViewModel.moved(engine(Comparison.Setup.nicDriverCrash(3), "phoenix-coarse").detectionMs(),
                engine(vm.setup(3), "phoenix-coarse").detectionMs(), 1), row("phoenix-coarse").detection(),
                "a longer heartbeat period moves coarse-grained Phoenix's detection, as the engine says");
        assertTrue(row("phoenix-coarse").detection().contains("\u2192"));
        vm.resetDefaults();
        assertTrue(vm.setup(1).overrides().isEmpty());
        assertEquals(WhatIfViewModel.defaultValue(Sweep.Knob.HEARTBEAT_PERIOD), vm.valueProperty(Sweep.Knob.HEARTBEAT_PERIOD).get());
    }

    @Test
    void eachStrategysFiguresAreShownAsSoonAsItsRunsAreIn() {
        vm.rerun();
        List<Long> currentRows = new ArrayList<>();
        vm.figuresProperty().addListener((o, was, now) -> currentRows.add(now.stream().filter(WhatIfViewModel.FigureRow::current).count()));
        vm.valueProperty(Sweep.Knob.DRIVER_TIMEOUT).set(61);
        assertEquals(0L, currentRows.get(0), "first every row is marked as waiting for the new value");
        assertTrue(currentRows.stream().anyMatch(n -> n > 0 && n < 5), "then rows come one by one: " + currentRows);
        assertEquals(5L, currentRows.get(currentRows.size() - 1));
    }

    @Test
    void theSwitchesAndThePhysicalCpusChangeTheFiguresAsTheEngineSays() {
        vm.rerun();
        vm.valueProperty(Sweep.Knob.PHYSICAL_CPUS).set(1);
        vm.switchProperty(Mechanism.SCHEDULER_MARKING).set(false);
        Comparison.Setup busy = Comparison.Setup.nicDriverCrash(3).withOverride("physicalCpus", 1)
                .withMechanism(Mechanism.SCHEDULER_MARKING, false);
        assertEquals(busy, vm.setup(3));
        Comparison.Row fine = engine(busy, "phoenix-fine");
        assertEquals(WhatIfViewModel.moved(engine(Comparison.Setup.nicDriverCrash(3), "phoenix-fine").detectionMs(), fine.detectionMs(), 1),
                row("phoenix-fine").detection());
        assertTrue(fine.detectionMs() > 100, "one CPU and no marking: fine-grained Phoenix's answers miss the deadline: " + fine);

        vm.resetDefaults();
        vm.switchProperty(Mechanism.IMPLICIT_HEARTBEAT).set(false);
        Comparison.Setup explicit = Comparison.Setup.nicDriverCrash(3).withMechanism(Mechanism.IMPLICIT_HEARTBEAT, false);
        double before = engine(Comparison.Setup.nicDriverCrash(3), "phoenix-coarse").monitoringCpuUsPerS();
        double after = engine(explicit, "phoenix-coarse").monitoringCpuUsPerS();
        assertTrue(after > before, "explicit pings only cost more CPU: " + before + " then " + after);
        assertEquals(WhatIfViewModel.moved(before, after, 0), row("phoenix-coarse").monitoring());
        assertEquals(row("xoar").monitoring(), WhatIfViewModel.moved(0.0, 0.0, 0), "a design without the mechanism is left as it is");
    }

    @Test
    void aValueTheValidatorRefusesIsNotUsedAndSaysWhy() {
        vm.rerun();
        Comparison.Setup before = vm.setup(3);
        assertTrue(vm.type(Sweep.Knob.HEARTBEAT_PERIOD, "0 ms").isPresent());
        assertTrue(vm.refusalProperty().get().startsWith("heartbeat period"), vm.refusalProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Not used: "), vm.statusProperty().get());
        assertEquals(before, vm.setup(3), "the refused value changes nothing");
        assertTrue(vm.type(Sweep.Knob.GUESTS, "many").orElseThrow().contains("not 'many'"));
        assertTrue(vm.type(Sweep.Knob.GUESTS, "4 guests").isEmpty());
        assertEquals(4, vm.setup(3).guests());
        assertEquals("", vm.refusalProperty().get(), "a value used clears the refusal");
    }

    @Test
    void theNoteOnSeedsSaysWhenTheCompareTabUsesOthers() {
        assertTrue(vm.seedsNoteProperty().get().contains("3 seeds per strategy (the Compare tab uses 10)"), vm.seedsNoteProperty().get());
        vm.compareSeedsProperty().set(3);
        assertTrue(vm.seedsNoteProperty().get().endsWith("as in the Compare tab."), vm.seedsNoteProperty().get());
    }

    @Test
    void aSweepGivesOneValueFromTheFirstToTheLastAndItsRows() {
        vm.knobProperty().set(Sweep.Knob.DRIVER_TIMEOUT);
        assertEquals(WhatIfViewModel.range(Sweep.Knob.DRIVER_TIMEOUT)[0], vm.fromProperty().get());
        vm.fromProperty().set(10.0);
        vm.toProperty().set(90.0);
        vm.stepsProperty().set(3);
        vm.runSweep();
        assertFalse(vm.running());
        assertEquals(3, vm.sweepProperty().get().size());
        assertEquals(Sweep.Knob.DRIVER_TIMEOUT, vm.swept());
        assertEquals(10_000, vm.sweepProperty().get().get(0).value(), "durations go to the engine in microseconds");
        assertEquals(1 + 3 * 4, vm.sweepRows().size(), "a header, then four strategies at three values");
        assertEquals("2", vm.sweepRows().get(1).get(3), "the seeds of each value");
        assertTrue(vm.statusProperty().get().startsWith("Sweep of the "), vm.statusProperty().get());
    }

    @Test
    void valuesAreWrittenInTheirUnits() {
        assertEquals("120 ms", WhatIfViewModel.shown(Sweep.Knob.HEARTBEAT_PERIOD, 120));
        assertEquals("81,274 packets/s", WhatIfViewModel.shown(Sweep.Knob.PACKET_RATE, 81_274));
        assertEquals("3 guests", WhatIfViewModel.shown(Sweep.Knob.GUESTS, 3));
        assertEquals("1 CPU", WhatIfViewModel.shown(Sweep.Knob.PHYSICAL_CPUS, 1));
        assertEquals("27.3 \u2192 31.0", WhatIfViewModel.moved(27.3, 31.0, 1));
        assertEquals("4.70", WhatIfViewModel.moved(4.7, 4.7, 2));
    }

    /** Issue 11: the sliders ask the engine's validator before anything runs, and say what is wrong. */
    @Test
    void inputsThatBreakARelationAreRefusedBeforeAnyRun() {
        double before = vm.valueProperty(Sweep.Knob.HEARTBEAT_PERIOD).get();
        vm.valueProperty(Sweep.Knob.HEARTBEAT_PERIOD).set(4); // shorter than the 5 ms deadline of a ping
        assertEquals(before, vm.valueProperty(Sweep.Knob.HEARTBEAT_PERIOD).get(), "the slider goes back to the last value used");
        assertTrue(vm.refusalProperty().get().contains("heartbeatPeriod is 4ms"), vm.refusalProperty().get());
        assertFalse(vm.running());
        assertFalse(vm.hasBaseline(), "nothing ran");
        assertTrue(vm.figuresProperty().get().isEmpty());
        String status = vm.statusProperty().get();
        assertTrue(status.contains("heartbeatPeriod is 4ms, not longer than heartbeatDeadline (5ms)"), status);
        for (Sweep.Knob k : Sweep.Knob.values()) {
            double[] r = WhatIfViewModel.range(k);
            double scale = k.isDuration() ? 1000.0 : 1.0;
            assertTrue(r[0] * scale >= k.min() && r[1] * scale <= k.max(), k + ": the slider stays within the engine's limits");
        }
    }
}
