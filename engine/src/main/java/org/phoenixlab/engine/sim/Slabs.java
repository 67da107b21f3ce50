package org.phoenixlab.engine.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Large byte blocks that many checkpoints are packed into, one after the other. A block is bigger
 * than half a G1 region for any heap this program runs in, so the collector allocates it straight in
 * the old generation and never copies it: the checkpoints of a long session cost no collection time.
 * Space is only given back by {@link #compact(List)}.
 */
final class Slabs {
    static final int BLOCK = 8 * 1024 * 1024;

    record Place(byte[] block, int offset) {
    }

    private final List<byte[]> blocks = new ArrayList<>();
    private final int size;
    private int used;
    private long ownArrays;

    /** Blocks of {@link #BLOCK} bytes, or smaller when the whole budget is small (tests). */
    Slabs(long budget) {
        this.size = (int) Math.max(4096, Math.min(BLOCK, budget / 8));
        this.used = size;
    }

    Place store(byte[] from, int offset, int length) {
        if (length > size / 4) {
            byte[] own = java.util.Arrays.copyOfRange(from, offset, offset + length);
            ownArrays += length;
            return new Place(own, 0); // a very large state keeps an array of its own
        }
        if (used + length > size) {
            blocks.add(new byte[size]);
            used = 0;
        }
        byte[] block = blocks.get(blocks.size() - 1);
        System.arraycopy(from, offset, block, used, length);
        Place p = new Place(block, used);
        used += length;
        return p;
    }

    /** Bytes allocated in blocks (what the memory budget counts). */
    long allocated() {
        return (long) blocks.size() * size + ownArrays;
    }

    /** Packs the checkpoints still kept into fresh blocks; the old ones become garbage. */
    void compact(List<Checkpoint> kept) {
        List<byte[]> old = new ArrayList<>(blocks);
        blocks.clear();
        used = size;
        ownArrays = 0;
        for (Checkpoint c : kept) {
            c.moveTo(this);
        }
        old.clear();
    }
}
