package org.phoenixlab.engine.scenario;

/** A scenario file that cannot be used, with where and what, in words for a person. */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    public ScenarioException(String message) {
        super(message);
    }

    public ScenarioException(String message, Throwable cause) {
        super(message, cause);
    }
}
