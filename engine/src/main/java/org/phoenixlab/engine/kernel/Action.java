package org.phoenixlab.engine.kernel;

/**
 * Something the kernel runs at a virtual time. Serializable, so that a pending event (a lambda or
 * a method reference and what it captured) is copied with the rest of the engine's state by a
 * checkpoint; a lambda that captures something not serializable fails the checkpoint loudly.
 */
@FunctionalInterface
public interface Action extends java.io.Serializable {
    void run(long nowUs);
}
