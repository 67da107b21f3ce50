package org.phoenixlab.app.main;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.phoenixlab.app.architecture.Zoom;
import org.phoenixlab.app.export.ExportActions;
import org.phoenixlab.app.help.HelpWindow;
import org.phoenixlab.app.prefs.Themes;
import org.phoenixlab.app.session.FilesViewModel;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.phoenixlab.app.util.AppAction;

/**
 * The main window's actions, each declared once with its words, key, tooltip and handler. The menu
 * bar ({@link MainMenus}), the toolbar ({@link MainToolbar}) and the single-key {@link Shortcuts}
 * are all made from these.
 */
public final class AppActions {
    /** What the actions act on beyond the view models: the window's own views and windows. */
    public record Targets(Zoom zoom, Runnable revealIoPath, Runnable openCompare, Runnable quit, Runnable about,
                          Consumer<HelpWindow.Page> help, Runnable firstStart,
                          javafx.beans.property.BooleanProperty legendShown, Runnable keyOverlay, Runnable openLesson,
                          Runnable exportLessonPack) {
    }

    private final Map<ActionId, AppAction> actions = new EnumMap<>(ActionId.class);

    public AppActions(MainViewModel vm, FilesViewModel files, ExportActions exports, Themes themes, Targets t) {
        put(ActionId.NEW_SESSION, AppAction.of("new-session", "New session").keys("Shortcut+N").does(files::newSession));
        put(ActionId.OPEN_SCENARIO, AppAction.of("open-scenario", "Open scenario\u2026").keys("Shortcut+O").does(files::chooseScenario));
        put(ActionId.SAVE, AppAction.of("save", "Save recording").keys("Shortcut+S").menuId("menu-save").does(files::saveHere));
        put(ActionId.SAVE_AS, AppAction.of("save-as", "Save recording as\u2026").keys("Shortcut+Shift+S").does(files::chooseSave));
        put(ActionId.SAVE_SCENARIO, AppAction.of("save-scenario", "Save as scenario\u2026").keys("Shortcut+Shift+E")
                .does(files::chooseSaveScenario));
        put(ActionId.OPEN_LESSON, AppAction.of("open-lesson", "Open lesson\u2026").keys("Shortcut+Shift+O")
                .tooltip("A lesson file (its scenario beside it) or a lesson pack (.zip): listed in the Lessons panel as yours")
                .does(t.openLesson()));
        put(ActionId.EXPORT_LESSON_PACK, AppAction.of("export-lesson-pack", "Export lesson pack\u2026").keys("Shortcut+Shift+L")
                .tooltip("Packs a folder of your lessons and their scenarios into one .zip for the students")
                .does(t.exportLessonPack()));
        put(ActionId.REPLAY, AppAction.of("replay", "Replay recording\u2026").keys("Shortcut+R").does(files::chooseRecording));
        put(ActionId.EXPORT_ARCHITECTURE, AppAction.of("export-architecture", "Architecture as PNG\u2026").keys("Shortcut+Shift+A")
                .does(exports::exportArchitecture));
        put(ActionId.EXPORT_CHART, AppAction.of("export-chart", "Throughput chart as PNG\u2026").does(exports::exportChart));
        put(ActionId.EXPORT_METRICS, AppAction.of("export-metrics", "Metrics as CSV\u2026").does(exports::exportMetrics));
        put(ActionId.EXPORT_THROUGHPUT, AppAction.of("export-throughput", "Throughput as CSV\u2026").does(exports::exportThroughput));
        put(ActionId.EXPORT_TRACE, AppAction.of("export-trace", "Trace as JSON Lines\u2026").does(exports::exportTrace));
        put(ActionId.EXPORT_ANIMATION, AppAction.of("export-animation", "Animation of a time range (GIF)\u2026")
                .keys("Shortcut+Shift+G").does(exports::askForAnimation));
        put(ActionId.QUIT, AppAction.of("quit", "Quit").keys("Shortcut+Q").does(t.quit()));

        put(ActionId.DARK_THEME, AppAction.of("dark-theme", "Dark theme").keys("Shortcut+T").toggles(themes.darkProperty()));
        put(ActionId.HIGH_CONTRAST, AppAction.of("high-contrast", "High-contrast theme").keys("Shortcut+Shift+H")
                .tooltip("White and bright colours on black, every text at 7:1 contrast or more (Ctrl+Shift+H)")
                .toggles(themes.highContrastProperty()));
        put(ActionId.LARGER_TEXT, AppAction.of("larger-text", "Larger text").keys("Shortcut+Shift+EQUALS")
                .tooltip("Larger text in menus, toolbar and panels; the drawing keeps its zoom (Ctrl+Shift+Plus)").does(themes::largerText));
        put(ActionId.SMALLER_TEXT, AppAction.of("smaller-text", "Smaller text").keys("Shortcut+Shift+MINUS")
                .tooltip("Smaller text, down to the usual size (Ctrl+Shift+Minus)").does(themes::smallerText));
        put(ActionId.NORMAL_TEXT, AppAction.of("normal-text", "Usual text size").does(themes::normalText));
        put(ActionId.REDUCED_MOTION, AppAction.of("reduced-motion", "Reduce motion").keys("Shortcut+Shift+M")
                .tooltip("No moving packets, pulses or layout changes: packets stand along their path, states change at once;"
                        + " time still runs (Ctrl+Shift+M)").toggles(themes.reducedMotionProperty()));
        put(ActionId.ZOOM_IN, AppAction.of("zoom-in", "Zoom in").shortText("").icon(MaterialDesignM.MAGNIFY_PLUS_OUTLINE).keys("Shortcut+EQUALS")
                .tooltip("Zoom in (Ctrl+Plus, or Ctrl + mouse wheel)").does(t.zoom()::zoomIn));
        put(ActionId.ZOOM_OUT, AppAction.of("zoom-out", "Zoom out").shortText("").icon(MaterialDesignM.MAGNIFY_MINUS_OUTLINE).keys("Shortcut+MINUS")
                .tooltip("Zoom out (Ctrl+Minus, or Ctrl + mouse wheel)").does(t.zoom()::zoomOut));
        put(ActionId.ACTUAL_SIZE, AppAction.of("zoom-actual", "Actual size (100 %)").keys("Shortcut+1").does(t.zoom()::actualSize));
        put(ActionId.FIT_ALL, AppAction.of("zoom-fit", "Fit the whole drawing").shortText("").icon(MaterialDesignF.FIT_TO_PAGE_OUTLINE).keys("Shortcut+0")
                .tooltip("Show the whole drawing (Ctrl+0); Ctrl+1 for 100 %").does(t.zoom()::fitAll));
        put(ActionId.FIT_WIDTH, AppAction.of("zoom-width", "Fit the width").keys("Shortcut+2").does(t.zoom()::fitWidth));
        put(ActionId.SHOW_IO_PATH, AppAction.of("show-io-path", "Show the I/O path").keys("Shortcut+P").does(t.revealIoPath()));
        put(ActionId.LESSONS, AppAction.of("lessons-button", "Lessons panel").shortText("Lessons").icon(MaterialDesignS.SCHOOL).keys("Shortcut+L")
                .tooltip("Guided lessons: open the list (Ctrl+L)").toggles(vm.lessonsShownProperty()));
        put(ActionId.COMPARE, AppAction.of("compare-button", "Compare and what-if\u2026").shortText("Compare\u2026").icon(MaterialDesignS.SCALE_BALANCE).keys("Shortcut+K")
                .tooltip("One fault under every strategy, beside the paper's figures; what-if sliders and sweeps (Ctrl+K)")
                .does(t.openCompare()));
        put(ActionId.HELP_SHORTCUTS, AppAction.of("help-shortcuts", "Keyboard shortcuts").keys("F1")
                .does(() -> t.help().accept(HelpWindow.Page.SHORTCUTS)));
        put(ActionId.SHORTCUT_OVERLAY, AppAction.of("shortcut-overlay", "Every key at a glance").keys("?")
                .tooltip("Every key of the window over the drawing (?; ? or Escape closes it)").does(t.keyOverlay()));
        put(ActionId.HELP_GLOSSARY, AppAction.of("help-glossary", "Glossary: pVM, dom0, NetBack, shadow driver\u2026")
                .does(() -> t.help().accept(HelpWindow.Page.GLOSSARY)));
        put(ActionId.HELP_PAPER, AppAction.of("help-paper", "The paper this program follows")
                .does(() -> t.help().accept(HelpWindow.Page.PAPER)));
        put(ActionId.HELP_FILES, AppAction.of("help-files", "Where your files are kept")
                .does(() -> t.help().accept(HelpWindow.Page.FILES)));
        put(ActionId.GETTING_STARTED, AppAction.of("getting-started", "Where to start\u2026").does(t.firstStart()));
        put(ActionId.ABOUT, AppAction.of("about", "About Phoenix Lab").does(t.about()));

        put(ActionId.PLAY, AppAction.of("play", "Play").keys("Space").icon(MaterialDesignP.PLAY).tooltip("Play or pause virtual time (Space)")
                .toggles(vm.playingProperty()));
        put(ActionId.STEP_BACK, AppAction.of("step-back", "Previous moment").shortText("").icon(MaterialDesignS.SKIP_PREVIOUS).keys("Left")
                .tooltip("Back to the previous moment of the story: a fault, its detection, a repair decided, started or"
                        + " finished (Left arrow; Shift+Left: one engine event)").does(vm::stepBack));
        put(ActionId.STEP_FORWARD, AppAction.of("step-forward", "Next moment").shortText("").icon(MaterialDesignS.SKIP_NEXT).keys("Right")
                .tooltip("On to the next moment of the story; the caption under the drawing says what happened and why"
                        + " (Right arrow; Shift+Right: one engine event)").does(vm::stepForward));
        put(ActionId.STEP_EVENT_BACK, AppAction.of("step-event-back", "Previous engine event").keys("Shift+Left")
                .tooltip("Back one engine event, however small (Shift+Left)").does(vm::stepEventBack));
        put(ActionId.STEP_EVENT_FORWARD, AppAction.of("step-event-forward", "Next engine event").keys("Shift+Right")
                .tooltip("One engine event forward, however small: a 1 ms traffic tick, a heartbeat (Shift+Right)")
                .does(vm::stepEvent));
        put(ActionId.AUTO_PAUSE, AppAction.of("auto-pause", "Pause at each moment").keys("A")
                .tooltip("Playing stops by itself at each moment of the story (A); lessons turn it on")
                .toggles(vm.autoPauseProperty()));
        put(ActionId.DEPENDENCIES, AppAction.of("dependencies", "Dependencies").icon(MaterialDesignS.SITEMAP).keys("D")
                .tooltip("Show which component needs which, and the order repairs will follow (D)")
                .toggles(vm.dependenciesShownProperty()));
        put(ActionId.LEGEND, AppAction.of("legend", "Legend").icon(MaterialDesignM.MAP_LEGEND).keys("Shortcut+G")
                .tooltip("What every mark of the drawing means: dots, squares, diamonds, heartbeats, arrows, states (Ctrl+G)")
                .toggles(t.legendShown()));
        put(ActionId.RESTART, AppAction.of("restart", "Restart").shortText("").icon(MaterialDesignR.RESTART).tooltip("Restart: the run again from time zero").does(vm::restart));
    }

    private void put(ActionId id, AppAction.Builder b) {
        actions.put(id, b.build());
    }

    public AppAction get(ActionId id) {
        return actions.get(id);
    }

    public Collection<AppAction> all() {
        return actions.values();
    }
}
