package org.phoenixlab.app.session;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.sim.Command;
import org.phoenixlab.engine.sim.Position;
import org.phoenixlab.engine.sim.Snapshot;
import org.phoenixlab.engine.trace.TraceEvent;
import org.phoenixlab.lessons.StudentAction;

/**
 * The running session as the features around the window see it (files, lessons, export): what runs,
 * where it stands, and the few commands they may give. The main view model implements it; nothing
 * here is a control, so a feature drives the session, never the window's buttons.
 */
public interface SessionControl {
    Session session();

    /** Changes when another session starts (a scenario opened, a replay, a lesson, a restart). */
    ReadOnlyObjectProperty<Session> sessionProperty();

    /** The snapshot shown now; a new one after every change the screen must show. */
    ReadOnlyObjectProperty<Snapshot> snapshotProperty();

    /**
     * How many snapshots have been taken: it changes with every one, even one equal to the one
     * before (a panel that opens, a seek to where the run already is), so it is what to listen to.
     */
    ReadOnlyLongProperty refreshesProperty();

    BooleanProperty playingProperty();

    ObjectProperty<Speed> speedProperty();

    /** Whether the dependency overlay is drawn. */
    BooleanProperty dependenciesShownProperty();

    /** The view as a new lesson finds it: the dependency overlay off, the drawing at its default zoom (fit to width). */
    void defaultView();

    /** Whether playing stops by itself at each moment of the story (a lesson turns it on). */
    BooleanProperty autoPauseProperty();

    /**
     * Engine events that playing must stop at, whatever the speed and the auto-pause (the event a
     * lesson step waits for), so that the student sees them on screen; null for none.
     */
    ObjectProperty<Predicate<TraceEvent>> pauseAtProperty();

    /** The caption's sentence for a trace event of the current run (what happened and why). */
    String sentence(TraceEvent e);

    /**
     * Asks before work the student has not saved would be lost by {@code doing} ("start the lesson");
     * true when there is none, or they agree.
     */
    boolean mayDiscardWork(String doing);

    /** The session was just saved: nothing is unsaved until the next click. */
    void saved();

    /**
     * Starts a session from {@code scenario}, applying {@code commands} as if the user clicked them.
     * Throws IllegalArgumentException when a command does not apply; the current session is kept.
     */
    void start(Scenario scenario, List<Command> commands);

    /** A fresh session on the paper's workload, with no fault. */
    void newSession();

    /** Runs forward (or back) to virtual time {@code us} and shows it. */
    void runTo(long us);

    /** Moves to virtual time {@code us}, backwards or forwards, and shows it. */
    void seek(long us);

    /** Moves to the exact position {@code p} (where a saved session stopped), backwards or forwards, and shows it. */
    void moveTo(Position p);

    /** What a lesson step is about: drawn clear, the rest dimmed; empty: nothing dimmed. */
    ObjectProperty<List<String>> focusProperty();

    /** Told of each thing the student does that a lesson may wait for, after it took effect. */
    void onStudentAction(Consumer<StudentAction> listener);
}
