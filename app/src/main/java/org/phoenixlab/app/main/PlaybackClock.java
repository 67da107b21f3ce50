package org.phoenixlab.app.main;

import java.util.Optional;
import java.util.OptionalLong;
import javafx.animation.AnimationTimer;
import org.phoenixlab.engine.trace.TraceEvent;

/**
 * The one place where wall time becomes virtual time. Each screen frame while playing, the run moves
 * on by the frame's wall time times a factor: the chosen speed's, or under the story speed one that
 * bends. The story speed holds each moment of the story on screen (at least {@link #HOLD_FRAMES}
 * frames and {@link #HOLD_NS}), goes on in slow motion after it, and speeds up through the quiet
 * stretch that follows (doubling every {@link #DOUBLING_NS} up to {@link #CRUISE}); on its way to a
 * moment it knows is coming (a scripted fault, one seen before a seek back) it slows down again. So
 * a 27 ms detection, the loop's decision and the repair's start are each on screen long enough to
 * see, and a 4.7 s reload takes a few seconds. The dots move every frame; the words and panels are
 * refreshed ten times a second (re-laying out dozens of labels each frame costs more than a frame has).
 */
final class PlaybackClock {
    private static final long TEXT_EVERY_NS = 100_000_000L;
    /** A moment stays on screen at least this long... */
    static final long HOLD_NS = 900_000_000L;
    /** ...and at least this many frames (on a busy machine frames come slower). */
    static final int HOLD_FRAMES = 40;
    /** Slow motion just after a moment: 20 ms of virtual time per second. */
    static final double SLOW = org.phoenixlab.lessons.ScreenPace.STORY_SLOW;
    /** How long slow motion lasts after a moment before the story speed starts to speed up. */
    static final long SLOW_FOR_NS = Math.round(org.phoenixlab.lessons.ScreenPace.STORY_SLOW_FOR_S * 1e9);
    /** The factor doubles this often in a quiet stretch... */
    static final long DOUBLING_NS = Math.round(org.phoenixlab.lessons.ScreenPace.STORY_DOUBLING_S * 1e9);
    /** ...up to this (virtual time four times as fast as the wall). */
    static final double CRUISE = org.phoenixlab.lessons.ScreenPace.STORY_CRUISE; // the lesson checker predicts the screen with the same figures
    /** On the way to a known moment, the factor is at most what reaches it in about this much wall time. */
    static final double APPROACH_S = 0.5;
    /** And never less than this, so that the approach ends. */
    static final double APPROACH_FLOOR = 0.1;

    private final MainViewModel vm;
    private final Runnable animate;
    private AnimationTimer timer;
    private long lastNs = -1;
    private long lastTextNs;
    private long holdFromNs = -1;
    private int heldFrames;
    /** When the story speed last left a moment: it accelerates from there. */
    private long calmSinceNs;
    private boolean wasPlaying;

    /** {@code animate} moves the drawing's dots to the run's present without a full refresh. */
    PlaybackClock(MainViewModel vm, Runnable animate) {
        this.vm = vm;
        this.animate = animate;
    }

    void start() {
        timer = new AnimationTimer() {
            @Override
            public void handle(long nowNs) {
                frame(nowNs);
            }
        };
        timer.start();
    }

    void stop() {
        if (timer != null) {
            timer.stop();
        }
    }

    /** Whether a moment is being held on screen now (the story speed's pause). */
    boolean holding() {
        return holdFromNs >= 0;
    }

    /** One screen frame, shown at {@code nowNs} (any monotonic nanoseconds: the toolkit's pulse, or a test's). */
    void frame(long nowNs) {
        boolean playing = vm.playingProperty().get();
        if (!playing) {
            wasPlaying = false;
            holdFromNs = -1;
            lastNs = nowNs;
            return;
        }
        if (!wasPlaying) {
            wasPlaying = true;
            calmSinceNs = nowNs; // starting again (after an auto-pause, say): slow first
        }
        long wallNs = lastNs < 0 ? 0 : nowNs - lastNs;
        lastNs = nowNs;
        boolean story = vm.speedProperty().get().story();
        if (holdFromNs >= 0) {
            heldFrames++;
            if (heldFrames < HOLD_FRAMES || nowNs - holdFromNs < HOLD_NS) {
                return; // the moment stays on screen: virtual time stands still
            }
            holdFromNs = -1;
            calmSinceNs = nowNs;
            wallNs = 0;
        }
        boolean stopsAtMoments = story || vm.autoPauseProperty().get();
        if (stopsAtMoments && vm.story().hasUntold()) {
            moment(nowNs, story); // the same engine event brought another moment: it gets its own time
            return;
        }
        double factor = story ? storyFactor(nowNs - calmSinceNs, distance()) : vm.speedProperty().get().factor();
        long virtualUs = Math.max(1, Math.round(wallNs / 1000.0 * factor));
        Optional<TraceEvent> hit = vm.playFor(virtualUs, story);
        if (hit.isPresent()) {
            moment(nowNs, story);
            return;
        }
        if (nowNs - lastTextNs >= TEXT_EVERY_NS || !vm.playingProperty().get()) {
            lastTextNs = nowNs;
            if (story) {
                vm.refresh();
            } else {
                vm.refreshAfterPlaying();
            }
        } else {
            animate.run();
        }
    }

    /** A moment came: the caption tells it, the screen shows it, and the story speed holds it. */
    private void moment(long nowNs, boolean story) {
        vm.story().tellNext();
        if (vm.autoPauseProperty().get()) {
            vm.playingProperty().set(false);
        }
        if (story && vm.playingProperty().get()) {
            holdFromNs = nowNs;
            heldFrames = 0;
        }
        lastTextNs = nowNs;
        vm.refresh();
    }

    /** Virtual µs to the next moment known to come, if any. */
    private OptionalLong distance() {
        OptionalLong next = vm.nextKnownMomentUs();
        return next.isPresent() ? OptionalLong.of(Math.max(0, next.getAsLong() - vm.nowUs())) : OptionalLong.empty();
    }

    /**
     * The story speed's factor, {@code sinceCalmNs} of wall time after the last moment, with
     * {@code distanceUs} of virtual time to the next moment known to come: slow motion for a while,
     * then doubling up to the cruise; slower again on the way to a known moment.
     */
    static double storyFactor(long sinceCalmNs, OptionalLong distanceUs) {
        double f = sinceCalmNs <= SLOW_FOR_NS ? SLOW
                : Math.min(CRUISE, SLOW * Math.pow(2, (sinceCalmNs - SLOW_FOR_NS) / (double) DOUBLING_NS));
        if (distanceUs.isPresent()) {
            double approach = Math.max(APPROACH_FLOOR, distanceUs.getAsLong() / 1e6 / APPROACH_S);
            f = Math.min(f, Math.max(approach, SLOW));
        }
        return f;
    }
}
