package org.phoenixlab.app.main;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.phoenixlab.app.architecture.ArchitectureView;
import org.phoenixlab.app.architecture.Zoom;
import org.phoenixlab.app.compare.CompareWindow;
import org.phoenixlab.app.export.ExportActions;
import org.phoenixlab.app.export.ExportViewModel;
import org.phoenixlab.app.lessons.LessonPanel;
import org.phoenixlab.app.lessons.LessonViewModel;
import org.phoenixlab.app.panels.events.EventLogPane;
import org.phoenixlab.app.panels.inspector.InspectorPane;
import org.phoenixlab.app.panels.metrics.MetricsPane;
import org.phoenixlab.app.panels.timeline.TimelineBar;
import org.phoenixlab.app.prefs.RecentFiles;
import org.phoenixlab.app.prefs.Settings;
import org.phoenixlab.app.prefs.Themes;
import org.phoenixlab.app.prefs.WindowMemory;
import org.phoenixlab.app.session.Autosave;
import org.phoenixlab.app.session.FilesViewModel;
import org.phoenixlab.app.session.Session;
import org.phoenixlab.app.session.Speed;
import org.phoenixlab.app.story.CaptionBar;
import org.phoenixlab.app.util.FxDialogService;
import org.phoenixlab.app.util.FxTaskExecutor;
import org.phoenixlab.app.util.TaskExecutor;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.sim.Snapshot;

/**
 * The main window: menus and toolbar on top, the architecture drawing over the Events, Inspector and
 * Metrics panels, the timeline and the status line below, the Lessons panel at the side when open.
 * It puts the views together and binds them to its {@link MainViewModel}; it decides nothing itself.
 */
public final class MainWindow extends BorderPane {
    private final Preferences prefs = Settings.preferences();
    private final FxDialogService dialogs = new FxDialogService(this::window);
    private final TaskExecutor executor = new FxTaskExecutor();
    private final Themes themes = new Themes(prefs);
    private final Autosave autosave = new Autosave(Settings.home());
    private final MainViewModel vm;
    private final FilesViewModel files;
    private final ExportActions exports;
    private final AppActions actions;
    private final MainToolbar toolbar;
    private final ScrollPane scroll = new ScrollPane();
    private final Group zoomed = new Group();
    private final Zoom zoom = new Zoom(scroll, this::architectureOrNull);
    private final TimelineBar timeline;
    private final CaptionBar caption;
    private final VBox drawingAndCaption;
    private final InspectorPane inspector = new InspectorPane();
    /** Made the first time it is asked for (its tab chosen, an export of its chart): its chart is costly to build. */
    private MetricsPane metrics;
    private final EventLogPane eventLog;
    private final TabPane side = new TabPane();
    /** Made and put beside the drawing the first time it is shown (or asked for): see {@link #legend()}. */
    private org.phoenixlab.app.architecture.Legend legend;
    private final HBox drawingArea = new HBox(scroll);
    private final SplitPane centre = new SplitPane();
    /** The centre, with room on top for the first-start card. */
    private final javafx.scene.layout.StackPane firstStartLayer = new javafx.scene.layout.StackPane();
    private final DividerFit dividerFit;
    private final PlaybackClock clock;
    private ArchitectureView view;
    private LessonPanel lessons;
    private CompareWindow compareWindow;
    private boolean fitPending;
    private boolean panelsStale = true;
    private org.phoenixlab.app.help.HelpWindow helpWindow;
    private FirstStartCard firstStart;

    public MainWindow() {
        this(MainViewModel.FIRST_GUESTS);
    }

    /** A window over the paper's workload with {@code guests} guests (1 to 64). */
    public MainWindow(int guests) {
        vm = new MainViewModel(guests, dialogs, autosave);
        files = new FilesViewModel(vm, dialogs, new RecentFiles(prefs), autosave);
        exports = new ExportActions(vm, new ExportViewModel(vm, dialogs), this::architectureOrNull, () -> metrics().chart(), dialogs, executor);
        actions = new AppActions(vm, files, exports, themes,
                new AppActions.Targets(zoom, this::revealIoPath, this::openCompare, this::quit, this::about, this::help,
                        this::showFirstStart, vm.legendShownProperty(), this::toggleKeyOverlay, this::chooseLesson,
                        this::chooseExportPack));
        toolbar = new MainToolbar(actions, vm, zoom);
        themes.textSizeProperty().addListener((o, was, now) -> toolbar.reflow());
        vm.onDefaultZoom(zoom::fitWidth);
        timeline = new TimelineBar(vm::seek, vm::goToMoment, vm::explain);
        caption = new CaptionBar(vm.story());
        eventLog = new EventLogPane(vm::seek, vm::explain);
        setTop(new VBox(MainMenus.build(actions, files, MainMenus.languageMenu(prefs, dialogs)), toolbar.bar));
        scroll.setFitToWidth(false);
        zoom.onFit((w, h) -> {
            if (view != null) {
                view.fitTo(w, h);
            }
        });
        scroll.setContent(zoomed);
        scroll.skinProperty().addListener((o, was, skin) -> uncacheViewport());
        // A panel joins the window when its tab is first chosen: until then its controls cost neither
        // styling nor layout, which the first frame would otherwise wait for.
        List<java.util.function.Supplier<Node>> panels = List.of(() -> eventLog, () -> inspector, this::metrics);
        for (String key : List.of("tab.events", "tab.inspector", "tab.metrics")) {
            Tab t = new Tab(org.phoenixlab.app.util.Messages.get(key));
            t.setClosable(false);
            side.getTabs().add(t);
        }
        side.getTabs().get(0).setContent(eventLog);
        side.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            Tab t = side.getTabs().get(now.intValue());
            if (t.getContent() == null) {
                t.setContent(panels.get(now.intValue()).get());
            }
            vm.refresh(); // draws it; time stays
        });
        side.setMinHeight(150);
        HBox.setHgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        // The legend, like a panel, is made and joins the window the first time it is shown.
        vm.legendShownProperty().addListener((o, was, on) -> {
            if (on) {
                legend();
            }
        });
        if (vm.legendShownProperty().get()) {
            legend();
        }
        drawingAndCaption = new VBox(drawingArea, caption);
        VBox.setVgrow(drawingArea, javafx.scene.layout.Priority.ALWAYS);
        centre.getItems().setAll(drawingAndCaption, side);
        centre.setOrientation(Orientation.VERTICAL);
        dividerFit = new DividerFit(centre, scroll, this::architectureOrNull, new WindowMemory(prefs), caption);
        InvalidationListener resized = o -> {
            if (vm.lessonsShownProperty().get() && !fitPending) {
                fitPending = true; // one fit for a burst of resizes (a window being dragged)
                Platform.runLater(() -> { // after this layout pass
                    fitPending = false;
                    fitDrawingBesideLessons();
                });
            }
        };
        centre.widthProperty().addListener(resized);
        centre.heightProperty().addListener(resized);
        firstStartLayer.getChildren().setAll(centre);
        setCenter(firstStartLayer);
        setBottom(new VBox(timeline, statusLine()));

        vm.sessionProperty().addListener((o, was, s) -> showSession());
        vm.refreshesProperty().addListener((o, was, n) -> redraw(vm.snapshotProperty().get()));
        vm.previousRunProperty().addListener((o, was, now) -> {
            if (metrics != null) {
                updateMetrics(vm.snapshotProperty().get());
            }
        });
        vm.selectedProperty().addListener((o, was, id) -> {
            inspector.select(id);
            view.select(id);
        });
        vm.dependenciesShownProperty().addListener((o, was, on) -> view.showDependencies(on));
        themes.reducedMotionProperty().addListener((o, was, on) -> {
            view.reducedMotion(on);
            animate();
        });
        vm.focusProperty().addListener((o, was, ids) -> view.focus(ids));
        vm.lessonsShownProperty().addListener((o, was, on) -> lessonsShown(on));
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                themes.adopt(scene);
            }
        });
        showSession();
        redraw(vm.snapshotProperty().get());
        clock = new PlaybackClock(vm, this::animate);
        clock.start();
    }

    private void updateMetrics(Snapshot s) {
        metrics().update(s, vm.strategyTitle(), vm.throughput(), vm.throughputBucketUs(), vm::outlook,
                vm.previousRunProperty().get());
    }

    private javafx.scene.layout.FlowPane statusLine() {
        Label clockText = new Label();
        clockText.textProperty().bind(vm.status().clockProperty());
        Label traffic = new Label();
        traffic.textProperty().bind(vm.status().trafficProperty());
        Label lastFault = new Label();
        lastFault.textProperty().bind(vm.status().faultProperty());
        javafx.scene.layout.FlowPane status = new javafx.scene.layout.FlowPane(24, 2, clockText, traffic, lastFault); // wraps, never cuts
        status.getStyleClass().add("status-bar");
        status.setPadding(new Insets(6, 10, 6, 10));
        keepsTheLinesItNeeded(status);
        timeline.setPadding(new Insets(4, 10, 2, 10));
        return status;
    }

    /**
     * The status line wraps rather than cut its words, and its words change length as the run goes (the packet
     * counts gain digits, a fault's outcome comes and goes, the timeline is dragged back): each time it needed one
     * line more or less, the drawing and the table above it jumped. So it keeps the tallest height it has needed
     * until its width (the window's) or the text size changes, when it is measured afresh.
     */
    private void keepsTheLinesItNeeded(javafx.scene.layout.Region status) {
        status.heightProperty().addListener((o, was, now) -> {
            if (now.doubleValue() > status.getMinHeight()) {
                status.setMinHeight(now.doubleValue());
            }
        });
        Runnable measureAfresh = () -> status.setMinHeight(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        status.widthProperty().addListener((o, was, now) -> measureAfresh.run());
        themes.textSizeProperty().addListener((o, was, now) -> measureAfresh.run());
    }

    /**
     * JavaFX's scroll pane keeps its viewport as a bitmap of the whole content, which pays off for still content
     * that is scrolled. The drawing changes every frame while it plays (the dots of the I/O path move), so that
     * bitmap was drawn again each frame, then copied. Without it, on a machine without a graphics card,
     * FrameBench with 64 guests went from 47 to 52 frames/s. The drawing keeps bitmaps of its own for its
     * still layers ({@link ArchitectureView}).
     */
    private void uncacheViewport() {
        Node viewport = scroll.lookup(".viewport");
        if (viewport != null) {
            viewport.setCache(false);
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private Node architectureOrNull() {
        return view;
    }

    /** A new session: a new drawing (another topology or strategy may draw another host), every panel afresh. */
    private void showSession() {
        org.phoenixlab.app.session.Session shown = vm.session();
        org.phoenixlab.app.util.AfterFirstFrame.run(this, () -> {
            if (vm.session() == shown) {
                shown.prepare(); // the checkpoint of its start, once the frame showing it is on its way
            }
        });
        panelsStale = true;
        eventLog.reset();
        ArchitectureView before = view;
        boolean hadKeyboard = before != null && before.isFocused();
        view = new ArchitectureView(vm.topology(), vm.design(), vm.replicatedXenStore(), vm::inject);
        view.heartbeatDeadline(vm.heartbeatDeadlineUs());
        view.onSelect(id -> {
            side.getSelectionModel().select(1); // the inspector
            vm.select(id);
        });
        view.onOperate(vm::operate);
        view.reducedMotion(themes.reducedMotionProperty().get());
        view.onCursor(id -> {
            side.getSelectionModel().select(1); // the inspector says what the keyboard is on
            vm.select(id);
            scrollToShow(view.nodeFor(id));
        });
        view.showDependencies(vm.dependenciesShownProperty().get());
        view.focus(vm.focusProperty().get());
        String selected = vm.selectedProperty().get();
        if (selected != null) {
            view.select(selected);
        }
        zoomed.getChildren().setAll(view);
        zoom.apply();
        view.morphFrom(before); // the boxes move from where they stood to where this design puts them
        if (hadKeyboard) {
            view.requestFocus(); // a new strategy or scenario keeps the keyboard in the drawing
        }
        if (vm.lessonsShownProperty().get()) {
            fitDrawingBesideLessons(); // another scenario may need another height
        }
    }

    /**
     * Everything from the new snapshot; only the panel on show (the others catch up when their tab
     * opens), except after a new session, when every panel is redrawn so that nothing of the old one stays.
     */
    private void redraw(Snapshot s) {
        view.update(s);
        animate();
        timeline.update(s.timeUs(), vm.runLengthProperty().get(), vm.story().moments(), vm.trace().size());
        int tab = side.getSelectionModel().getSelectedIndex();
        if (tab == 1 || panelsStale) {
            inspector.update(s, vm.topology());
        }
        if (tab == 2 || panelsStale && metrics != null) {
            updateMetrics(s);
        }
        if (tab == 0 || panelsStale) {
            eventLog.update(vm.trace());
        }
        panelsStale = false;
    }

    /** The drawing's dots at the run's present (every frame while playing). */
    private void animate() {
        view.animate(vm.trace(), vm.nowUs(), vm.networkTraffic(), vm.networkBackendStalled());
    }

    private void lessonsShown(boolean on) {
        setRight(on ? lessons() : null);
        lessons().viewModel().visible(on); // a dimmed drawing with no panel to say why would only puzzle
        if (on) {
            fitDrawingBesideLessons();
        } else {
            dividerFit.restore();
        }
    }

    private void fitDrawingBesideLessons() {
        if (getScene() == null) {
            return;
        }
        applyCss();
        layout(); // the drawing is fitted to its narrower width now, before its height is measured
        dividerFit.fitDrawing();
    }

    /** Scrolls the drawing just enough that {@code n} is in sight (the keyboard moved onto it). */
    private void scrollToShow(Node n) {
        Bounds b = zoomed.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
        Bounds content = zoomed.getLayoutBounds();
        Bounds port = scroll.getViewportBounds();
        double extraW = content.getWidth() - port.getWidth();
        double extraH = content.getHeight() - port.getHeight();
        if (extraW > 0) {
            double left = scroll.getHvalue() * extraW;
            if (b.getMinX() < left) {
                scroll.setHvalue(Math.max(0, b.getMinX() - 20) / extraW);
            } else if (b.getMaxX() > left + port.getWidth()) {
                scroll.setHvalue(Math.min(1, (b.getMaxX() + 20 - port.getWidth()) / extraW));
            }
        }
        if (extraH > 0) {
            double top = scroll.getVvalue() * extraH;
            if (b.getMinY() < top) {
                scroll.setVvalue(Math.max(0, b.getMinY() - 20) / extraH);
            } else if (b.getMaxY() > top + port.getHeight()) {
                scroll.setVvalue(Math.min(1, (b.getMaxY() + 20 - port.getHeight()) / extraH));
            }
        }
    }

    /** Scrolls so that NetBack and the NIC driver (where the packets flow) are on screen. */
    public void revealIoPath() {
        Node nb = view.nodeFor(ComponentIds.NETBACK);
        double contentHeight = zoomed.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double y = nb.getBoundsInParent().getMinY() * view.getScaleY() - 200;
        scroll.setVvalue(contentHeight <= viewport ? 0 : Math.max(0, Math.min(1, y / (contentHeight - viewport))));
    }

    /** Opens (or brings forward) the Compare and What-if window. */
    public CompareWindow openCompare() {
        if (compareWindow == null) {
            compareWindow = new CompareWindow(window(), themes, executor);
        }
        compareWindow.show();
        return compareWindow;
    }

    private void about() {
        dialogs.inform("Phoenix Lab", org.phoenixlab.app.util.Messages.get("about.text", MainViewModel.ABOUT.substring(0, MainViewModel.ABOUT.indexOf("\n\n"))) + MainViewModel.ABOUT.substring(MainViewModel.ABOUT.indexOf("\n\n")));
    }

    /** File > Open lesson...: a lesson file (its scenario beside it) or a lesson pack (.zip). */
    private void chooseLesson() {
        dialogs.chooseToOpen("Open a lesson or a lesson pack", "Lessons and lesson packs", "*.lesson.json;*.zip")
                .ifPresent(this::openLesson);
    }

    /**
     * Lists a lesson file or the lessons of a pack in the Lessons panel, marked as the teacher's, and
     * starts a lesson opened by itself; a lesson that cannot be played is listed with its problem and
     * said in an error; a pack that cannot be opened is refused with its reason.
     */
    public void openLesson(java.nio.file.Path file) {
        org.phoenixlab.lessons.LessonShelf.Shelved item;
        try {
            item = lessons().viewModel().open(file);
        } catch (org.phoenixlab.engine.files.BadFileException e) {
            dialogs.error(org.phoenixlab.app.util.Messages.get("lesson.notOpened"), e.getMessage());
            return;
        } catch (java.io.IOException e) {
            dialogs.error(org.phoenixlab.app.util.Messages.get("lesson.notOpened"), file + ": " + org.phoenixlab.engine.files.OsReason.of(e));
            return;
        }
        vm.lessonsShownProperty().set(true);
        boolean pack = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
        if (item instanceof org.phoenixlab.lessons.LessonShelf.Ready r && !pack) {
            lessons().leave();
            lessons().select(r.lesson());
            lessons().start(r.lesson());
            return;
        }
        lessons().leave();
        lessons().select(item);
        if (item instanceof org.phoenixlab.lessons.LessonShelf.Broken b) {
            dialogs.error(org.phoenixlab.app.util.Messages.get("lesson.cannotStart"), b.problem());
        } else {
            dialogs.inform(org.phoenixlab.app.util.Messages.get("lesson.packOpened"), org.phoenixlab.app.util.Messages.format("lesson.packOpened.text",
                    item.source().group().replaceFirst("^Pack: ", ""), String.valueOf(lessons().viewModel().lessonsFolder())));
        }
    }

    /** File > Export lesson pack...: the folder of a lesson chosen, packed into one zip for the students. */
    private void chooseExportPack() {
        var lesson = dialogs.chooseToOpen(org.phoenixlab.app.util.Messages.get("lesson.packChoose", "Export a lesson pack: choose one lesson of the folder to pack (all its lessons and "
                + "scenarios go in)"), org.phoenixlab.app.util.Messages.get("lesson.files"), "*.lesson.json");
        if (lesson.isEmpty()) {
            return;
        }
        java.nio.file.Path folder = lesson.get().toAbsolutePath().getParent();
        dialogs.chooseToSave(org.phoenixlab.app.util.Messages.get("lesson.packSave"), org.phoenixlab.app.util.Messages.get("lesson.packFiles"), "*.zip", folder.getFileName() + ".zip")
                .ifPresent(zip -> exportPack(folder, zip));
    }

    /** Packs {@code folder}'s lessons and scenarios into {@code zip}; says what went in, or why not. */
    public void exportPack(java.nio.file.Path folder, java.nio.file.Path zip) {
        try {
            var c = lessons().viewModel().exportPack(folder, zip);
            dialogs.inform(org.phoenixlab.app.util.Messages.get("lesson.packSaved"), org.phoenixlab.app.util.Messages.format("lesson.packSaved.text", c.title(),
                    c.lessons().size(), c.scenarios().size(), String.valueOf(zip)));
        } catch (org.phoenixlab.engine.files.BadFileException e) {
            dialogs.error(org.phoenixlab.app.util.Messages.get("lesson.packNotSaved"), e.getMessage());
        } catch (java.io.IOException e) {
            dialogs.error(org.phoenixlab.app.util.Messages.get("lesson.packNotSaved"), zip + ": " + org.phoenixlab.engine.files.OsReason.of(e));
        }
    }

    /** Quits, after asking if unsaved work would be lost. */
    private void quit() {
        if (vm.mayDiscardWork(org.phoenixlab.app.util.Messages.get("doing.quit"))) {
            window().hide();
        }
    }

    /** Opens (or brings forward) the Help window at one of its pages. */
    public org.phoenixlab.app.help.HelpWindow help(org.phoenixlab.app.help.HelpWindow.Page page) {
        if (helpWindow == null) {
            helpWindow = new org.phoenixlab.app.help.HelpWindow(window(), themes, actions.all(), Settings.home(), prefs.absolutePath(),
                    autosave.file());
        }
        helpWindow.show(page);
        return helpWindow;
    }

    /**
     * The card a first start shows over the drawing: start lesson 1, explore freely, or open a
     * scenario. Shown once (remembered), and again from Help.
     */
    public void offerFirstStart() {
        if (!prefs.getBoolean(FirstStartCard.SHOWN_KEY, false)) {
            showFirstStart();
        }
    }

    /** Shows the first-start card now. */
    public void showFirstStart() {
        if (firstStart == null) {
            firstStart = new FirstStartCard(() -> {
                vm.lessonsShownProperty().set(true);
                lessons().start(lessons().lessons().get(0));
            }, files::chooseScenario);
            firstStart.setOnClosed(() -> {
                prefs.putBoolean(FirstStartCard.SHOWN_KEY, true);
                firstStartLayer.getChildren().remove(firstStart);
            });
        }
        if (!firstStartLayer.getChildren().contains(firstStart)) {
            firstStartLayer.getChildren().add(firstStart);
        }
        firstStart.requestFocusOnFirst();
    }

    private ShortcutOverlay keyOverlay;
    private Node focusBeforeOverlay;

    /** Shows every key over the drawing, or hides it again (the ? key). */
    public void toggleKeyOverlay() {
        if (keyOverlay != null && firstStartLayer.getChildren().contains(keyOverlay)) {
            firstStartLayer.getChildren().remove(keyOverlay);
            if (focusBeforeOverlay != null && focusBeforeOverlay.getScene() != null) {
                focusBeforeOverlay.requestFocus();
            }
            return;
        }
        keyOverlay = new ShortcutOverlay(org.phoenixlab.app.help.HelpWindow.shortcuts(actions.all()));
        keyOverlay.onClosed(this::toggleKeyOverlay);
        focusBeforeOverlay = getScene() == null ? null : getScene().getFocusOwner();
        firstStartLayer.getChildren().add(keyOverlay);
        keyOverlay.takeFocus();
    }

    /** The overlay of every key, when it is on show (for tests). */
    public java.util.Optional<ShortcutOverlay> keyOverlay() {
        return keyOverlay != null && firstStartLayer.getChildren().contains(keyOverlay) ? java.util.Optional.of(keyOverlay)
                : java.util.Optional.empty();
    }

    /** The first-start card, when it is on show (for tests). */
    public java.util.Optional<FirstStartCard> firstStartCard() {
        return firstStart != null && firstStartLayer.getChildren().contains(firstStart) ? java.util.Optional.of(firstStart)
                : java.util.Optional.empty();
    }

    /** The program is closing normally: the clock stops, the autosaved session is not needed any more. */
    public void closing() {
        clock.stop();
        vm.closing();
        executor.shutdown();
    }

    /** The lessons panel, built the first time it is wanted: reading the eleven lessons is not needed to start. */
    public LessonPanel lessons() {
        if (lessons == null) {
            lessons = new LessonPanel(new LessonViewModel(vm, prefs, actions.get(ActionId.PLAY).keys(),
                    Settings.home().resolve(LessonViewModel.LESSONS_FOLDER)));
        }
        return lessons;
    }

    // ------------------------------------------------------------------ the parts, for the program and its tests

    public MainViewModel viewModel() {
        return vm;
    }

    public AppActions actions() {
        return actions;
    }

    public FilesViewModel files() {
        return files;
    }

    public ExportActions exports() {
        return exports;
    }

    public Themes themes() {
        return themes;
    }

    public FxDialogService dialogs() {
        return dialogs;
    }

    public Autosave autosave() {
        return autosave;
    }

    public Session session() {
        return vm.session();
    }

    public ArchitectureView architecture() {
        return view;
    }

    public TimelineBar timeline() {
        return timeline;
    }

    /** Shows a panel below the drawing: 0 Events, 1 Inspector, 2 Metrics. */
    public void selectPanel(int tab) {
        side.getSelectionModel().select(tab);
    }

    public CaptionBar caption() {
        return caption;
    }

    PlaybackClock clock() {
        return clock;
    }

    public InspectorPane inspector() {
        return inspector;
    }

    public MetricsPane metrics() {
        if (metrics == null) {
            metrics = new MetricsPane(vm::clearPreviousRun);
            updateMetrics(vm.snapshotProperty().get());
        }
        return metrics;
    }

    public EventLogPane eventLog() {
        return eventLog;
    }

    public ScrollPane drawing() {
        return scroll;
    }

    public Zoom zoom() {
        return zoom;
    }

    public SplitPane centre() {
        return centre;
    }

    public ToggleButton playButton() {
        return toolbar.play;
    }

    public ToggleButton dependenciesButton() {
        return toolbar.dependencies;
    }

    public ToggleButton legendButton() {
        return toolbar.legend;
    }

    public org.phoenixlab.app.architecture.Legend legend() {
        if (legend == null) {
            legend = new org.phoenixlab.app.architecture.Legend();
            legend.managedProperty().bind(legend.visibleProperty());
            legend.visibleProperty().bind(vm.legendShownProperty());
            drawingArea.getChildren().add(legend);
        }
        return legend;
    }

    public ToggleButton lessonsButton() {
        return toolbar.lessons;
    }

    public javafx.scene.control.ChoiceBox<Speed> speedSelector() {
        return toolbar.speed;
    }

    public javafx.scene.control.ChoiceBox<String> strategySelector() {
        return toolbar.strategy;
    }

    public MenuButton injectButton() {
        return toolbar.inject;
    }

    // ------------------------------------------------------------------ commands, as the view model has them

    public void restart() {
        vm.restart();
    }

    public void advance(long us) {
        vm.advance(us);
    }

    public void stepForward() {
        vm.stepForward();
    }

    public void stepBack() {
        vm.stepBack();
    }

    /** One engine event forward (Shift+Right). */
    public void stepEvent() {
        vm.stepEvent();
    }

    /** One engine event back (Shift+Left). */
    public void stepEventBack() {
        vm.stepEventBack();
    }

    public void seek(long us) {
        vm.seek(us);
    }

    public void inject(String target, FaultKind kind) {
        vm.inject(target, kind);
    }
}
