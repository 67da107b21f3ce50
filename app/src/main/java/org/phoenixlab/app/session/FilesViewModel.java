package org.phoenixlab.app.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.collections.ObservableList;
import org.phoenixlab.app.prefs.RecentFiles;
import org.phoenixlab.app.util.DialogService;
import org.phoenixlab.engine.files.AtomicFiles;
import org.phoenixlab.engine.files.BadFileException;
import org.phoenixlab.engine.recording.Recording;
import org.phoenixlab.engine.recording.RecordingFormat;
import org.phoenixlab.engine.recording.TraceFingerprint;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScenarioLoader;
import org.phoenixlab.engine.scenario.ScenarioWriter;
import org.phoenixlab.engine.sim.Command;

/**
 * The File menu's work: open a scenario, save the session as a recording or as a scenario, replay a
 * recording and check it, recent files, and the session a crash left behind. A bad file gets an
 * error naming the file, the position and the problem, and the current session stays as it was.
 */
public final class FilesViewModel {
    private static final System.Logger LOG = System.getLogger(FilesViewModel.class.getName());

    private final SessionControl control;
    private final DialogService dialogs;
    private final RecentFiles recent;
    private final Autosave autosave;
    /** Where "Save recording" writes without asking: the last recording saved or replayed. */
    private Path current;

    public FilesViewModel(SessionControl control, DialogService dialogs, RecentFiles recent, Autosave autosave) {
        this.control = control;
        this.dialogs = dialogs;
        this.recent = recent;
        this.autosave = autosave;
    }

    /** A fresh session on the paper's workload (after asking, if unsaved work would be lost); "Save recording" asks for a file again. */
    public void newSession() {
        if (!control.mayDiscardWork(org.phoenixlab.app.util.Messages.get("doing.newSession"))) {
            return;
        }
        current = null;
        control.newSession();
    }

    public void chooseScenario() {
        dialogs.chooseToOpen(org.phoenixlab.app.util.Messages.get("files.openScenario"), org.phoenixlab.app.util.Messages.get("files.scenarios"), "*.scenario.json").ifPresent(this::openScenario);
    }

    public void chooseRecording() {
        dialogs.chooseToOpen(org.phoenixlab.app.util.Messages.get("files.replay"), org.phoenixlab.app.util.Messages.get("files.recordings"), "*.recording.json").ifPresent(this::replay);
    }

    public void saveHere() {
        if (current == null) {
            chooseSave();
        } else {
            save(current);
        }
    }

    public void chooseSave() {
        dialogs.chooseToSave(org.phoenixlab.app.util.Messages.get("files.saveRecording"), org.phoenixlab.app.util.Messages.get("files.recordings"), "*.recording.json", "session.recording.json")
                .ifPresent(this::save);
    }

    public void chooseSaveScenario() {
        dialogs.chooseToSave(org.phoenixlab.app.util.Messages.get("files.saveScenario"),
                org.phoenixlab.app.util.Messages.get("files.scenarios"), "*.scenario.json", "my-session.scenario.json").ifPresent(this::saveScenario);
    }

    public Path currentFile() {
        return current;
    }

    /** Newest first. */
    public ObservableList<String> recentFiles() {
        return recent.files();
    }

    /** Opens a file from the recent list: a recording is replayed, anything else opened as a scenario. */
    public void openRecent(String file) {
        if (file.endsWith(".recording.json")) {
            replay(Path.of(file));
        } else {
            openScenario(Path.of(file));
        }
    }

    /**
     * Saves the session as a scenario: the faults and VM operations the user issued become scripted
     * ones at the same virtual times, so the run can be shared, edited and replayed from the file.
     */
    public boolean saveScenario(Path file) {
        Scenario s = control.session().toRecording().toScenario();
        try {
            AtomicFiles.write(file, ScenarioWriter.toJson(s));
            recent.remember(file);
            control.saved(); // the clicks are in the file, as scripted faults and operations
            return true;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "saving the scenario " + file + " failed", e);
            dialogs.error(org.phoenixlab.app.util.Messages.get("files.scenarioNotSaved"), file + ": " + e.getMessage() + org.phoenixlab.app.util.Messages.get("files.intact"));
            return false;
        }
    }

    /**
     * At start-up: if the last run did not end cleanly, offer its autosaved session back. The file
     * stays until the user answers, so a second crash loses nothing either.
     */
    public void offerRecovery() {
        var left = autosave.leftOver();
        if (left.isEmpty()) {
            return;
        }
        Recording rec;
        try {
            rec = autosave.recover(left.get());
        } catch (BadFileException e) {
            dialogs.error(org.phoenixlab.app.util.Messages.get("files.autosaveUnreadable"), e.getMessage() + "\n" + org.phoenixlab.app.util.Messages.format("files.leftAt", left.get()));
            return;
        }
        boolean yes = dialogs.confirm("recovery-dialog", org.phoenixlab.app.util.Messages.get("files.restore.title"), org.phoenixlab.app.util.Messages.format("files.restore.text",
                rec.scenario().name(), rec.commands().size(), rec.endUs() / 1e6));
        if (yes) {
            restore(rec);
        } else {
            autosave.discard();
        }
    }

    /** Puts a recovered session back on screen where it had been played to. */
    public void restore(Recording rec) {
        try {
            control.start(rec.scenario(), rec.commands());
            control.moveTo(rec.end());
        } catch (IllegalArgumentException e) {
            dialogs.error(org.phoenixlab.app.util.Messages.get("files.autosaveNotRestored"), e.getMessage());
        }
    }

    /** Opens a scenario; on a bad file, an error dialog and nothing else changes. */
    public boolean openScenario(Path file) {
        Scenario s;
        try {
            s = ScenarioLoader.load(file);
        } catch (BadFileException e) {
            LOG.log(System.Logger.Level.INFO, "refused scenario: " + e.getMessage());
            dialogs.error(org.phoenixlab.app.util.Messages.get("files.scenarioNotOpened"), e.getMessage());
            return false;
        }
        if (!control.mayDiscardWork(org.phoenixlab.app.util.Messages.format("doing.open", file.getFileName()))) {
            return false;
        }
        control.start(s, List.of());
        current = null;
        recent.remember(file);
        return true;
    }

    /** Opens a recording, re-runs it with its commands and says whether the trace is the same. */
    public boolean replay(Path file) {
        Recording rec;
        try {
            rec = RecordingFormat.load(file);
        } catch (BadFileException e) {
            LOG.log(System.Logger.Level.INFO, "refused recording: " + e.getMessage());
            dialogs.error(org.phoenixlab.app.util.Messages.get("files.recordingNotOpened"), e.getMessage());
            return false;
        }
        if (!control.mayDiscardWork(org.phoenixlab.app.util.Messages.format("doing.replay", file.getFileName()))) {
            return false;
        }
        try {
            control.start(rec.scenario(), rec.commands());
            control.moveTo(rec.end());
        } catch (IllegalArgumentException e) {
            dialogs.error(org.phoenixlab.app.util.Messages.get("files.recordingNotReplayed"), file + ": " + e.getMessage());
            return false; // the current session is untouched: start() only switches once the commands applied
        }
        recent.remember(file);
        current = file;
        var difference = rec.trace().difference(TraceFingerprint.of(control.session().simulation().trace()));
        if (difference.isEmpty()) {
            dialogs.inform(org.phoenixlab.app.util.Messages.get("files.replayMatches.title"), org.phoenixlab.app.util.Messages.format("files.replayMatches.text", rec.trace().events(),
                    rec.trace().sha256().substring(0, 16)));
        } else {
            LOG.log(System.Logger.Level.WARNING, "replay of " + file + " differs: " + difference.get());
            dialogs.warn(org.phoenixlab.app.util.Messages.get("files.replayDiffers.title"), org.phoenixlab.app.util.Messages.format("files.replayDiffers.text", difference.get()));
        }
        return difference.isEmpty();
    }

    /** Saves the session (scenario, clicks, trace fingerprint), atomically. */
    public boolean save(Path file) {
        try {
            AtomicFiles.write(file, RecordingFormat.toJson(control.session().toRecording()));
            recent.remember(file);
            current = file;
            control.saved();
            return true;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "saving the recording " + file + " failed", e);
            dialogs.error(org.phoenixlab.app.util.Messages.get("files.recordingNotSaved"), file + ": " + e.getMessage() + org.phoenixlab.app.util.Messages.get("files.intact"));
            return false;
        }
    }

    /** The commands of a recording or an autosave, applied to a fresh session, each at its exact position. */
    public static void apply(Session s, List<Command> commands) {
        s.restore(commands); // through the engine's one rebuild path
    }
}
