package org.phoenixlab.engine.kernel;

import java.util.Arrays;

/**
 * A binary min-heap of timed actions ordered by (virtual time, insertion sequence): two events at
 * the same microsecond run in the order they were scheduled, never in hash or identity order.
 * Times and sequences live in parallel primitive arrays so that ordering costs no allocation.
 */
final class EventQueue implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private long[] times = new long[64];
    private long[] seqs = new long[64];
    private Action[] actions = new Action[64];
    private int size;
    private long nextSeq;

    long push(long timeUs, Action action) {
        if (size == times.length) {
            int cap = size * 2;
            times = Arrays.copyOf(times, cap);
            seqs = Arrays.copyOf(seqs, cap);
            actions = Arrays.copyOf(actions, cap);
        }
        long seq = nextSeq++;
        int i = size++;
        // sift up
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(timeUs, seq, times[parent], seqs[parent])) {
                break;
            }
            times[i] = times[parent];
            seqs[i] = seqs[parent];
            actions[i] = actions[parent];
            i = parent;
        }
        times[i] = timeUs;
        seqs[i] = seq;
        actions[i] = action;
        return seq;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    long peekTime() {
        return times[0];
    }

    long peekSeq() {
        return seqs[0];
    }

    Action peekAction() {
        return actions[0];
    }

    /** Removes the head; the caller read it with the peek methods first. */
    void pop() {
        int last = --size;
        long t = times[last];
        long s = seqs[last];
        Action a = actions[last];
        actions[last] = null;
        if (last == 0) {
            return;
        }
        int i = 0;
        int half = last >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < last && less(times[right], seqs[right], times[child], seqs[child])) {
                child = right;
            }
            if (!less(times[child], seqs[child], t, s)) {
                break;
            }
            times[i] = times[child];
            seqs[i] = seqs[child];
            actions[i] = actions[child];
            i = child;
        }
        times[i] = t;
        seqs[i] = s;
        actions[i] = a;
    }

    private static boolean less(long t1, long s1, long t2, long s2) {
        return t1 < t2 || (t1 == t2 && s1 < s2);
    }
}
