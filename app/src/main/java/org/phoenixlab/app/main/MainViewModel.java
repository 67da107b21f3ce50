package org.phoenixlab.app.main;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.phoenixlab.app.session.Autosave;
import org.phoenixlab.app.session.FilesViewModel;
import org.phoenixlab.app.session.Session;
import org.phoenixlab.app.session.SessionControl;
import org.phoenixlab.app.session.Speed;
import org.phoenixlab.app.util.DialogService;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.fault.FaultTargets;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.recording.Recording;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedOperation;
import org.phoenixlab.engine.sim.Command;
import org.phoenixlab.engine.sim.Simulation;
import org.phoenixlab.engine.sim.Snapshot;
import org.phoenixlab.engine.sim.TrafficView;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.trace.Explanation;
import org.phoenixlab.engine.trace.Trace;
import org.phoenixlab.engine.trace.TraceEvent;
import org.phoenixlab.lessons.StudentAction;

/**
 * The window's state and commands, with no control in sight: the session, playing or paused and
 * how fast, the strategy, the selected component, whether the dependencies and the lessons are
 * shown, a lesson's focus, and the status line; inject, operate, step, seek, restart. The window's
 * views bind to these properties; the lesson player and the File menu drive the same ones. Every
 * change to the run ends in a new {@link #snapshotProperty() snapshot}, which the views draw.
 */
public final class MainViewModel implements SessionControl {
    /** Virtual time the window's simulation may run to. */
    public static final long HORIZON_US = 3_600_000_000L;

    /** What Help > About says. */
    public static final String ABOUT = "Phoenix Lab teaches how a pVM-based hypervisor survives faults in its privileged VM, after the "
            + "Phoenix design (Mvondo et al., DSN 2020), compared with vanilla Xen, Xoar and TFD-Xen.\n\n"
            + org.phoenixlab.engine.BuildInfo.current().describe() + ", recordings of engine " + Recording.ENGINE_VERSION
            + ". Every figure comes from the simulated mechanisms; "
            + "the inputs and their sources are in the strategy parameter files.";

    private final int guests;
    private final DialogService dialogs;
    private final Autosave autosave;
    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper refreshes = new ReadOnlyLongWrapper();
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final ObjectProperty<Speed> speed = new SimpleObjectProperty<>(Speed.TENTH);
    private final StringProperty strategy = new SimpleStringProperty("phoenix-fine");
    private final ReadOnlyObjectWrapper<String> selected = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty dependenciesShown = new SimpleBooleanProperty();
    private final BooleanProperty lessonsShown = new SimpleBooleanProperty();
    private final BooleanProperty legendShown = new SimpleBooleanProperty();
    private final ObjectProperty<List<String>> focus = new SimpleObjectProperty<>(List.of());
    private final StatusViewModel status = new StatusViewModel();
    private final ReadOnlyStringWrapper injectText = new ReadOnlyStringWrapper("Inject fault");
    private final ReadOnlyBooleanWrapper canInject = new ReadOnlyBooleanWrapper();
    private final List<Consumer<StudentAction>> studentListeners = new ArrayList<>();
    private boolean switchingStrategy;
    private String autosaveProblem = "";

    /** A window's model over the paper's workload with {@code guests} guests (1 to 64). */
    public MainViewModel(int guests, DialogService dialogs, Autosave autosave) {
        this.guests = guests;
        this.dialogs = dialogs;
        this.autosave = autosave;
        strategy.addListener((o, was, now) -> {
            if (!switchingStrategy) {
                restart();
                told(new StudentAction.SwitchStrategy(now));
            }
        });
        lessonsShown.addListener((o, was, on) -> {
            if (on) {
                legendShown.set(true); // a lesson talks about the marks: their key is on screen
            }
        });
        dependenciesShown.addListener((o, was, on) -> {
            if (on) {
                told(new StudentAction.ShowDependencies());
            }
        });
        newSession();
    }

    // ------------------------------------------------------------------ properties

    @Override
    public Session session() {
        return session.get();
    }

    @Override
    public ReadOnlyObjectProperty<Session> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyLongProperty refreshesProperty() {
        return refreshes.getReadOnlyProperty();
    }

    @Override
    public BooleanProperty playingProperty() {
        return playing;
    }

    @Override
    public ObjectProperty<Speed> speedProperty() {
        return speed;
    }

    /** The strategy protecting the host; choosing another starts the run again under it. */
    public StringProperty strategyProperty() {
        return strategy;
    }

    /** The component shown in the inspector and marked in the drawing, or null. */
    public ReadOnlyObjectProperty<String> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public BooleanProperty dependenciesShownProperty() {
        return dependenciesShown;
    }

    /** Whether the key to the drawing's marks is shown (it is during lessons). */
    public BooleanProperty legendShownProperty() {
        return legendShown;
    }

    public BooleanProperty lessonsShownProperty() {
        return lessonsShown;
    }

    @Override
    public ObjectProperty<List<String>> focusProperty() {
        return focus;
    }

    /** The status line. */
    public StatusViewModel status() {
        return status;
    }

    /** The inject menu's title: "Inject fault on NetBack". */
    public ReadOnlyStringProperty injectTextProperty() {
        return injectText.getReadOnlyProperty();
    }

    /** Whether a fault can be injected on the selected component. */
    public ReadOnlyBooleanProperty canInjectProperty() {
        return canInject.getReadOnlyProperty();
    }

    @Override
    public void onStudentAction(Consumer<StudentAction> listener) {
        studentListeners.add(listener);
    }

    private void told(StudentAction action) {
        for (Consumer<StudentAction> l : List.copyOf(studentListeners)) {
            l.accept(action);
        }
    }

    // ------------------------------------------------------------------ what the views read

    /** The running simulation: for other view models (export), never for a view. */
    public Simulation simulation() {
        return session().simulation();
    }

    public Topology topology() {
        return simulation().topology();
    }

    /** What this design's privileged side is made of (the drawing follows it). */
    public org.phoenixlab.engine.strategy.HostDesign design() {
        return simulation().design();
    }

    /** The heartbeat deadline of this design (drawn in the heartbeat lanes), µs. */
    public long heartbeatDeadlineUs() {
        var s = simulation().strategy();
        return s.defines(org.phoenixlab.engine.strategy.Parameter.HEARTBEAT_DEADLINE_US)
                ? s.get(org.phoenixlab.engine.strategy.Parameter.HEARTBEAT_DEADLINE_US) : 5_000;
    }

    /** Whether XenStore is replicated in this design (which faults its parts can suffer). */
    public boolean replicatedXenStore() {
        return simulation().strategy().has(Mechanism.XENSTORE_REPLICATION);
    }

    public Trace trace() {
        return simulation().trace();
    }

    public long nowUs() {
        return session().nowUs();
    }

    /** The network path's counters alone: a cheap read for an animation frame. */
    public TrafficView networkTraffic() {
        return simulation().networkTraffic();
    }

    public boolean networkBackendStalled() {
        return simulation().networkBackendStalled();
    }

    /** Packets delivered per bucket of virtual time, from the start to now. */
    public List<Long> throughput() {
        return simulation().throughput();
    }

    /** The virtual time each throughput bucket covers. */
    public long throughputBucketUs() {
        return Simulation.throughputBucketUs();
    }

    public Autosave autosave() {
        return autosave;
    }

    /** Why a trace event happened, worked out from the current run's trace. */
    public String explain(TraceEvent e) {
        List<TraceEvent> events = trace().events();
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).seq() == e.seq()) {
                return new Explanation(events, topology()).of(i);
            }
        }
        return "this event is no longer part of the run";
    }

    /** The faults that make sense for the selected component (the inject menu). */
    public List<FaultKind> faultsForSelected() {
        String id = selected.get();
        return id == null ? List.of() : FaultTargets.faultsFor(topology(), id, replicatedXenStore());
    }

    // ------------------------------------------------------------------ commands

    @Override
    public void start(Scenario scenario, List<Command> commands) {
        Session next = new Session(scenario);
        FilesViewModel.apply(next, commands); // may throw: then the current session is kept
        if (!scenario.strategy().equals(strategy.get())) {
            switchingStrategy = true;
            strategy.set(scenario.strategy());
            switchingStrategy = false;
        }
        session.set(next);
        if (selected.get() != null && !topology().contains(selected.get())) {
            selected.set(null);
        }
        updateInject();
        saveForRecovery();
        refresh();
    }

    @Override
    public void newSession() {
        start(Scenario.paperWorkload(strategy.get(), 1, HORIZON_US).withGuests(guests)
                .withRate(Scenario.PAPER_LINE_RATE_PPS / guests), List.of());
    }

    /** Starts the current scenario again from time zero under the selected strategy (the clicks are dropped). */
    public void restart() {
        if (session.get() == null) {
            newSession();
        } else {
            start(session().scenario().withStrategy(strategy.get()), List.of());
        }
    }

    /** Shows one component in the inspector. */
    public void select(String componentId) {
        selected.set(componentId);
        updateInject();
        told(new StudentAction.Select(componentId));
        refresh();
    }

    public void inject(String target, FaultKind kind) {
        try {
            session().inject(target, kind);
        } catch (IllegalArgumentException e) {
            dialogs.warn("This fault cannot be injected", e.getMessage());
            return;
        }
        told(new StudentAction.Inject(target, kind));
        saveForRecovery();
        refresh();
    }

    /** Starts a VM operation on a guest, from its menu; tool_uk carries it out. */
    public void operate(ScriptedOperation.Kind kind, String vm) {
        try {
            session().operate(kind, vm);
        } catch (IllegalArgumentException e) {
            dialogs.warn("This operation cannot be started", e.getMessage());
            return;
        }
        told(new StudentAction.Operate(kind, vm));
        saveForRecovery();
        refresh();
    }

    public void togglePlaying() {
        playing.set(!playing.get());
    }

    /** Runs virtual time forward by {@code us} and shows it. */
    public void advance(long us) {
        session().advanceTo(session().nowUs() + us);
        refresh();
    }

    /**
     * What the playback clock calls each frame while playing: {@code wallUs} of wall time moves
     * virtual time by that much times the speed (at least a microsecond). Nothing is redrawn here.
     */
    public void play(long wallUs) {
        session().advanceTo(session().nowUs() + Math.max(1, Math.round(wallUs * speed.get().factor())));
    }

    /** One engine event forward (pauses playback). */
    public void stepForward() {
        playing.set(false);
        session().stepForward();
        refresh();
    }

    /** One engine event back: the run is rebuilt to exactly the previous state (pauses playback). */
    public void stepBack() {
        playing.set(false);
        session().stepBack();
        refresh();
    }

    @Override
    public void seek(long us) {
        session().seek(us);
        refresh();
    }

    @Override
    public void runTo(long us) {
        session().advanceTo(us);
        refresh();
    }

    /** The program is closing normally: the autosaved session is not needed any more. */
    public void closing() {
        playing.set(false);
        autosave.discard();
    }

    /** Takes a new snapshot and the status line's words from it; the views redraw from it. */
    public void refresh() {
        Simulation sim = simulation();
        Snapshot s = sim.snapshot();
        status.show(s, sim.strategy().title(), autosaveProblem);
        snapshot.set(s);
        refreshes.set(refreshes.get() + 1);
    }

    private void updateInject() {
        String id = selected.get();
        boolean any = !faultsForSelected().isEmpty();
        canInject.set(any);
        injectText.set(any ? "Inject fault on " + topology().find(id).map(c -> c.label()).orElse(id) : "Inject fault");
    }

    /** Writes the session where a crash cannot lose it; a failure is said in the status line. */
    private void saveForRecovery() {
        if (session().simulation().commands().isEmpty()) {
            return; // nothing the user did yet (and a session left by a crash must not be overwritten by a blank one)
        }
        autosaveProblem = autosave.save(session().toRecording()).orElse("");
    }
}
