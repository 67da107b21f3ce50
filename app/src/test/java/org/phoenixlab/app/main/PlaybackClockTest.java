package org.phoenixlab.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phoenixlab.app.session.Autosave;
import org.phoenixlab.app.session.Speed;
import org.phoenixlab.app.util.FakeDialogs;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.trace.Moment;

/** Wall time into virtual time, frame by frame, with frames given by the test (no toolkit, no real clock). */
class PlaybackClockTest {
    private static final long FRAME_NS = 16_666_667;

    @TempDir
    Path home;

    private MainViewModel vm;
    private PlaybackClock clock;
    private long now = 1_000_000_000L;

    private void setUp(Speed speed) {
        vm = new MainViewModel(3, new FakeDialogs(), new Autosave(home));
        clock = new PlaybackClock(vm, () -> { });
        vm.speedProperty().set(speed);
    }

    private void frames(int n) {
        for (int i = 0; i < n; i++) {
            now += FRAME_NS;
            clock.frame(now);
        }
    }

    private ComponentState driver() {
        return vm.snapshotProperty().get().component("net_uk/nic-driver").orElseThrow().state();
    }

    @Test
    void aFixedSpeedMovesVirtualTimeByTheFrameTimesTheFactor() {
        setUp(Speed.FAST);
        vm.playingProperty().set(true);
        frames(1); // the first frame only starts the count
        long before = vm.nowUs();
        frames(6);
        assertEquals(6 * 166_667, vm.nowUs() - before, 6);
        vm.playingProperty().set(false);
        long paused = vm.nowUs();
        frames(30);
        assertEquals(paused, vm.nowUs(), "paused: no frame moves time");
    }

    @Test
    void theStorySpeedHoldsEachMomentOnScreenThenGoesSlowThenFast() {
        setUp(Speed.STORY);
        vm.advance(1_000_000);
        vm.inject("net_uk/nic-driver", FaultKind.CRASH);
        vm.playingProperty().set(true);
        int detectedFrames = 0;
        int frames = 0;
        while (driver() != ComponentState.REPAIRING && frames < 2_000) {
            frames(1);
            frames++;
            if (driver() == ComponentState.DETECTED) {
                detectedFrames++;
            }
        }
        assertTrue(detectedFrames >= PlaybackClock.HOLD_FRAMES, "the detection held for " + detectedFrames + " frames");
        assertTrue(frames < 400, "and the 27 ms reached in a few seconds of frames: " + frames);
        assertEquals(Moment.REPAIR_STARTED, vm.story().captionProperty().get().moment().orElseThrow());
        long held = vm.nowUs();
        frames(PlaybackClock.HOLD_FRAMES - 1);
        assertEquals(held, vm.nowUs(), "the repair's start is held too: virtual time stands still");
        frames(600); // ten seconds of frames: the 4.7 s reload is over
        assertEquals(ComponentState.HEALTHY, driver());
    }

    @Test
    void autoPauseStopsAtTheMomentAtAnySpeed() {
        setUp(Speed.FAST);
        vm.autoPauseProperty().set(true);
        vm.advance(1_000_000);
        vm.inject("net_uk/nic-driver", FaultKind.CRASH);
        vm.playingProperty().set(true);
        frames(1); // the fault's other moment (the traffic stopping) came with it: told, and paused
        assertFalse(vm.playingProperty().get());
        assertEquals(Moment.TRAFFIC_INTERRUPTED, vm.story().captionProperty().get().moment().orElseThrow());
        vm.playingProperty().set(true);
        frames(20);
        assertFalse(vm.playingProperty().get());
        assertEquals(Moment.DETECTED, vm.story().captionProperty().get().moment().orElseThrow());
        assertEquals(ComponentState.DETECTED, driver(), "stopped just after the detection, before the loop's decision");
    }

    @Test
    void theStoryFactorIsSlowAfterAMomentFastInQuietAndSlowsOnItsWayToAKnownOne() {
        assertEquals(PlaybackClock.SLOW, PlaybackClock.storyFactor(0, OptionalLong.empty()));
        assertEquals(PlaybackClock.CRUISE, PlaybackClock.storyFactor(10_000_000_000L, OptionalLong.empty()));
        double halfway = PlaybackClock.storyFactor(PlaybackClock.SLOW_FOR_NS + PlaybackClock.DOUBLING_NS, OptionalLong.empty());
        assertEquals(2 * PlaybackClock.SLOW, halfway, 1e-9, "it doubles");
        assertEquals(0.4, PlaybackClock.storyFactor(10_000_000_000L, OptionalLong.of(200_000)), 1e-9,
                "200 ms before a known moment: at most what reaches it in half a second");
        assertEquals(PlaybackClock.APPROACH_FLOOR, PlaybackClock.storyFactor(10_000_000_000L, OptionalLong.of(1_000)), 1e-9);
    }
}
