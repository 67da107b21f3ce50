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

    FileActions(MainWindow window, Preferences prefs) {
        this.window = window;
        this.prefs = prefs;
    }

    MenuBar menuBar() {
        MenuItem open = item("Open scenario…", "Shortcut+O", this::chooseScenario);
        MenuItem replay = item("Replay recording…", "Shortcut+R", this::chooseRecording);
        MenuItem save = item("Save session as recording…", "Shortcut+S", this::chooseSave);
        MenuItem restart = item("New session", "Shortcut+N", window::restart);
        MenuItem quit = item("Quit", "Shortcut+Q", () -> window.getScene().getWindow().hide());
        refreshRecent();
        Menu file = new Menu("_File", null, restart, open, recent, new SeparatorMenuItem(), save, replay,
                new SeparatorMenuItem(), quit);
        javafx.scene.control.CheckMenuItem dark = new javafx.scene.control.CheckMenuItem("Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        dark.setSelected(prefs.getBoolean("theme.dark", false));
        dark.selectedProperty().addListener((o, was, on) -> {
            prefs.putBoolean("theme.dark", on);
            applyTheme();
        });
        Menu view = new Menu("_View", null, dark);
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
            window.session().advanceTo(rec.endUs());
        } catch (IllegalArgumentException e) {
            error("This recording cannot be replayed", file + ": " + e.getMessage());
            return false; // the current session is untouched: start() only switches once the commands applied
        }
        window.refreshNow();
        remember(file);
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

    /** For tests: the commands of a recording are applied through the session like clicks. */
    static void apply(Session s, List<Command> commands) {
        for (Command c : commands) {
            s.advanceTo(c.atUs());
            if (c instanceof Command.Inject i) {
                s.inject(i.target(), i.kind());
            } else if (c instanceof Command.Operate o) {
                s.operate(o.kind(), o.vm());
            }
        }
    }
}
