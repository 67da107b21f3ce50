package org.phoenixlab.app.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.phoenixlab.engine.files.AtomicFiles;
import org.phoenixlab.engine.recording.Recording;
import org.phoenixlab.engine.recording.RecordingFormat;

/**
 * Nothing the user did is lost: after every click that changes the run (a fault, a VM operation, a
 * new scenario) the session is written, atomically, as a recording in the program's folder. A clean
 * exit removes it; if it is still there at the next start, the program offers to bring it back.
 */
public final class Autosave {
    private final Path file;

    public Autosave(Path folder) {
        this.file = folder.resolve("autosave.recording.json");
    }

    public Path file() {
        return file;
    }

    /** Writes the session; returns the problem in words if it could not be written. */
    public Optional<String> save(Recording recording) {
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, RecordingFormat.toJson(recording));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("the session could not be autosaved to " + file + ": " + e.getMessage());
        }
    }

    /** The session left by a run that did not end cleanly, if any. */
    public Optional<Path> leftOver() {
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The program is closing normally (or the user declined to restore): nothing to recover. */
    public void discard() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left in place: at worst the next start offers to restore a session once more.
        }
    }
}
