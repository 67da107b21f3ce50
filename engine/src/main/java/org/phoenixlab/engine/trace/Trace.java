package org.phoenixlab.engine.trace;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * The append-only record of every state change in a run. It serialises to JSON Lines, and the
 * SHA-256 of those bytes identifies the run: same scenario and seed, same digest.
 */
public final class Trace {
    private final List<TraceEvent> events = new ArrayList<>();

    public TraceEvent append(long timeUs, String component, Payload payload) {
        TraceEvent e = new TraceEvent(timeUs, events.size(), component, payload);
        events.add(e);
        return e;
    }

    public int size() {
        return events.size();
    }

    public TraceEvent get(int index) {
        return events.get(index);
    }

    /** A read-only view; it grows as the simulation runs. */
    public List<TraceEvent> events() {
        return Collections.unmodifiableList(events);
    }

    public void writeJsonLines(Writer out) throws IOException {
        StringBuilder sb = new StringBuilder(256);
        for (TraceEvent e : events) {
            sb.setLength(0);
            e.appendJsonLine(sb);
            out.write(sb.toString());
        }
    }

    /** Hex SHA-256 of the JSON Lines form of the whole trace so far. */
    public String digest() {
        MessageDigest md = sha256();
        StringBuilder sb = new StringBuilder(256);
        for (TraceEvent e : events) {
            sb.setLength(0);
            e.appendJsonLine(sb);
            md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
