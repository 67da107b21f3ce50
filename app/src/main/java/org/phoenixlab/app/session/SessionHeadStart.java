package org.phoenixlab.app.session;

import java.util.Optional;
import org.phoenixlab.app.util.HeadStart;
import org.phoenixlab.engine.scenario.Scenario;

/**
 * The first session, built while JavaFX brings up its toolkit. For about a third of a second after
 * {@code main} the program's own code only waits for the toolkit; in that time a second thread builds the
 * session the window opens with (the engine, the strategy files, the first checkpoint) and the window
 * takes it instead of building it again. It is handed over only for the very scenario the window asks for,
 * and only once; otherwise (a test's window, another strategy, a second window) the window builds its own.
 * A failure here is not reported: the window then builds the session itself and reports what goes wrong.
 */
public final class SessionHeadStart {
    private static HeadStart<Session> prepared;

    private SessionHeadStart() {
    }

    /** Starts building the session for the scenario {@code scenario} gives, on a thread of its own (both are built there). */
    public static synchronized void begin(java.util.function.Supplier<Scenario> scenario) {
        prepared = HeadStart.begin("first-session", () -> new Session(scenario.get()));
    }

    /**
     * The session built ahead for exactly {@code scenario}, once (waiting for it if it is still being built);
     * empty when none was begun, it was for another scenario, it failed, or it was already taken.
     */
    public static synchronized Optional<Session> take(Scenario scenario) {
        HeadStart<Session> h = prepared;
        prepared = null;
        return h == null ? Optional.empty() : h.join().filter(s -> s.scenario().equals(scenario));
    }
}
