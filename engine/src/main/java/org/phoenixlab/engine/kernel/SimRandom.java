package org.phoenixlab.engine.kernel;

import java.util.SplittableRandom;

/**
 * The one source of randomness of a simulation. Every component draws from its own stream,
 * derived from the simulation seed and the component's stable id, so adding a component never
 * shifts the numbers another component sees.
 */
public final class SimRandom {
    private final long seed;
    private final SplittableRandom root;

    public SimRandom(long seed) {
        this.seed = seed;
        this.root = new SplittableRandom(seed);
    }

    public long seed() {
        return seed;
    }

    /** A stream for one component; the same (seed, id) always gives the same stream. */
    public SimRandom stream(String componentId) {
        return new SimRandom(mix(seed, componentId));
    }

    /** Uniform in [0, bound). */
    public long nextLong(long bound) {
        return root.nextLong(bound);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return root.nextDouble();
    }

    private static long mix(long seed, String id) {
        // String.hashCode is specified by the JLS, so this is stable across JVMs; the multiply
        // and shifts (SplitMix64 finaliser constants) spread it over all 64 bits.
        long z = seed * 0x9E3779B97F4A7C15L + id.hashCode();
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
