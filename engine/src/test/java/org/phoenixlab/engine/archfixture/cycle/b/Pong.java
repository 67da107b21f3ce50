package org.phoenixlab.engine.archfixture.cycle.b;

import org.phoenixlab.engine.archfixture.cycle.a.Ping;

/** Test fixture: the other half of the package cycle. Never used. */
public final class Pong {
    public Ping serve() {
        return new Ping();
    }
}
