package org.phoenixlab.app;

import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.sim.FaultMetrics;
import org.phoenixlab.engine.sim.Simulation;
import org.phoenixlab.engine.sim.Snapshot;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/**
 * The first window: the architecture view over a running simulation, a strategy selector, play and
 * pause at a chosen speed, and a status line. Right-click a NIC driver, NetBack or net_uk to inject.
 */
final class MainWindow extends BorderPane {
    /** Virtual time the window's simulation may run to. */
    static final long HORIZON_US = 3_600_000_000L;

    record Speed(String label, double factor) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final List<Speed> SPEEDS = List.of(
            new Speed("0.01x slow motion", 0.01), new Speed("0.1x", 0.1),
            new Speed("1x (real time)", 1.0), new Speed("10x", 10.0));

    private final ComboBox<String> strategy = new ComboBox<>();
    private final ComboBox<Speed> speed = new ComboBox<>();
    private final ToggleButton play = new ToggleButton("\u25B6 Play");
    private final Label clock = new Label();
    private final Label traffic = new Label();
    private final Label lastFault = new Label();
    private final ScrollPane scroll = new ScrollPane();
    private final AnimationTimer timer;
    private final TimelineBar timeline = new TimelineBar(this::seek, this::explain);
    private final InspectorPane inspector = new InspectorPane();
    private final MetricsPane metrics = new MetricsPane();
    private final EventLogPane eventLog = new EventLogPane(this::seek, this::explain);
    private CompareWindow compareWindow;
    private final Button compareButton = new Button("Compare\u2026");
    private final javafx.scene.Group zoomed = new javafx.scene.Group();
    private final javafx.scene.control.TabPane side = new javafx.scene.control.TabPane();
    private Session session;
    private boolean switchingStrategy;
    private ToggleButton dependencies;
    private final java.util.prefs.Preferences prefs = Settings.preferences();
    private final FileActions files = new FileActions(this, prefs);
    private final ExportActions exports = new ExportActions(this);
    private final Autosave autosave = new Autosave(Settings.home());
    private final Zoom zoom = new Zoom(scroll, this::architectureOrNull);
    private final javafx.scene.control.MenuButton injectButton = new javafx.scene.control.MenuButton("Inject fault");
    private final javafx.scene.control.SplitPane centre = new javafx.scene.control.SplitPane();
    private String autosaveProblem = "";
    private LessonPanel lessons;
    private DividerFit dividerFit;
    private boolean fitPending;
    private final ToggleButton lessonsButton = new ToggleButton("Lessons");
    private ArchitectureView view;

    private final int guests;

    MainWindow() {
        this(3);
    }

    /** A window over the paper's workload with {@code guests} guests (1 to 64). */
    MainWindow(int guests) {
        this.guests = guests;
        strategy.getItems().setAll(StrategyCatalog.NAMES);
        strategy.setValue("phoenix-fine");
        strategy.setTooltip(new Tooltip("Which system protects the host; changing it starts the run again"));
        strategy.setOnAction(e -> {
            if (!switchingStrategy) {
                restart();
                if (lessons != null) {
                    lessons.acted(new org.phoenixlab.lessons.StudentAction.SwitchStrategy(strategy.getValue()));
                }
            }
        });
        speed.getItems().setAll(SPEEDS);
        speed.setValue(SPEEDS.get(1));
        speed.setPrefWidth(150);
        speed.setTooltip(new Tooltip("How fast virtual time runs against the clock on the wall"));
        play.setTooltip(new Tooltip("Play or pause virtual time (Space)"));
        play.selectedProperty().addListener((o, was, on) -> play.setText(on ? "Pause" : "\u25B6 Play"));
        Button back = new Button("\u25C0 Step");
        back.setTooltip(new Tooltip("Back to the previous engine event (Left arrow)"));
        back.setOnAction(e -> stepBack());
        Button step = new Button("Step \u25B6");
        step.setTooltip(new Tooltip("To the next engine event (Right arrow)"));
        step.setOnAction(e -> stepForward());
        ToggleButton deps = new ToggleButton("Dependencies");
        deps.setTooltip(new Tooltip("Show which component needs which, and the order repairs will follow (D)"));
        deps.selectedProperty().addListener((o, was, on) -> {
            view.showDependencies(on);
            if (on && lessons != null) {
                lessons.acted(new org.phoenixlab.lessons.StudentAction.ShowDependencies());
            }
        });
        this.dependencies = deps;
        Button restart = new Button("Restart");
        restart.setTooltip(new Tooltip("Start the run again from time zero"));
        restart.setOnAction(e -> restart());
        injectButton.setId("inject-menu");
        injectButton.setTooltip(new Tooltip("The faults that make sense for the selected component (click one to select it; "
                + "or right-click a component)"));
        injectButton.setOnShowing(e -> fillInjectMenu());
        injectButton.setDisable(true);
        ToolBar bar = new ToolBar(lessonsButton, new Separator(), new Label("Strategy"), strategy, new Separator(), play, back, step, new Label("Speed"), speed,
                new Separator(), injectButton, deps, restart, new Separator(), zoom.controls(), new Separator(), compareButton);
        compareButton.setId("compare-button");
        compareButton.setTooltip(new Tooltip("One fault under every strategy, beside the paper's figures; what-if sliders and sweeps (Ctrl+K)"));
        compareButton.setOnAction(e -> openCompare());
        setTop(new javafx.scene.layout.VBox(files.menuBar(), bar));
        scroll.setFitToWidth(false);
        scroll.setContent(zoomed);
        javafx.scene.control.Tab events = new javafx.scene.control.Tab("Events", eventLog);
        javafx.scene.control.Tab inspect = new javafx.scene.control.Tab("Inspector", inspector);
        javafx.scene.control.Tab measure = new javafx.scene.control.Tab("Metrics", metrics);
        for (javafx.scene.control.Tab t : new javafx.scene.control.Tab[] {events, inspect, measure}) {
            t.setClosable(false);
        }
        side.getTabs().addAll(events, inspect, measure);
        side.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (session != null) {
                refresh();
            }
        });
        side.setMinHeight(150);
        centre.getItems().setAll(scroll, side);
        centre.setOrientation(javafx.geometry.Orientation.VERTICAL);
        dividerFit = new DividerFit(centre, scroll, this::architectureOrNull, new WindowMemory(prefs));
        javafx.beans.InvalidationListener resized = o -> {
            if (lessonsButton.isSelected() && !fitPending) {
                fitPending = true; // one fit for a burst of resizes (a window being dragged)
                javafx.application.Platform.runLater(() -> { // after this layout pass
                    fitPending = false;
                    fitDrawingBesideLessons();
                });
            }
        };
        centre.widthProperty().addListener(resized);
        centre.heightProperty().addListener(resized);
        setCenter(centre);
        HBox status = new HBox(24, clock, traffic, lastFault);
        status.getStyleClass().add("status-bar");
        status.setPadding(new Insets(6, 10, 6, 10));
        timeline.setPadding(new Insets(4, 10, 2, 10));
        setBottom(new javafx.scene.layout.VBox(timeline, status));
        timer = new AnimationTimer() {
            private long lastNs = -1;
            private long lastTextNs;

            @Override
            public void handle(long nowNs) {
                if (lastNs >= 0 && play.isSelected()) {
                    long wallUs = (nowNs - lastNs) / 1000;
                    session.advanceTo(session.nowUs() + Math.max(1, Math.round(wallUs * speed.getValue().factor())));
                    // Dots move every frame; words and panels refresh ten times a second while playing
                    // (re-laying out dozens of labels each frame costs more than the frame has).
                    if (nowNs - lastTextNs >= 100_000_000L) {
                        lastTextNs = nowNs;
                        refresh();
                    } else {
                        view.animate(session.simulation());
                    }
                }
                lastNs = nowNs;
            }
        };
        restart();
        lessonsButton.setId("lessons-button");
        lessonsButton.setTooltip(new Tooltip("Guided lessons: open the list (Ctrl+L)"));
        lessonsButton.selectedProperty().addListener((o, was, on) -> {
            setRight(on ? lessons() : null);
            lessons().visible(on); // a dimmed drawing with no panel to say why would only puzzle
            if (on) {
                fitDrawingBesideLessons();
            } else {
                dividerFit.restore();
            }
        });
        timer.start();
    }

    Simulation simulation() {
        return session.simulation();
    }

    Session session() {
        return session;
    }

    TimelineBar timeline() {
        return timeline;
    }

    ArchitectureView architecture() {
        return view;
    }

    ToggleButton playButton() {
        return play;
    }

    ToggleButton dependenciesButton() {
        return dependencies;
    }

    ComboBox<Speed> speedSelector() {
        return speed;
    }

    ComboBox<String> strategySelector() {
        return strategy;
    }

    private javafx.scene.Node architectureOrNull() {
        return view;
    }

    /** Why a trace event happened, worked out from the current run's trace. */
    String explain(org.phoenixlab.engine.trace.TraceEvent e) {
        Simulation sim = session.simulation();
        List<org.phoenixlab.engine.trace.TraceEvent> events = sim.trace().events();
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).seq() == e.seq()) {
                return new org.phoenixlab.engine.trace.Explanation(events, sim.topology()).of(i);
            }
        }
        return "this event is no longer part of the run";
    }

    /** Opens (or brings forward) the Compare and What-if window. */
    CompareWindow openCompare() {
        if (compareWindow == null) {
            compareWindow = new CompareWindow(getScene() == null ? null : getScene().getWindow(),
                    getScene() == null ? List.of(org.phoenixlab.assets.Assets.stylesheet()) : getScene().getStylesheets());
        }
        compareWindow.show();
        return compareWindow;
    }

    ScrollPane drawing() {
        return scroll;
    }

    Zoom zoom() {
        return zoom;
    }

    javafx.scene.control.MenuButton injectButton() {
        return injectButton;
    }

    javafx.scene.control.SplitPane centre() {
        return centre;
    }

    ExportActions exports() {
        return exports;
    }

    Autosave autosave() {
        return autosave;
    }

    /** The program is closing normally: the autosaved session is not needed any more. */
    void closing() {
        timer.stop();
        autosave.discard();
    }

    /** The faults for the selected component, as the toolbar's menu. */
    private void fillInjectMenu() {
        injectButton.getItems().clear();
        String id = inspector.selected();
        if (id == null) {
            return;
        }
        Simulation sim = session.simulation();
        boolean replicated = sim.strategy().has(org.phoenixlab.engine.strategy.Mechanism.XENSTORE_REPLICATION);
        for (FaultKind kind : org.phoenixlab.engine.fault.FaultTargets.faultsFor(sim.topology(), id, replicated)) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(
                    Character.toUpperCase(kind.label().charAt(0)) + kind.label().substring(1) + " — " + id);
            item.setMnemonicParsing(false);
            item.setId("toolbar-inject-" + kind.id());
            item.setOnAction(e -> inject(id, kind));
            injectButton.getItems().add(item);
        }
    }

    private void updateInjectButton() {
        String id = inspector.selected();
        Simulation sim = session.simulation();
        boolean replicated = sim.strategy().has(org.phoenixlab.engine.strategy.Mechanism.XENSTORE_REPLICATION);
        boolean any = id != null && !org.phoenixlab.engine.fault.FaultTargets.faultsFor(sim.topology(), id, replicated).isEmpty();
        injectButton.setDisable(!any);
        injectButton.setText(any ? "Inject fault on " + sim.topology().find(id).map(c -> c.label()).orElse(id) : "Inject fault");
    }

    /** Starts the current scenario again from time zero under the selected strategy (the clicks are dropped). */
    void restart() {
        if (session == null) {
            newSession();
        } else {
            start(session.scenario().withStrategy(strategy.getValue()), java.util.List.of());
        }
    }

    /** A fresh session on the paper's workload, with no fault. */
    void newSession() {
        start(Scenario.paperWorkload(strategy.getValue(), 1, HORIZON_US).withGuests(guests)
                .withRate(Scenario.PAPER_LINE_RATE_PPS / guests), java.util.List.of());
    }

    /** The lessons panel, built the first time it is wanted: reading the eleven lessons is not needed to start. */
    LessonPanel lessons() {
        if (lessons == null) {
            lessons = new LessonPanel(this, prefs);
        }
        return lessons;
    }

    ToggleButton lessonsButton() {
        return lessonsButton;
    }

    private void fitDrawingBesideLessons() {
        if (getScene() == null) {
            return;
        }
        applyCss();
        layout(); // the drawing is fitted to its narrower width now, before its height is measured
        dividerFit.fitDrawing();
    }

    /** Starts a session from {@code scenario}, applying {@code commands} as if the user clicked them. */
    void start(Scenario scenario, java.util.List<org.phoenixlab.engine.sim.Command> commands) {
        Session next = new Session(scenario);
        FileActions.apply(next, commands); // may throw: then the current session is kept
        session = next;
        if (!scenario.strategy().equals(strategy.getValue())) {
            switchingStrategy = true;
            strategy.setValue(scenario.strategy());
            switchingStrategy = false;
        }
        Simulation sim = session.simulation();
        view = new ArchitectureView(sim.topology(),
                sim.strategy().has(org.phoenixlab.engine.strategy.Mechanism.XENSTORE_REPLICATION), this::inject);
        view.onSelect(this::select);
        view.onOperate(this::operate);
        view.showDependencies(dependencies.isSelected());
        zoomed.getChildren().setAll(view);
        if (inspector.selected() != null && sim.topology().contains(inspector.selected())) {
            view.select(inspector.selected());
        }
        zoom.apply();
        if (lessonsButton.isSelected()) {
            fitDrawingBesideLessons(); // another scenario may need another height
        }
        updateInjectButton();
        saveForRecovery();
        refresh();
    }

    /** Writes the session where a crash cannot lose it; a failure is said in the status line. */
    private void saveForRecovery() {
        if (session.simulation().commands().isEmpty()) {
            return; // nothing the user did yet (and a session left by a crash must not be overwritten by a blank one)
        }
        autosaveProblem = autosave.save(session).orElse("");
    }

    /** Starts a VM operation on a guest, from its menu; tool_uk carries it out. */
    void operate(org.phoenixlab.engine.scenario.ScriptedOperation.Kind kind, String vm) {
        try {
            session.operate(kind, vm);
        } catch (IllegalArgumentException e) {
            warn("This operation cannot be started", e.getMessage());
            return;
        }
        if (lessons != null) {
            lessons.acted(new org.phoenixlab.lessons.StudentAction.Operate(kind, vm));
        }
        saveForRecovery();
        refresh();
    }

    private void warn(String header, String message) {
        Alert a = new Alert(Alert.AlertType.WARNING, message);
        a.setHeaderText(header);
        a.initOwner(getScene() == null ? null : getScene().getWindow());
        a.show();
    }

    /** Scrolls so that NetBack and the NIC driver (where the packets flow) are on screen. */
    void revealIoPath() {
        javafx.scene.Node nb = view.nodeFor("net_uk/netback");
        double contentHeight = zoomed.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double y = nb.getBoundsInParent().getMinY() * view.getScaleY() - 200;
        scroll.setVvalue(contentHeight <= viewport ? 0 : Math.max(0, Math.min(1, y / (contentHeight - viewport))));
    }

    /** Shows one component in the inspector. */
    void select(String componentId) {
        inspector.select(componentId);
        view.select(componentId);
        updateInjectButton();
        side.getSelectionModel().select(1);
        if (lessons != null) {
            lessons.acted(new org.phoenixlab.lessons.StudentAction.Select(componentId));
        }
        refresh();
    }

    FileActions files() {
        return files;
    }

    /** Redraws from the current snapshot. */
    void refreshNow() {
        refresh();
    }

    InspectorPane inspector() {
        return inspector;
    }

    MetricsPane metrics() {
        return metrics;
    }

    EventLogPane eventLog() {
        return eventLog;
    }

    /** Runs virtual time forward by {@code us} and redraws. */
    void advance(long us) {
        session.advanceTo(session.nowUs() + us);
        refresh();
    }

    /** One engine event forward (pauses playback). */
    void stepForward() {
        play.setSelected(false);
        session.stepForward();
        refresh();
    }

    /** One engine event back: the run is rebuilt to exactly the previous state (pauses playback). */
    void stepBack() {
        play.setSelected(false);
        session.stepBack();
        refresh();
    }

    /** Moves to virtual time {@code us} (from the timeline). */
    void seek(long us) {
        session.seek(us);
        refresh();
    }

    void inject(String target, FaultKind kind) {
        try {
            session.inject(target, kind);
        } catch (IllegalArgumentException e) {
            warn("This fault cannot be injected", e.getMessage());
            return;
        }
        if (lessons != null) {
            lessons.acted(new org.phoenixlab.lessons.StudentAction.Inject(target, kind));
        }
        saveForRecovery();
        refresh();
    }

    private void refresh() {
        Simulation sim = session.simulation();
        Snapshot s = sim.snapshot();
        view.update(s);
        view.animate(sim);
        timeline.update(s.timeUs(), sim.trace());
        // Only the panel on show is brought up to date (the others catch up when their tab opens).
        switch (side.getSelectionModel().getSelectedIndex()) {
            case 1 -> inspector.update(s, sim.topology());
            case 2 -> metrics.update(s, sim);
            default -> eventLog.update(sim.trace());
        }
        clock.setText(String.format(Locale.ROOT, "t = %.3f s  (%s)", s.timeUs() / 1e6, sim.strategy().title()));
        traffic.setText(String.format(Locale.ROOT, "packets delivered %,d \u00B7 lost %,d \u00B7 held by the shadow driver %,d",
                s.traffic().delivered(), s.traffic().lost(), s.traffic().buffered()));
        List<FaultMetrics> faults = s.faults();
        if (!autosaveProblem.isEmpty()) {
            lastFault.setText("\u26A0 " + autosaveProblem);
        } else if (faults.isEmpty()) {
            lastFault.setText("no fault injected yet: right-click a component to inject one, or a guest for VM operations");
        } else {
            FaultMetrics f = faults.get(faults.size() - 1);
            StringBuilder sb = new StringBuilder(f.kind() + " of " + f.target() + ": ");
            sb.append(f.detectionUs().isPresent()
                    ? String.format(Locale.ROOT, "detected by %s after %.1f ms", f.detectedBy(), f.detectionUs().getAsLong() / 1e3)
                    : "not detected yet");
            f.recoveryUs().ifPresent(r -> sb.append(String.format(Locale.ROOT, ", repaired in %.2f s", r / 1e6)));
            if (f.target().startsWith("net_uk") || f.target().startsWith("disk_uk")) {
                sb.append(String.format(Locale.ROOT, ", %,d %s lost", f.lostPackets(),
                        f.target().startsWith("disk_uk") ? "disk requests" : "packets"));
            }
            lastFault.setText(sb.toString());
        }
        if (lessons != null) {
            lessons.observe();
        }
    }
}
