package org.phoenixlab.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phoenixlab.app.main.MainViewModel;
import org.phoenixlab.app.prefs.RecentFiles;
import org.phoenixlab.app.util.FakeDialogs;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScenarioLoader;
import org.phoenixlab.engine.scenario.ScriptedFault;

/** The File menu's work without a window: open, save, replay, save as a scenario, recover. */
class FilesViewModelTest {
    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private MainViewModel session;
    private FilesViewModel files;
    private Autosave autosave;

    @BeforeEach
    void setUp() throws Exception {
        Preferences prefs = Preferences.userRoot().node("org/phoenixlab/app-test/files-view-model");
        prefs.clear();
        autosave = new Autosave(dir.resolve("home"));
        session = new MainViewModel(3, dialogs, autosave);
        files = new FilesViewModel(session, dialogs, new RecentFiles(prefs), autosave);
    }

    @Test
    void aMalformedScenarioIsRefusedWithItsPositionAndTheSessionStays() throws Exception {
        Path bad = dir.resolve("bad.scenario.json");
        Files.writeString(bad, "{\"format\": \"phoenix-lab/scenario\", \"version\": 2,\n \"strategy\": \"nope\"");
        Session before = session.session();
        assertFalse(files.openScenario(bad));
        assertEquals("error", dialogs.last().kind());
        assertTrue(dialogs.last().message().startsWith(bad + ": line 2"), dialogs.last().message());
        assertSame(before, session.session());
        assertTrue(files.recentFiles().isEmpty());
    }

    @Test
    void aSavedRecordingReplaysToTheSameTraceAndIsRemembered() {
        session.advance(1_000_000);
        session.inject("net_uk/nic-driver", FaultKind.CRASH);
        session.advance(2_000_000);
        String digest = session.trace().digest();
        Path f = dir.resolve("s.recording.json");
        assertTrue(files.save(f));
        files.newSession();
        assertEquals(0, session.nowUs());
        assertTrue(files.replay(f));
        assertEquals("Replay matches", dialogs.last().header());
        assertEquals(digest, session.trace().digest());
        assertEquals(f, files.currentFile());
        assertEquals(f.toString(), files.recentFiles().get(0));
    }

    @Test
    void aSessionSavedAsAScenarioScriptsTheUsersFaults() throws Exception {
        session.advance(1_500_000);
        session.inject("net_uk/netback", FaultKind.HANG);
        Path f = dir.resolve("mine.scenario.json");
        assertTrue(files.saveScenario(f));
        Scenario back = ScenarioLoader.load(f);
        assertEquals(java.util.List.of(new ScriptedFault(1_500_000, "net_uk/netback", FaultKind.HANG)), back.faults());
    }

    @Test
    void aSessionLeftByACrashIsOfferedBackAndRestoredWhereItStopped() {
        session.advance(700_000);
        session.inject("net_uk/nic-driver", FaultKind.CRASH);
        session.advance(300_000);
        session.refresh();
        long end = session.nowUs(); // the autosave holds the session as of the click
        MainViewModel next = new MainViewModel(3, dialogs, autosave); // the next start
        FilesViewModel nextFiles = new FilesViewModel(next, dialogs, new RecentFiles(
                Preferences.userRoot().node("org/phoenixlab/app-test/files-view-model")), autosave);
        dialogs.answers.add(true);
        nextFiles.offerRecovery();
        assertEquals("confirm", dialogs.last().kind());
        assertEquals(1, next.simulation().commands().size());
        assertEquals(700_000, next.nowUs(), "the autosave was written at the click");
        assertTrue(end > next.nowUs());
    }

    @Test
    void declinedRecoveryDiscardsTheAutosave() {
        session.inject("net_uk/nic-driver", FaultKind.CRASH);
        dialogs.answers.add(false);
        files.offerRecovery();
        assertFalse(autosave.leftOver().isPresent());
    }
}
