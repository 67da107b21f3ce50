package org.phoenixlab.engine.trace;

import java.io.IOException;
import java.io.Writer;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.phoenixlab.engine.kernel.AppendOnlyLog;

/**
 * The append-only record of every state change in a run. It serialises to JSON Lines, and the
 * SHA-256 of those bytes identifies the run: same scenario and seed, same digest.
 * <p>
 * A trace is a view of the first {@link #size()} events of a {@link TraceStore}, which keeps them
 * in compact binary form and updates the digest as they come. A restored checkpoint gets a new view
 * of the same store ({@link #at(long)}); while it runs over events the store already holds it only
 * checks that they are the same, and at the first one that differs (the user changed the course of
 * the run) the store drops the rest.
 */
public final class Trace implements AppendOnlyLog {
    /** Events per CRC-32 segment of a recording's fingerprint. */
    public static final int SEGMENT = 64;

    private final TraceStore store;
    private int size;

    public Trace() {
        this(new TraceStore(), 0);
    }

    private Trace(TraceStore store, int size) {
        this.store = store;
        this.size = size;
    }

    public TraceEvent append(long timeUs, String component, Payload payload) {
        TraceEvent e = new TraceEvent(timeUs, size, component, payload);
        if (size < store.size()) {
            if (store.get(size).equals(e)) {
                size++; // the same run again, over events already stored
                return e;
            }
            store.truncate(size);
        }
        store.append(e);
        size++;
        return e;
    }

    public int size() {
        return size;
    }

    public TraceEvent get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("event " + index + " of a trace of " + size);
        }
        return store.get(index);
    }

    /** A read-only, random-access view; it grows as the simulation runs. Events are decoded when read. */
    public List<TraceEvent> events() {
        return new Events();
    }

    public void writeJsonLines(Writer out) throws IOException {
        StringBuilder sb = new StringBuilder(256);
        for (int i = 0; i < size; i++) {
            sb.setLength(0);
            store.get(i).appendJsonLine(sb);
            out.write(sb.toString());
        }
    }

    /** Hex SHA-256 of the JSON Lines form of the whole trace so far (kept up to date as events come). */
    public String digest() {
        return store.digest(size);
    }

    /** The CRC-32 (8 hex digits) of each {@link #SEGMENT} events, the last segment possibly partial. */
    public List<String> segmentCrcs() {
        return store.segments(size);
    }

    /** Bytes the store holds for its events, for the memory figures. */
    public long footprintBytes() {
        return store.footprint();
    }

    @Override
    public long mark() {
        return size;
    }

    @Override
    public Trace at(long mark) {
        if (mark < 0 || mark > store.size()) {
            throw new IllegalStateException("the trace no longer holds " + mark + " events (it holds " + store.size()
                    + "): the run took another branch before that point");
        }
        return new Trace(store, (int) mark);
    }

    private final class Events extends AbstractList<TraceEvent> implements RandomAccess {
        @Override
        public TraceEvent get(int index) {
            return Trace.this.get(index);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
