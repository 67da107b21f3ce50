package org.phoenixlab.engine.sim;

/** One shared ring: its size, producer index, published consumer index and NetBack's private index. */
public record RingView(String id, int slots, long producer, long consumer, long privateConsumer) {
    public long occupancy() {
        return producer - consumer;
    }
}
