package org.phoenixlab.app.main;

import javafx.animation.AnimationTimer;

/**
 * The one place where wall time becomes virtual time: each screen frame while playing, the view
 * model moves the run on by the frame's wall time times the speed. The dots move every frame; the
 * words and panels are refreshed ten times a second (re-laying out dozens of labels each frame
 * costs more than a frame has).
 */
final class PlaybackClock extends AnimationTimer {
    private static final long TEXT_EVERY_NS = 100_000_000L;

    private final MainViewModel vm;
    private final Runnable animate;
    private long lastNs = -1;
    private long lastTextNs;

    /** {@code animate} moves the drawing's dots to the run's present without a full refresh. */
    PlaybackClock(MainViewModel vm, Runnable animate) {
        this.vm = vm;
        this.animate = animate;
    }

    @Override
    public void handle(long nowNs) {
        if (lastNs >= 0 && vm.playingProperty().get()) {
            vm.play((nowNs - lastNs) / 1000);
            if (nowNs - lastTextNs >= TEXT_EVERY_NS) {
                lastTextNs = nowNs;
                vm.refresh();
            } else {
                animate.run();
            }
        }
        lastNs = nowNs;
    }
}
