package org.phoenixlab.lessons.archfixture.cycle.b;

import org.phoenixlab.lessons.archfixture.cycle.a.Ping;

/** Test fixture: the other half of the package cycle. Never used. */
public final class Pong {
    public Ping serve() {
        return new Ping();
    }
}
