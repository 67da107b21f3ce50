package org.phoenixlab.app.util;

import org.phoenixlab.engine.model.ComponentState;

/** The symbol shown with each state, so that a state is never told by colour alone. */
public final class StateSymbols {
    private StateSymbols() {
    }

    public static String of(ComponentState s) {
        return switch (s) {
            case HEALTHY -> "\u2714";     // check mark
            case FAULTY -> "\u2716";      // heavy x
            case DETECTED -> "\u26A0";    // warning sign
            case REPAIRING -> "\u21BB";   // clockwise arrow
            case DEGRADED -> "\u25D0";    // half circle
            case STOPPED -> "\u25A0";     // square
        };
    }
}
