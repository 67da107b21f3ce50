package org.phoenixlab.engine.sim;

/**
 * Marks a class whose instances are part of a running simulation's state: a checkpoint copies them
 * with Java serialization (see docs/ARCHITECTURE.md, "Checkpoints"). A class reachable from the
 * state that does not carry it (or {@link java.io.Serializable}) makes every checkpoint fail with
 * its name, which {@code CheckpointTest} turns into a failing test.
 */
interface EngineState extends java.io.Serializable {
}
