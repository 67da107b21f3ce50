package org.phoenixlab.engine.kernel;

/** Something the kernel runs at a virtual time. */
@FunctionalInterface
public interface Action {
    void run(long nowUs);
}
