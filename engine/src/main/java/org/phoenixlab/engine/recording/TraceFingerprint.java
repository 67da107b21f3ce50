package org.phoenixlab.engine.recording;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import org.phoenixlab.engine.trace.Trace;
import org.phoenixlab.engine.trace.TraceEvent;

/**
 * What a recording keeps of its trace: the number of events, the SHA-256 of the whole JSON Lines
 * text, and a CRC-32 of every segment of {@link #SEGMENT} events, so that a replay that differs can
 * say where the traces part without storing the trace itself.
 */
public record TraceFingerprint(long events, String sha256, List<String> segments) {
    public static final int SEGMENT = 64;

    public TraceFingerprint {
        segments = List.copyOf(segments);
    }

    public static TraceFingerprint of(Trace trace) {
        List<String> segs = new ArrayList<>();
        CRC32 crc = new CRC32();
        int n = 0;
        for (TraceEvent e : trace.events()) {
            crc.update(e.toJsonLine().getBytes(StandardCharsets.UTF_8));
            if (++n % SEGMENT == 0) {
                segs.add(hex(crc));
                crc.reset();
            }
        }
        if (n % SEGMENT != 0) {
            segs.add(hex(crc));
        }
        return new TraceFingerprint(trace.size(), trace.digest(), segs);
    }

    private static String hex(CRC32 crc) {
        return HexFormat.of().toHexDigits((int) crc.getValue());
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
