package org.phoenixlab.engine.kernel;

import java.util.Arrays;

/**
 * An append-only sequence of longs (a throughput series, one value per time bucket) that a checkpoint
 * keeps by its length only; see {@link AppendOnlyLog}.
 */
public final class LongSeries implements AppendOnlyLog {
    private static final class Store {
        long[] values = new long[64];
        int size;
    }

    private final Store store;
    private int size;

    public LongSeries() {
        this(new Store(), 0);
    }

    private LongSeries(Store store, int size) {
        this.store = store;
        this.size = size;
    }

    public void append(long value) {
        if (size < store.size) {
            if (store.values[size] == value) {
                size++; // the same run again, over values already stored
                return;
            }
            store.size = size; // another branch: what followed is no longer this run's
        }
        if (store.size == store.values.length) {
            store.values = Arrays.copyOf(store.values, store.size * 2);
        }
        store.values[store.size++] = value;
        size++;
    }

    public int size() {
        return size;
    }

    public long get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("value " + index + " of a series of " + size);
        }
        return store.values[index];
    }

    @Override
    public long mark() {
        return size;
    }

    @Override
    public LongSeries at(long mark) {
        if (mark < 0 || mark > store.size) {
            throw new IllegalStateException("the series no longer holds " + mark + " values: the run took another branch");
        }
        return new LongSeries(store, (int) mark);
    }
}
