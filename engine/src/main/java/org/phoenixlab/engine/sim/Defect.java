package org.phoenixlab.engine.sim;

/**
 * Deliberate bugs, reachable only through the package-private constructor of {@link Simulation}
 * (that is, from tests in this package), to prove that the property tests can fail.
 */
enum Defect {
    /** The global loop starts a repair without waiting for what the component needs. */
    IGNORE_DEPENDENCY_ORDER,
    /** XenStore serves the master replica's value without checking its hash. */
    NO_HASH_CHECK,
    /** The shadow driver forgets what it held instead of replaying it. */
    SHADOW_DROPS_BUFFER
}
