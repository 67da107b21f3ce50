package org.phoenixlab.app.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.phoenixlab.app.util.CurrentThreadTaskExecutor;
import org.phoenixlab.engine.experiment.Sweep;

/** What-if's inputs, figures and sweeps on the test's own thread. */
class WhatIfViewModelTest {
    private final WhatIfViewModel vm = new WhatIfViewModel(new CurrentThreadTaskExecutor());

    @Test
    void onlyTheInputsTheUserMovedChangeTheSetup() {
        vm.valueProperty(Sweep.Knob.HEARTBEAT_PERIOD).set(200);
        assertTrue(vm.setup(1).overrides().isEmpty(), "moved but not let go: nothing changes yet");
        vm.commit(Sweep.Knob.HEARTBEAT_PERIOD);
        assertEquals(200_000L, vm.setup(1).overrides().get("heartbeatPeriodUs"));
        assertTrue(vm.hasBaseline());
        assertEquals(5, vm.figuresProperty().get().size());
        assertTrue(vm.figuresProperty().get().stream().anyMatch(r -> r.detection().contains("\u2192")),
                "a longer heartbeat period moves a detection time: " + vm.figuresProperty().get());
        vm.resetDefaults();
        assertTrue(vm.setup(1).overrides().isEmpty());
        assertEquals(WhatIfViewModel.defaultValue(Sweep.Knob.HEARTBEAT_PERIOD), vm.valueProperty(Sweep.Knob.HEARTBEAT_PERIOD).get());
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
        assertTrue(vm.statusProperty().get().startsWith("Sweep of the "), vm.statusProperty().get());
    }

    @Test
    void valuesAreWrittenInTheirUnits() {
        assertEquals("120 ms", WhatIfViewModel.shown(Sweep.Knob.HEARTBEAT_PERIOD, 120));
        assertEquals("81,274 packets/s", WhatIfViewModel.shown(Sweep.Knob.PACKET_RATE, 81_274));
        assertEquals("3 guests", WhatIfViewModel.shown(Sweep.Knob.GUESTS, 3));
        assertEquals("27.3 \u2192 31.0", WhatIfViewModel.moved(27.3, 31.0, 1));
        assertEquals("4.70", WhatIfViewModel.moved(4.7, 4.7, 2));
    }

    /** Issue 11: the sliders ask the engine's validator before anything runs, and say what is wrong. */
    @Test
    void inputsThatBreakARelationAreRefusedBeforeAnyRun() {
        vm.valueProperty(Sweep.Knob.HEARTBEAT_PERIOD).set(4); // shorter than the 5 ms deadline of a ping
        vm.commit(Sweep.Knob.HEARTBEAT_PERIOD);
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
