package org.phoenixlab.app.session;

import java.util.List;

/** How fast virtual time runs against the clock on the wall while playing. */
public record Speed(String label, double factor) {
    public static final Speed SLOW_MOTION = new Speed("0.01x slow motion", 0.01);
    /** The speed a window starts at, and a lesson's slow pace. */
    public static final Speed TENTH = new Speed("0.1x", 0.1);
    /** Real time: a lesson's normal pace. */
    public static final Speed REAL_TIME = new Speed("1x (real time)", 1.0);
    public static final Speed FAST = new Speed("10x", 10.0);

    /** Every speed offered, slowest first. */
    public static final List<Speed> ALL = List.of(SLOW_MOTION, TENTH, REAL_TIME, FAST);

    @Override
    public String toString() {
        return label;
    }
}
