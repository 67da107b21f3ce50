package org.phoenixlab.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.phoenixlab.engine.files.AtomicFiles;
import org.phoenixlab.engine.files.BadFileException;
import org.phoenixlab.engine.recording.Recording;
import org.phoenixlab.engine.recording.RecordingFormat;
import org.phoenixlab.engine.recording.TraceFingerprint;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScenarioLoader;
import org.phoenixlab.engine.sim.Command;

/**
 * The File and Help menus: open a scenario, save the session as a recording, replay a recording and
 * check it, recent files, About. A bad file gets an error dialog naming the file, the position and the
 * problem, and the current session stays as it was.
 */
final class FileActions {
    private static final int RECENT = 8;

    private final MainWindow window;
    private final Preferences prefs;
    private final Menu recent = new Menu("Open recent");
    /** Where "Save recording" writes without asking: the last recording saved or replayed. */
    private Path current;

    FileActions(MainWindow window, Preferences prefs) {
        this.window = window;
        this.prefs = prefs;
    }

    MenuBar menuBar() {
        MenuItem open = item("Open scenario…", "Shortcut+O", this::chooseScenario);
        MenuItem replay = item("Replay recording…", "Shortcut+R", this::chooseRecording);
        MenuItem save = item("Save recording", "Shortcut+S", this::saveHere);
        save.setId("menu-save");
        MenuItem saveAs = item("Save recording as…", "Shortcut+Shift+S", this::chooseSave);
        MenuItem saveScenario = item("Save as scenario…", "Shortcut+Shift+E", this::chooseSaveScenario);
        MenuItem restart = item("New session", "Shortcut+N", () -> {
            current = null;
            window.newSession();
        });
        MenuItem quit = item("Quit", "Shortcut+Q", () -> window.getScene().getWindow().hide());
        refreshRecent();
        Menu file = new Menu("_File", null, restart, open, recent, new SeparatorMenuItem(), save, saveAs, saveScenario,
                new SeparatorMenuItem(), replay, new SeparatorMenuItem(), window.exports().menu(),
                new SeparatorMenuItem(), quit);
        javafx.scene.control.CheckMenuItem dark = new javafx.scene.control.CheckMenuItem("Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        dark.setSelected(prefs.getBoolean("theme.dark", false));
        dark.selectedProperty().addListener((o, was, on) -> {
            prefs.putBoolean("theme.dark", on);
            applyTheme();
        });
        Menu view = new Menu("_View", null, dark, new SeparatorMenuItem(),
                item("Zoom in", "Shortcut+EQUALS", () -> window.zoom().zoomIn()),
                item("Zoom out", "Shortcut+MINUS", () -> window.zoom().zoomOut()),
                item("Actual size (100 %)", "Shortcut+1", () -> window.zoom().actualSize()),
                item("Fit the whole drawing", "Shortcut+0", () -> window.zoom().fitAll()),
                item("Fit the width", "Shortcut+2", () -> window.zoom().fitWidth()),
                new SeparatorMenuItem(),
                item("Show the I/O path", "Shortcut+P", window::revealIoPath),
                item("Lessons panel", "Shortcut+L", () -> window.lessonsButton().setSelected(!window.lessonsButton().isSelected())),
                item("Compare and what-if…", "Shortcut+K", window::openCompare));
        MenuItem about = new MenuItem("About Phoenix Lab");
        about.setOnAction(e -> about());
        Menu help = new Menu("_Help", null, about);
        return new MenuBar(file, view, help);
    }

    /** Puts the light or dark stylesheet on the window's scene, as remembered. */
    void applyTheme() {
        if (window.getScene() == null) {
            return;
        }
        var sheets = window.getScene().getStylesheets();
        sheets.setAll(org.phoenixlab.assets.Assets.stylesheet());
        if (prefs.getBoolean("theme.dark", false)) {
            sheets.add(org.phoenixlab.assets.Assets.darkStylesheet());
        }
    }

    boolean darkTheme() {
        return prefs.getBoolean("theme.dark", false);
    }

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setAccelerator(KeyCombination.keyCombination(keys));
        m.setOnAction(e -> action.run());
        return m;
    }

    private Window owner() {
        return window.getScene() == null ? null : window.getScene().getWindow();
    }

    private FileChooser chooser(String title, String description, String pattern) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(description, pattern),
                new FileChooser.ExtensionFilter("All files", "*"));
        return fc;
    }

    private void chooseScenario() {
        var f = chooser("Open a scenario", "Scenarios", "*.scenario.json").showOpenDialog(owner());
        if (f != null) {
            openScenario(f.toPath());
        }
    }

    private void chooseRecording() {
        var f = chooser("Replay a recording", "Recordings", "*.recording.json").showOpenDialog(owner());
        if (f != null) {
            replay(f.toPath());
        }
    }

    private void saveHere() {
        if (current == null) {
            chooseSave();
        } else {
            save(current);
        }
    }

    Path currentFile() {
        return current;
    }

    private void chooseSaveScenario() {
        FileChooser fc = chooser("Save the session as a scenario (your faults and operations become scripted)",
                "Scenarios", "*.scenario.json");
        fc.setInitialFileName("my-session.scenario.json");
        var f = fc.showSaveDialog(owner());
        if (f != null) {
            saveScenario(f.toPath());
        }
    }

    /**
     * Saves the session as a scenario: the faults and VM operations the user issued become scripted
     * ones at the same virtual times, so the run can be shared, edited and replayed from the file.
     */
    boolean saveScenario(Path file) {
        Scenario base = window.session().scenario();
        List<org.phoenixlab.engine.scenario.ScriptedFault> faults = new ArrayList<>(base.faults());
        List<org.phoenixlab.engine.scenario.ScriptedOperation> ops = new ArrayList<>();
        for (Command c : window.simulation().commands()) {
            if (c instanceof Command.Inject i) {
                faults.add(new org.phoenixlab.engine.scenario.ScriptedFault(i.atUs(), i.target(), i.kind()));
            } else if (c instanceof Command.Operate o) {
                ops.add(new org.phoenixlab.engine.scenario.ScriptedOperation(o.atUs(), o.kind(), o.vm()));
            }
        }
        List<org.phoenixlab.engine.scenario.ScriptedOperation> allOps = new ArrayList<>(base.operations());
        allOps.addAll(ops);
        Scenario s = base.withFaults(faults).withOperations(allOps);
        try {
            AtomicFiles.write(file, org.phoenixlab.engine.scenario.ScenarioWriter.toJson(s));
            remember(file);
            return true;
        } catch (IOException e) {
            error("The scenario could not be saved", file + ": " + e.getMessage() + " (the previous file, if any, is intact)");
            return false;
        }
    }

    /**
     * At start-up: if the last run did not end cleanly, offer its autosaved session back. The file
     * stays until the user answers, so a second crash loses nothing either.
     */
    void offerRecovery() {
        Autosave autosave = window.autosave();
        var left = autosave.leftOver();
        if (left.isEmpty()) {
            return;
        }
        Recording rec;
        try {
            rec = autosave.recover(left.get());
        } catch (BadFileException e) {
            error("The autosaved session cannot be read", e.getMessage() + "\nIt is left at " + left.get() + ".");
            return;
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, String.format(java.util.Locale.ROOT,
                "Phoenix Lab was not closed normally last time. Bring back that session? "
                        + "(%s, %d action(s), up to t = %.3f s)", rec.scenario().name(), rec.commands().size(), rec.endUs() / 1e6),
                javafx.scene.control.ButtonType.YES, javafx.scene.control.ButtonType.NO);
        a.setHeaderText("Restore the last session?");
        a.initOwner(owner());
        a.getDialogPane().setId("recovery-dialog");
        a.showAndWait().ifPresent(answer -> {
            if (answer == javafx.scene.control.ButtonType.YES) {
                restore(rec);
            } else {
                autosave.discard();
            }
        });
    }

    /** Puts a recovered session back on screen at the time it had reached. */
    void restore(Recording rec) {
        try {
            window.start(rec.scenario(), rec.commands());
            window.session().moveTo(rec.end());
            window.refreshNow();
        } catch (IllegalArgumentException e) {
            error("The autosaved session cannot be restored", e.getMessage());
        }
    }

    private void chooseSave() {
        FileChooser fc = chooser("Save the session as a recording", "Recordings", "*.recording.json");
        fc.setInitialFileName("session.recording.json");
        var f = fc.showSaveDialog(owner());
        if (f != null) {
            save(f.toPath());
        }
    }

    /** Opens a scenario; on a bad file, an error dialog and nothing else changes. */
    boolean openScenario(Path file) {
        Scenario s;
        try {
            s = ScenarioLoader.load(file);
        } catch (BadFileException e) {
            error("This scenario cannot be opened", e.getMessage());
            return false;
        }
        window.start(s, List.of());
        current = null;
        remember(file);
        return true;
    }

    /** Opens a recording, re-runs it with its commands and says whether the trace is the same. */
    boolean replay(Path file) {
        Recording rec;
        try {
            rec = RecordingFormat.load(file);
        } catch (BadFileException e) {
            error("This recording cannot be opened", e.getMessage());
            return false;
        }
        try {
            window.start(rec.scenario(), rec.commands());
            window.session().moveTo(rec.end());
        } catch (IllegalArgumentException e) {
            error("This recording cannot be replayed", file + ": " + e.getMessage());
            return false; // the current session is untouched: start() only switches once the commands applied
        }
        window.refreshNow();
        remember(file);
        current = file;
        var difference = rec.trace().difference(TraceFingerprint.of(window.simulation().trace()));
        Alert a = new Alert(difference.isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING,
                difference.isEmpty() ? "The replay produced the same " + rec.trace().events()
                        + " events as the recording (SHA-256 " + rec.trace().sha256().substring(0, 16) + "…)."
                        : "The replay differs from the recording: " + difference.get());
        a.setHeaderText(difference.isEmpty() ? "Replay matches" : "Replay differs");
        a.initOwner(owner());
        a.show();
        return difference.isEmpty();
    }

    /** Saves the session (scenario, clicks, trace fingerprint), atomically. */
    boolean save(Path file) {
        try {
            AtomicFiles.write(file, RecordingFormat.toJson(window.session().toRecording()));
            remember(file);
            current = file;
            return true;
        } catch (IOException e) {
            error("The recording could not be saved", file + ": " + e.getMessage() + " (the previous file, if any, is intact)");
            return false;
        }
    }

    private void error(String header, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.setHeaderText(header);
        a.initOwner(owner());
        a.getDialogPane().setId("error-dialog");
        a.show();
    }

    private void about() {
        Alert a = new Alert(Alert.AlertType.INFORMATION,
                "Phoenix Lab teaches how a pVM-based hypervisor survives faults in its privileged VM, after the "
                        + "Phoenix design (Mvondo et al., DSN 2020), compared with vanilla Xen, Xoar and TFD-Xen.\n\n"
                        + "Engine " + Recording.ENGINE_VERSION + ". Every figure comes from the simulated mechanisms; "
                        + "the inputs and their sources are in the strategy parameter files.");
        a.setHeaderText("Phoenix Lab");
        a.initOwner(owner());
        a.show();
    }

    private void remember(Path file) {
        List<String> files = recentFiles();
        files.remove(file.toString());
        files.add(0, file.toString());
        for (int i = 0; i < RECENT; i++) {
            if (i < files.size()) {
                prefs.put("recent." + i, files.get(i));
            } else {
                prefs.remove("recent." + i);
            }
        }
        refreshRecent();
    }

    List<String> recentFiles() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < RECENT; i++) {
            String f = prefs.get("recent." + i, null);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    private void refreshRecent() {
        recent.getItems().clear();
        for (String f : recentFiles()) {
            MenuItem m = new MenuItem(f);
            m.setMnemonicParsing(false);
            m.setOnAction(e -> {
                if (f.endsWith(".recording.json")) {
                    replay(Path.of(f));
                } else {
                    openScenario(Path.of(f));
                }
            });
            recent.getItems().add(m);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    /** The commands of a recording or an autosave, applied to a fresh session. */
    static void apply(Session s, List<Command> commands) {
        s.restore(commands); // each at its exact position, through the engine's one rebuild path
    }
}
