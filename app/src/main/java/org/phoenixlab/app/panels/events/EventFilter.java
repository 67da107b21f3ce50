package org.phoenixlab.app.panels.events;

import java.util.Locale;
import java.util.function.Predicate;
import org.phoenixlab.engine.trace.Moment;
import org.phoenixlab.engine.trace.Payload;
import org.phoenixlab.engine.trace.TraceEvent;

/**
 * Which events the log shows: those whose kind, component or description contain the words typed,
 * routine events (heartbeats, XenStore writes) only when asked for, and with {@code momentsOnly} only
 * the moments of the story (the fault, its detection, the repair decided, started, finished...).
 */
public record EventFilter(String words, boolean routine, boolean momentsOnly) implements Predicate<TraceEvent> {
    public EventFilter {
        words = words == null ? "" : words.toLowerCase(Locale.ROOT).trim();
    }

    public EventFilter(String words, boolean routine) {
        this(words, routine, false);
    }

    /** Heartbeats and XenStore writes: many, and rarely what a student looks for. */
    public static boolean isRoutine(TraceEvent e) {
        return e.payload() instanceof Payload.Heartbeat || e.payload() instanceof Payload.XenStoreWrite;
    }

    @Override
    public boolean test(TraceEvent e) {
        return (!momentsOnly || Moment.is(e)) && (routine || !isRoutine(e))
                && (words.isEmpty() || shown(e).toLowerCase(Locale.ROOT).contains(words));
    }

    /** What the row says (in the window's language) and the engine's own words for it: either may be searched. */
    private static String shown(TraceEvent e) {
        String details = EventLogPane.details(e);
        String english = e.describe();
        return EventLogPane.kind(e) + " " + e.kind() + " " + e.component() + " " + details + (details.equals(english) ? "" : " " + english);
    }
}
