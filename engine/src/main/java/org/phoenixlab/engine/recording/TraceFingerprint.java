package org.phoenixlab.engine.recording;

import java.util.List;
import org.phoenixlab.engine.trace.Trace;

/**
 * What a recording keeps of its trace: the number of events, the SHA-256 of the whole JSON Lines
 * text, and a CRC-32 of every segment of {@link #SEGMENT} events, so that a replay that differs can
 * say where the traces part without storing the trace itself.
 */
public record TraceFingerprint(long events, String sha256, List<String> segments) {
    public static final int SEGMENT = Trace.SEGMENT;

    public TraceFingerprint {
        segments = List.copyOf(segments);
    }

    /** The fingerprint of the trace so far: kept up to date by the trace, not worked out again from its events. */
    public static TraceFingerprint of(Trace trace) {
        return new TraceFingerprint(trace.size(), trace.digest(), trace.segmentCrcs());
    }

    /** The index of the first event of the first segment where the traces part (or where the shorter ends); -1 when they match. */
    public long firstDifferentSegmentStart(TraceFingerprint replayed) {
        if (sha256.equals(replayed.sha256) && events == replayed.events) {
            return -1;
        }
        int common = Math.min(segments.size(), replayed.segments.size());
        for (int i = 0; i < common; i++) {
            if (!segments.get(i).equals(replayed.segments.get(i))) {
                return (long) i * SEGMENT;
            }
        }
        return Math.min(events, replayed.events);
    }

    /** Empty when both fingerprints match; otherwise where the traces part, in words. */
    public java.util.Optional<String> difference(TraceFingerprint replayed) {
        if (sha256.equals(replayed.sha256) && events == replayed.events) {
            return java.util.Optional.empty();
        }
        int common = Math.min(segments.size(), replayed.segments.size());
        for (int i = 0; i < common; i++) {
            if (!segments.get(i).equals(replayed.segments.get(i))) {
                long from = (long) i * SEGMENT;
                long to = Math.min(Math.max(events, replayed.events), from + SEGMENT) - 1;
                return java.util.Optional.of("the traces part within events " + from + " to " + to
                        + " (recorded " + events + " events, replayed " + replayed.events + ")");
            }
        }
        long at = Math.min(events, replayed.events);
        return java.util.Optional.of("the traces agree on their first " + at + " events, then one ends: recorded "
                + events + " events, replayed " + replayed.events);
    }
}
