package org.phoenixlab.app.panels.events;

import java.util.Locale;
import java.util.function.Predicate;
import org.phoenixlab.engine.trace.Payload;
import org.phoenixlab.engine.trace.TraceEvent;

/**
 * Which events the log shows: those whose kind, component or description contain the words typed,
 * and routine events (heartbeats, XenStore writes) only when asked for.
 */
public record EventFilter(String words, boolean routine) implements Predicate<TraceEvent> {
    public EventFilter {
        words = words == null ? "" : words.toLowerCase(Locale.ROOT).trim();
    }

    /** Heartbeats and XenStore writes: many, and rarely what a student looks for. */
    public static boolean isRoutine(TraceEvent e) {
        return e.payload() instanceof Payload.Heartbeat || e.payload() instanceof Payload.XenStoreWrite;
    }

    @Override
    public boolean test(TraceEvent e) {
        return (routine || !isRoutine(e))
                && (words.isEmpty() || (e.kind() + " " + e.component() + " " + e.describe()).toLowerCase(Locale.ROOT).contains(words));
    }
}
