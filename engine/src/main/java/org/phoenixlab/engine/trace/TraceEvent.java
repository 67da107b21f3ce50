package org.phoenixlab.engine.trace;

/**
 * One line of the trace: when (virtual µs), its place in the trace, which component, and what.
 */
public record TraceEvent(long timeUs, long seq, String component, Payload payload) {

    public String kind() {
        return payload.kind();
    }

    /** What happened, in a short phrase for a person ({@link Payload#describe()}). */
    public String describe() {
        return payload.describe();
    }

    /** This event as one canonical JSON line (with the trailing newline). */
    public String toJsonLine() {
        StringBuilder sb = new StringBuilder(128);
        appendJsonLine(sb);
        return sb.toString();
    }

    void appendJsonLine(StringBuilder sb) {
        JsonLine line = new JsonLine(sb)
                .field("t", timeUs)
                .field("seq", seq)
                .field("kind", payload.kind())
                .field("component", component);
        payload.writeFields(line);
        line.end();
    }
}
