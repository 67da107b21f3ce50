package org.phoenixlab.app.session;

import java.util.List;

/**
 * How fast virtual time runs against the clock on the wall while playing: a fixed factor, or the
 * story speed, which the playback clock bends (quiet stretches fast, slow motion around each moment
 * of the story, each moment held on screen).
 */
public record Speed(String label, double factor, boolean story) {
    public Speed(String label, double factor) {
        this(label, factor, false);
    }

    /** The speed a window starts at: the playback clock decides the factor from the story. */
    public static final Speed STORY = new Speed("story", 1.0, true);
    public static final Speed SLOW_MOTION = new Speed("0.01x slow motion", 0.01);
    /** A lesson's slow pace: single packets and heartbeats can be followed. */
    public static final Speed TENTH = new Speed("0.1x", 0.1);
    /** Real time. */
    public static final Speed REAL_TIME = new Speed("1x (real time)", 1.0);
    public static final Speed FAST = new Speed("10x", 10.0);

    /** Every speed offered: the story speed, then the fixed ones, slowest first. */
    public static final List<Speed> ALL = List.of(STORY, SLOW_MOTION, TENTH, REAL_TIME, FAST);

    @Override
    public String toString() {
        return label;
    }
}
