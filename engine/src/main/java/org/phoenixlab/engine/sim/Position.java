package org.phoenixlab.engine.sim;

/**
 * An exact place in a run: how many engine events have run and what the clock shows. Several events
 * can share one microsecond (a detection and the global loop's decision, say), so the time alone does
 * not say whether a user's click came before or after one of them; the number of events does.
 * Positions are ordered by time, then by events.
 *
 * @param events engine events run before this place; {@link #ALL_EVENTS} means "after every event of
 *               that microsecond" (how a version-1 recording placed a command, and how playing to a
 *               time leaves the run)
 * @param timeUs the clock, in virtual microseconds
 */
public record Position(long events, long timeUs) implements Comparable<Position>, java.io.Serializable {
    /** As {@link #events}: every event up to and including {@link #timeUs} has run. */
    public static final long ALL_EVENTS = Long.MAX_VALUE;

    /** The start of every run. */
    public static final Position START = new Position(0, 0);

    public Position {
        if (events < 0 || timeUs < 0) {
            throw new IllegalArgumentException("a position has no negative events or time: " + events + " events, " + timeUs + " us");
        }
    }

    /** After every event of {@code timeUs} (and of every earlier time). */
    public static Position afterEventsAt(long timeUs) {
        return new Position(ALL_EVENTS, timeUs);
    }

    /** True when the number of events is known, not just "all of that microsecond". */
    public boolean exact() {
        return events != ALL_EVENTS;
    }

    /** True when this place comes after {@code other} in the same run. */
    public boolean isAfter(Position other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Position o) {
        int byTime = Long.compare(timeUs, o.timeUs);
        return byTime != 0 ? byTime : Long.compare(events, o.events);
    }
}
