package org.phoenixlab.cli;

import org.phoenixlab.engine.recording.Recording;
import org.phoenixlab.engine.recording.RecordingFormat;
import org.phoenixlab.engine.recording.RecordingJournal;
import org.phoenixlab.engine.scenario.ScenarioLoader;
import picocli.CommandLine;

/** What {@code --version} prints: the program, its engine, and the file format versions it reads and writes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    /** The program's version: from the jar's manifest, or the engine's when run from classes. */
    static String version() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? Recording.ENGINE_VERSION : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "Phoenix Lab " + version(),
            "engine " + Recording.ENGINE_VERSION + "; formats: scenario " + ScenarioLoader.VERSION + ", recording "
                    + RecordingFormat.VERSION + ", autosave journal " + RecordingJournal.VERSION + ", lesson "
                    + org.phoenixlab.lessons.LessonLoader.VERSION
        };
    }
}
