package org.phoenixlab.cli;

import org.phoenixlab.engine.BuildInfo;
import org.phoenixlab.engine.recording.Recording;
import org.phoenixlab.engine.recording.RecordingFormat;
import org.phoenixlab.engine.recording.RecordingJournal;
import org.phoenixlab.engine.scenario.ScenarioLoader;
import picocli.CommandLine;

/**
 * What {@code --version} prints: the build (version and commit, the words of the window's About box,
 * from {@link BuildInfo}), then the engine and the file format versions it reads and writes.
 */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            BuildInfo.current().describe(),
            "engine " + Recording.ENGINE_VERSION + "; formats: scenario " + ScenarioLoader.VERSION + ", recording "
                    + RecordingFormat.VERSION + ", autosave journal " + RecordingJournal.VERSION + ", lesson "
                    + org.phoenixlab.lessons.LessonLoader.VERSION
        };
    }
}
