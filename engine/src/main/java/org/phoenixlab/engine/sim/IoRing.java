package org.phoenixlab.engine.sim;

/**
 * One guest's shared I/O ring (network or block): a fixed number of slots, the producer index the
 * front end advances, the shared consumer index the back end publishes, and the back end's private
 * copy of how far it has read.
 * Indices run freely; occupancy is producer minus consumer.
 */
final class IoRing implements EngineState {
    final String id;
    final int slots;
    long producer;
    long consumer;
    long privateConsumer;
    /** The shared consumer index at the previous ring check (for stall detection). */
    long consumerAtLastCheck;

    IoRing(String id, int slots) {
        this.id = id;
        this.slots = slots;
    }

    long occupancy() {
        return producer - consumer;
    }

    long free() {
        return slots - occupancy();
    }

    /** The back end reads and publishes everything queued; returns how many packets it took. */
    long drain() {
        long n = occupancy();
        consumer = producer;
        privateConsumer = producer;
        return n;
    }

    /** The ring is re-created (its back end rebooted): what was queued is gone; returns how much. */
    long reset() {
        long n = occupancy();
        consumer = producer;
        privateConsumer = producer;
        consumerAtLastCheck = consumer;
        return n;
    }
}
