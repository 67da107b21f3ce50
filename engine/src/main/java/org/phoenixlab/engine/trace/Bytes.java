package org.phoenixlab.engine.trace;

import java.util.Arrays;

/** A growable byte buffer in fixed-size chunks (no copy of what is written when it grows), with a reader. */
final class Bytes {
    private static final int CHUNK_BITS = 16;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private byte[][] chunks = new byte[4][];
    private long length;

    long length() {
        return length;
    }

    void put(int b) {
        int c = (int) (length >>> CHUNK_BITS);
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, c * 2);
        }
        if (chunks[c] == null) {
            chunks[c] = new byte[CHUNK];
        }
        chunks[c][(int) (length & (CHUNK - 1))] = (byte) b;
        length++;
    }

    void varint(long v) {
        while ((v & ~0x7FL) != 0) {
            put((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        put((int) v);
    }

    void zigzag(long v) {
        varint((v << 1) ^ (v >> 63));
    }

    /** Forgets everything from {@code at} on (the chunks past it are released). */
    void truncate(long at) {
        length = at;
        for (int c = (int) ((at + CHUNK - 1) >>> CHUNK_BITS); c < chunks.length; c++) {
            chunks[c] = null;
        }
    }

    int get(long at) {
        return chunks[(int) (at >>> CHUNK_BITS)][(int) (at & (CHUNK - 1))] & 0xFF;
    }

    /** Bytes held, for the memory figures. */
    long footprint() {
        long n = 0;
        for (byte[] c : chunks) {
            n += c == null ? 0 : c.length;
        }
        return n;
    }

    Reader reader(long at) {
        return new Reader(at);
    }

    final class Reader {
        private long at;

        private Reader(long at) {
            this.at = at;
        }

        long position() {
            return at;
        }

        long varint() {
            long v = 0;
            int shift = 0;
            while (true) {
                int b = get(at++);
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
                shift += 7;
            }
        }

        long zigzag() {
            long v = varint();
            return (v >>> 1) ^ -(v & 1);
        }
    }
}
