package org.phoenixlab.engine.archfixture;

/** Test fixture: what the architecture rules must refuse. Never used. */
public final class UsesUnseededRandom {
    public double roll() {
        return Math.random();
    }
}
