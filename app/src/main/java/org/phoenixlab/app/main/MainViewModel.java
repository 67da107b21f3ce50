package org.phoenixlab.app.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
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
import org.phoenixlab.app.session.RunRecord;
import org.phoenixlab.app.session.FilesViewModel;
import org.phoenixlab.app.session.Session;
import org.phoenixlab.app.session.SessionControl;
import org.phoenixlab.app.session.Speed;
import org.phoenixlab.app.story.StoryViewModel;
import org.phoenixlab.app.util.DialogService;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.fault.FaultTargets;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.recording.Recording;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedFault;
import org.phoenixlab.engine.scenario.ScriptedOperation;
import org.phoenixlab.engine.sim.Command;
import org.phoenixlab.engine.sim.FaultMetrics;
import org.phoenixlab.engine.sim.FaultOutlook;
import org.phoenixlab.engine.sim.Position;
import org.phoenixlab.engine.sim.Simulation;
import org.phoenixlab.engine.sim.Snapshot;
import org.phoenixlab.engine.sim.TrafficView;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.trace.Explanation;
import org.phoenixlab.engine.trace.Moment;
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

    /** How far ahead Step looks for the next moment before it says that none is coming. */
    public static final long MOMENT_LOOKAHEAD_US = 120_000_000L;

    /** The lengths an open-ended session's timeline grows through (it spans the session so far). */
    private static final long[] LENGTH_STEPS_S = {10, 20, 30, 60, 120, 300, 600, 900, 1200, 1800, 2700, 3600};

    /** What Help > About says. */
    public static final String ABOUT = "Phoenix Lab teaches how a pVM-based hypervisor survives faults in its privileged VM, after the "
            + "Phoenix design (Mvondo et al., DSN 2020), compared with vanilla Xen, Xoar and TFD-Xen.\n\n"
            + org.phoenixlab.engine.BuildInfo.current().describe() + ", recordings of engine " + Recording.ENGINE_VERSION
            + ". Every figure comes from the simulated mechanisms; "
            + "the inputs and their sources are in the strategy parameter files.";

    private final int firstGuests;
    private final DialogService dialogs;
    private final Autosave autosave;
    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper refreshes = new ReadOnlyLongWrapper();
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final ObjectProperty<Speed> speed = new SimpleObjectProperty<>(Speed.STORY);
    private final BooleanProperty autoPause = new SimpleBooleanProperty();
    private final ObjectProperty<Predicate<TraceEvent>> pauseAt = new SimpleObjectProperty<>();
    private final StoryViewModel story = new StoryViewModel();
    private final ReadOnlyObjectWrapper<RunRecord> previousRun = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper runLength = new ReadOnlyLongWrapper();
    private final StringProperty strategy = new SimpleStringProperty(FIRST_STRATEGY);
    private final ReadOnlyObjectWrapper<String> selected = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty dependenciesShown = new SimpleBooleanProperty();
    private final BooleanProperty lessonsShown = new SimpleBooleanProperty();
    private final BooleanProperty legendShown = new SimpleBooleanProperty();
    private final ObjectProperty<List<String>> focus = new SimpleObjectProperty<>(List.of());
    private final StatusViewModel status = new StatusViewModel();
    private final ReadOnlyStringWrapper injectText = new ReadOnlyStringWrapper(org.phoenixlab.app.util.Messages.get("toolbar.inject"));
    private final ReadOnlyBooleanWrapper canInject = new ReadOnlyBooleanWrapper();
    private final List<Consumer<StudentAction>> studentListeners = new ArrayList<>();
    private boolean switchingStrategy;
    private String autosaveProblem = "";
    /** The furthest virtual time this session has reached (an open-ended session's timeline spans it). */
    private long furthestUs;
    /** The commands as they were last saved (or opened): anything else is work a new session would lose. */
    private List<Command> savedCommands = List.of();

    /** A window's model over the paper's workload with {@code guests} guests (1 to 64). */
    public MainViewModel(int guests, DialogService dialogs, Autosave autosave) {
        this.firstGuests = guests;
        this.dialogs = dialogs;
        this.autosave = autosave;
        strategy.addListener((o, was, now) -> {
            if (!switchingStrategy) {
                RunRecord before = session() == null ? null : record();
                restart();
                previousRun.set(before); // kept, faded, beside the new run until cleared
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

    @Override
    public BooleanProperty autoPauseProperty() {
        return autoPause;
    }

    @Override
    public ObjectProperty<Predicate<TraceEvent>> pauseAtProperty() {
        return pauseAt;
    }

    /** The run's story: its moments, the one the caption tells, the caption's words. */
    public StoryViewModel story() {
        return story;
    }

    /** The run before the last strategy switch, or null: its figures stay beside the new run's. */
    public ReadOnlyObjectProperty<RunRecord> previousRunProperty() {
        return previousRun.getReadOnlyProperty();
    }

    /** The previous run is no longer wanted beside this one. */
    public void clearPreviousRun() {
        previousRun.set(null);
    }

    /**
     * The length of the run the timeline spans: the scenario's duration, or for an open-ended session
     * the session so far, rounded up to the next of a few steps (so the scale changes rarely).
     */
    public ReadOnlyLongProperty runLengthProperty() {
        return runLength.getReadOnlyProperty();
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

    private Runnable defaultZoom = () -> { };

    /** What puts the drawing at its default zoom (the window's). */
    void onDefaultZoom(Runnable r) {
        defaultZoom = r;
    }

    @Override
    public void defaultView() {
        dependenciesShown.set(false);
        defaultZoom.run();
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

    /** The title of the design protecting the host now ("Phoenix, fine-grained"). */
    public String strategyTitle() {
        return org.phoenixlab.app.util.ModelWords.strategy(simulation().strategy().name(), simulation().strategy().title());
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

    /** What, in this design, will notice the fault {@code f} (or that nothing will). */
    public Optional<FaultOutlook> outlook(FaultMetrics f) {
        Optional<FaultKind> kind = FaultKind.byId(f.kind());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(simulation().outlook(f.target(), kind.get()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String sentence(TraceEvent e) {
        return story.sentence(e);
    }

    /** Why a trace event happened, worked out from the current run's trace. */
    public String explain(TraceEvent e) {
        List<TraceEvent> events = trace().events();
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).seq() == e.seq()) {
                return org.phoenixlab.app.util.PhraseWords.sentence(new Explanation(events, topology()).phrase(i), topology());
            }
        }
        return org.phoenixlab.app.util.Messages.get("explain.gone");
    }

    /** The faults that make sense for the selected component (the inject menu). */
    public List<FaultKind> faultsForSelected() {
        String id = selected.get();
        return id == null ? List.of() : FaultTargets.faultsFor(topology(), id, replicatedXenStore());
    }

    // ------------------------------------------------------------------ commands

    @Override
    public void start(Scenario scenario, List<Command> commands) {
        Session next = commands.isEmpty() ? org.phoenixlab.app.session.SessionHeadStart.take(scenario).orElseGet(() -> new Session(scenario)) : new Session(scenario);
        if (!commands.isEmpty()) {
            FilesViewModel.apply(next, commands); // may throw: then the current session is kept
        }
        if (!scenario.strategy().equals(strategy.get())) {
            switchingStrategy = true;
            strategy.set(scenario.strategy());
            switchingStrategy = false;
        }
        playing.set(false);
        previousRun.set(null);
        savedCommands = List.copyOf(commands);
        furthestUs = next.nowUs();
        session.set(next);
        reached();
        story.started(next);
        if (selected.get() != null && !topology().contains(selected.get())) {
            selected.set(null);
        }
        updateInject();
        saveForRecovery();
        refresh(Tell.LATEST);
    }

    /** A fresh session on the paper's workload, with as many guests as the one it replaces. */
    @Override
    public void newSession() {
        int guests = session.get() == null ? firstGuests : topology().guests();
        start(freshScenario(strategy.get(), guests), List.of());
    }

    /** What a new session runs: the paper's workload under {@code strategy}, its line rate shared by {@code guests} guests. */
    static Scenario freshScenario(String strategy, int guests) {
        return Scenario.paperWorkload(strategy, 1, HORIZON_US).withGuests(guests).withRate(Scenario.PAPER_LINE_RATE_PPS / guests);
    }

    /** The strategy a window starts with. */
    static final String FIRST_STRATEGY = "phoenix-fine";
    /** The guests a window starts with. */
    static final int FIRST_GUESTS = 3;

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
        Optional<String> problem = org.phoenixlab.engine.fault.FaultTargets.problem(topology(), target, kind, replicatedXenStore());
        if (problem.isPresent()) {
            dialogs.warn(org.phoenixlab.app.util.Messages.get("dialog.cannotInject"), problem.get());
            return;
        }
        story.branching();
        try {
            session().inject(target, kind);
        } catch (IllegalArgumentException e) {
            dialogs.warn(org.phoenixlab.app.util.Messages.get("dialog.cannotInject"), e.getMessage());
            return;
        }
        told(new StudentAction.Inject(target, kind));
        saveForRecovery();
        refresh(Tell.NEXT);
    }

    /** Starts a VM operation on a guest, from its menu; tool_uk carries it out. */
    public void operate(ScriptedOperation.Kind kind, String vm) {
        if (!topology().isGuest(vm)) {
            dialogs.warn(org.phoenixlab.app.util.Messages.get("dialog.cannotOperate"), "'" + vm + "' is not a guest of this topology");
            return;
        }
        story.branching();
        try {
            session().operate(kind, vm);
        } catch (IllegalArgumentException e) {
            dialogs.warn(org.phoenixlab.app.util.Messages.get("dialog.cannotOperate"), e.getMessage());
            return;
        }
        told(new StudentAction.Operate(kind, vm));
        saveForRecovery();
        refresh(Tell.NEXT);
    }

    public void togglePlaying() {
        playing.set(!playing.get());
    }

    /** Runs virtual time forward by {@code us} and shows it. */
    public void advance(long us) {
        session().advanceTo(session().nowUs() + us);
        reached();
        refresh(Tell.LATEST);
    }

    /**
     * What the playback clock calls each frame while playing: virtual time runs on by {@code virtualUs}
     * (the clock has turned the frame's wall time into virtual time) and stops early, just after the
     * engine event, at an event playing must stop at: each moment of the story when {@code atMoments},
     * and always the one a lesson waits for. When auto-pause is on, or the lesson's event came, playing
     * pauses there. Returns the event it stopped at. Nothing is redrawn here.
     */
    public Optional<TraceEvent> playFor(long virtualUs, boolean atMoments) {
        Predicate<TraceEvent> awaited = pauseAt.get();
        Predicate<TraceEvent> stop = atMoments || autoPause.get()
                ? (awaited == null ? Moment::is : e -> Moment.is(e) || awaited.test(e))
                : awaited;
        long target = nowUs() + Math.max(1, virtualUs);
        Optional<TraceEvent> hit = Optional.empty();
        if (stop == null) {
            session().advanceTo(target);
        } else {
            hit = session().advanceUntil(target, stop);
        }
        reached();
        if (hit.isPresent() && (autoPause.get() || awaited != null && awaited.test(hit.get()))) {
            playing.set(false);
        }
        if (nowUs() >= session().scenario().durationUs()) {
            playing.set(false); // the end of the run
        }
        return hit;
    }

    /**
     * The next moment of the story (pauses playback): one the same engine event already brought, or
     * the run goes on, event by event, until the next one (up to {@link #MOMENT_LOOKAHEAD_US} ahead;
     * without one it stays where it was and says so).
     */
    public void stepForward() {
        playing.set(false);
        if (story.tellNext()) {
            refresh(Tell.KEEP);
            return;
        }
        long from = nowUs();
        long end = session().scenario().durationUs();
        if (from >= end) {
            story.say("The run is over (it lasts " + StoryViewModel.time(end) + "): drag the timeline back, or start a new session.");
            refresh(Tell.KEEP);
            return;
        }
        Optional<TraceEvent> hit = session().advanceUntil(Math.min(end, from + MOMENT_LOOKAHEAD_US), Moment::is);
        if (hit.isEmpty()) {
            boolean over = nowUs() >= end;
            if (!over) {
                session().seek(from);
            }
            reached();
            story.say(over ? "Nothing more happens before the run ends at " + StoryViewModel.time(end) + "."
                    : "No moment in the next " + MOMENT_LOOKAHEAD_US / 60_000_000 + " minutes of this run (nothing is failing): "
                            + "inject a fault (right-click a component), or Shift+Right to step one engine event.");
            refresh(Tell.KEEP);
            return;
        }
        reached();
        refresh(Tell.NEXT);
    }

    /** The previous moment of the story, as the run was just after it (pauses playback); the start before the first. */
    public void stepBack() {
        playing.set(false);
        Optional<TraceEvent> previous = story.previous();
        if (previous.isEmpty()) {
            session().seek(0);
            refresh(Tell.LATEST);
            return;
        }
        session().goToTraceEvent((int) previous.get().seq());
        story.tell(previous.get());
        refresh(Tell.KEEP);
    }

    /** One engine event forward (pauses playback): the fine step, for the curious. */
    public void stepEvent() {
        playing.set(false);
        session().stepForward();
        reached();
        refresh(Tell.NEXT);
    }

    /** One engine event back: the run is rebuilt to exactly the previous state (pauses playback). */
    public void stepEventBack() {
        playing.set(false);
        session().stepBack();
        refresh(Tell.LATEST);
    }

    /** Goes to just after a moment of the run (a timeline marker), behind the present or still ahead (pauses playback). */
    public void goToMoment(TraceEvent moment) {
        playing.set(false);
        if (session().goToTraceEvent((int) moment.seq())) {
            TraceEvent there = trace().get((int) moment.seq());
            story.moved(false, true);
            story.tell(there);
        }
        reached();
        refresh(Tell.KEEP);
    }

    /**
     * When the next moment of this run is known to come, if it is: one seen before a seek back, or a
     * fault, an operation or a click the scenario or the recording schedules. The story speed slows
     * down on its way to it.
     */
    public OptionalLong nextKnownMomentUs() {
        long now = nowUs();
        long best = story.nextAhead().map(TraceEvent::timeUs).orElse(Long.MAX_VALUE);
        for (ScriptedFault f : session().scenario().faults()) {
            if (f.atUs() > now) {
                best = Math.min(best, f.atUs());
            }
        }
        for (ScriptedOperation op : session().scenario().operations()) {
            if (op.atUs() > now) {
                best = Math.min(best, op.atUs());
            }
        }
        for (Command c : session().issued()) {
            if (c.atUs() > now) {
                best = Math.min(best, c.atUs());
            }
        }
        return best == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(best);
    }

    @Override
    public void seek(long us) {
        session().seek(us);
        reached();
        refresh(Tell.LATEST);
    }

    @Override
    public void runTo(long us) {
        session().advanceTo(us);
        reached();
        refresh(Tell.LATEST);
    }

    @Override
    public void moveTo(Position p) {
        session().moveTo(p);
        reached();
        refresh(Tell.LATEST);
    }

    /** The program is closing normally: the autosaved session is not needed any more. */
    public void closing() {
        playing.set(false);
        autosave.discard();
    }

    /** How a refresh moves the caption. */
    enum Tell {
        /** The latest moment behind the present (the run jumped or played). */
        LATEST,
        /** The first moment not told yet (a click or a step: they are told in order). */
        NEXT,
        /** The one told now (only redrawn), unless it is no longer behind the present. */
        KEEP
    }

    /**
     * Takes a new snapshot and the status line's words from it; the views redraw from it. Nothing
     * moves (the caption keeps its moment): a tab opened, a panel redrawn.
     */
    public void refresh() {
        refresh(Tell.KEEP);
    }

    /** As {@link #refresh()} after the run moved by playing: the caption tells the latest moment. */
    public void refreshAfterPlaying() {
        refresh(Tell.LATEST);
    }

    private void refresh(Tell how) {
        Simulation sim = simulation();
        story.moved(how == Tell.NEXT, how == Tell.KEEP);
        Snapshot s = sim.snapshot();
        status.show(s, org.phoenixlab.app.util.ModelWords.strategy(sim.strategy().name(), sim.strategy().title()), autosaveProblem, this::outlook);
        snapshot.set(s);
        refreshes.set(refreshes.get() + 1);
    }

    /** Notes how far this session has been, and the timeline's length from it. */
    private void reached() {
        furthestUs = Math.max(furthestUs, nowUs());
        long d = session().scenario().durationUs();
        long length = d;
        if (d >= HORIZON_US) {
            length = LENGTH_STEPS_S[LENGTH_STEPS_S.length - 1] * 1_000_000L;
            for (long step : LENGTH_STEPS_S) {
                if (furthestUs < step * 1_000_000L) {
                    length = step * 1_000_000L;
                    break;
                }
            }
        }
        if (length != runLength.get()) {
            runLength.set(length);
        }
    }

    /** The run as it stands, to keep beside the next one. */
    private RunRecord record() {
        Simulation sim = simulation();
        return new RunRecord(org.phoenixlab.app.util.ModelWords.strategy(sim.strategy().name(), sim.strategy().title()), sim.nowUs(), sim.faults(), sim.throughput(), Simulation.throughputBucketUs());
    }

    /** Whether the student did something (a fault, an operation) since the session was opened or saved. */
    public boolean hasUnsavedWork() {
        List<Command> now = List.copyOf(session().issued());
        return !now.isEmpty() && !now.equals(savedCommands);
    }

    @Override
    public boolean mayDiscardWork(String doing) {
        if (!hasUnsavedWork()) {
            return true;
        }
        int n = session().issued().size();
        return dialogs.confirm("discard-dialog", org.phoenixlab.app.util.Messages.get("discard.title"), org.phoenixlab.app.util.Messages.format("discard.text", n, doing));
    }

    @Override
    public void saved() {
        savedCommands = List.copyOf(session().issued());
    }

    private void updateInject() {
        String id = selected.get();
        boolean any = !faultsForSelected().isEmpty();
        canInject.set(any);
        injectText.set(any ? org.phoenixlab.app.util.Messages.format("toolbar.inject.on", org.phoenixlab.app.util.ModelWords.name(topology(), id))
                : org.phoenixlab.app.util.Messages.get("toolbar.inject"));
    }

    /** Writes the session where a crash cannot lose it; a failure is said in the status line. */
    private void saveForRecovery() {
        if (session().simulation().commands().isEmpty()) {
            return; // nothing the user did yet (and a session left by a crash must not be overwritten by a blank one)
        }
        autosaveProblem = autosave.save(session()).orElse("");
    }
}
