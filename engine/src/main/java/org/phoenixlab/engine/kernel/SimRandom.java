package org.phoenixlab.engine.kernel;

/**
 * The one source of randomness of a simulation. Every component draws from its own stream,
 * derived from the simulation seed and the component's stable id, so adding a component never
 * shifts the numbers another component sees.
 * <p>
 * The generator is SplitMix64 (Steele, Lea and Flood, OOPSLA 2014) with the golden-ratio gamma,
 * written out here rather than borrowed from {@code java.util.SplittableRandom} so that its whole
 * state (one {@code long}) is copied by a checkpoint; it draws exactly the numbers that class
 * draws for the same seed (a test compares them), so no figure moved when it was introduced.
 */
public final class SimRandom implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    private final long seed;
    private long state;

    public SimRandom(long seed) {
        this.seed = seed;
        this.state = seed;
    }

    public long seed() {
        return seed;
    }

    /** A stream for one component; the same (seed, id) always gives the same stream. */
    public SimRandom stream(String componentId) {
        return new SimRandom(mix(seed, componentId));
    }

    /** Uniform over all 64-bit values. */
    public long nextLong() {
        state += GAMMA;
        return finish(state);
    }

    /** Uniform in [0, bound). */
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, not " + bound);
        }
        long mask = bound - 1;
        long r = nextLong();
        if ((bound & mask) == 0) {
            return r & mask; // a power of two: the low bits are already uniform
        }
        // Reject the few top values that would make the low remainders more likely than the rest.
        long u = r >>> 1;
        while (u + mask - (r = u % bound) < 0) {
            u = nextLong() >>> 1;
        }
        return r;
    }

    /** Uniform in [0, 1): the top 53 bits as a fraction. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** SplitMix64's output function (the same constants spread a stream id's seed below). */
    private static long finish(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long mix(long seed, String id) {
        // String.hashCode is specified by the JLS, so this is stable across JVMs; the multiply
        // and shifts spread it over all 64 bits.
        return finish(seed * GAMMA + id.hashCode());
    }
}
