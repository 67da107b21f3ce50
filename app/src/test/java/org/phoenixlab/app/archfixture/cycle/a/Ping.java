package org.phoenixlab.app.archfixture.cycle.a;

import org.phoenixlab.app.archfixture.cycle.b.Pong;

/** Test fixture: one half of a package cycle the architecture rules must refuse. Never used. */
public final class Ping {
    public Pong answer() {
        return new Pong();
    }
}
