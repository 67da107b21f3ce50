package org.phoenixlab.engine.archfixture;

/** Test fixture: what the architecture rules must refuse. Never used. */
public final class ReadsTheWallClock {
    public long now() {
        return System.currentTimeMillis();
    }
}
