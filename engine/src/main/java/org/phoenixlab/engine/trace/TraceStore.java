package org.phoenixlab.engine.trace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Where a trace's events live: each one in a few bytes (time as a difference, strings as indices into
 * one table, the payload's fields as variable-length integers), so that a 24-hour run's millions of
 * events take tens of megabytes, not gigabytes. The SHA-256 of the JSON Lines text and the CRC-32 of
 * every {@link Trace#SEGMENT} events are updated as each event is stored; the digest's state is also
 * kept every {@link #DIGEST_EVERY} events, so that the digest of any shorter prefix (a restored
 * checkpoint's) costs at most that many lines, never the whole trace. Events are decoded on demand, a
 * segment at a time.
 */
final class TraceStore {
    static final int SEGMENT = Trace.SEGMENT;
    static final int DIGEST_EVERY = 4096;

    private final Bytes bytes = new Bytes();
    private final StringTable strings = new StringTable();
    private long[] segmentOffset = new long[64];
    private int[] segmentCrc = new int[64];
    private MessageDigest[] digestAt = new MessageDigest[16];
    private int size;
    private long lastTimeUs;
    private MessageDigest sha = sha256();
    private final CRC32 crc = new CRC32();
    private final StringBuilder line = new StringBuilder(256);

    // One decoded segment, with the byte offset of each of its events.
    private int cachedSegment = -1;
    private int cachedLength;
    private final TraceEvent[] cached = new TraceEvent[SEGMENT];
    private final long[] cachedOffset = new long[SEGMENT + 1];

    int size() {
        return size;
    }

    /** Bytes held for the events and their index (not the string table), for the memory figures. */
    long footprint() {
        return bytes.footprint() + segmentOffset.length * 8L + segmentCrc.length * 4L;
    }

    void append(TraceEvent e) {
        int inSegment = size % SEGMENT;
        int segment = size / SEGMENT;
        if (inSegment == 0) {
            if (segment == segmentOffset.length) {
                segmentOffset = Arrays.copyOf(segmentOffset, segment * 2);
                segmentCrc = Arrays.copyOf(segmentCrc, segment * 2);
            }
            segmentOffset[segment] = bytes.length();
        }
        if (size % DIGEST_EVERY == 0) {
            int d = size / DIGEST_EVERY;
            if (d == digestAt.length) {
                digestAt = Arrays.copyOf(digestAt, d * 2);
            }
            digestAt[d] = copy(sha);
        }
        long start = bytes.length();
        bytes.zigzag(inSegment == 0 ? e.timeUs() : e.timeUs() - lastTimeUs);
        bytes.varint(strings.index(e.component()));
        PayloadCodec.encode(e.payload(), bytes, strings);
        byte[] json = json(e);
        sha.update(json);
        crc.update(json);
        if (cachedSegment == segment && cachedLength == inSegment) {
            cached[inSegment] = e;
            cachedOffset[inSegment] = start;
            cachedOffset[inSegment + 1] = bytes.length();
            cachedLength++;
        }
        size++;
        lastTimeUs = e.timeUs();
        if (size % SEGMENT == 0) {
            segmentCrc[segment] = (int) crc.getValue();
            crc.reset();
        }
    }

    TraceEvent get(int index) {
        int segment = index / SEGMENT;
        if (segment != cachedSegment || index % SEGMENT >= cachedLength) {
            decode(segment);
        }
        return cached[index % SEGMENT];
    }

    /** Forgets the events from {@code n} on: the run took another branch there. */
    void truncate(int n) {
        if (n >= size) {
            return;
        }
        int segment = n / SEGMENT;
        int inSegment = n % SEGMENT;
        decode(segment);
        bytes.truncate(cachedOffset[inSegment]);
        cachedLength = inSegment;
        size = n;
        lastTimeUs = inSegment == 0 ? 0 : cached[inSegment - 1].timeUs();
        crc.reset();
        for (int i = 0; i < inSegment; i++) {
            crc.update(json(cached[i]));
        }
        sha = digestOf(n);
        Arrays.fill(digestAt, n / DIGEST_EVERY + 1, digestAt.length, null);
    }

    /** Hex SHA-256 of the JSON Lines text of the first {@code n} events. */
    String digest(int n) {
        MessageDigest md = n == size ? copy(sha) : digestOf(n);
        return HexFormat.of().formatHex(md.digest());
    }

    /** The CRC-32 of each {@link #SEGMENT} events among the first {@code n} (the last one may be partial). */
    List<String> segments(int n) {
        List<String> out = new ArrayList<>(n / SEGMENT + 1);
        for (int s = 0; s < n / SEGMENT; s++) {
            out.add(HexFormat.of().toHexDigits(segmentCrc[s]));
        }
        if (n % SEGMENT != 0) {
            long value;
            if (n == size) {
                value = crc.getValue();
            } else {
                CRC32 partial = new CRC32();
                for (int i = n - n % SEGMENT; i < n; i++) {
                    partial.update(json(get(i)));
                }
                value = partial.getValue();
            }
            out.add(HexFormat.of().toHexDigits((int) value));
        }
        return out;
    }

    private MessageDigest digestOf(int n) {
        int base = n / DIGEST_EVERY;
        MessageDigest md = copy(digestAt[base]);
        for (int i = base * DIGEST_EVERY; i < n; i++) {
            md.update(json(get(i)));
        }
        return md;
    }

    private void decode(int segment) {
        int first = segment * SEGMENT;
        int count = Math.min(SEGMENT, size - first);
        Bytes.Reader in = bytes.reader(segmentOffset[segment]);
        long t = 0;
        for (int i = 0; i < count; i++) {
            cachedOffset[i] = in.position();
            long dt = in.zigzag();
            t = i == 0 ? dt : t + dt;
            String component = strings.get((int) in.varint());
            cached[i] = new TraceEvent(t, first + i, component, PayloadCodec.decode(in, strings));
        }
        cachedOffset[count] = in.position();
        cachedSegment = segment;
        cachedLength = count;
    }

    private byte[] json(TraceEvent e) {
        line.setLength(0);
        e.appendJsonLine(line);
        return line.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest copy(MessageDigest md) {
        try {
            return (MessageDigest) md.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the platform's SHA-256 cannot be copied", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
