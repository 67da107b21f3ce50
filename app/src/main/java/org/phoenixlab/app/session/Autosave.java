package org.phoenixlab.app.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.phoenixlab.engine.files.BadFileException;
import org.phoenixlab.engine.recording.Recording;
import org.phoenixlab.engine.recording.RecordingJournal;
import org.phoenixlab.engine.sim.Command;
import org.phoenixlab.engine.sim.Position;

/**
 * Nothing the user did is lost: from the first click that changes the run (a fault, a VM operation)
 * the session is kept in an autosave journal in the program's folder (docs/FORMATS.md): the scenario
 * and every command, each line forced to disk as it is issued, and the position played to, written
 * after every step or seek and at most once a second while playing. A clean exit removes it; if it is
 * still there at the next start, the program offers to bring the session back where it was.
 */
public final class Autosave implements Session.Listener {
    /** While playing, the position is written at most this often (wall time). */
    static final long PLAYED_EVERY_NS = 1_000_000_000L;

    private final Path file;
    private final LongSupplier wallNanos;
    private RecordingJournal journal;
    private Session following;
    private List<Command> written = List.of();
    private Position playedWritten;
    private long playedAtNs;
    private String problem = "";

    public Autosave(Path folder) {
        this(folder, System::nanoTime);
    }

    /** {@code wallNanos}: the clock that spaces the position lines while playing (tests pass their own). */
    public Autosave(Path folder, LongSupplier wallNanos) {
        this.file = folder.resolve("autosave.journal.jsonl");
        this.wallNanos = wallNanos;
    }

    public Path file() {
        return file;
    }

    /**
     * Keeps {@code session} from now on (its commands so far, and everything it does later); returns
     * the problem in words if the journal could not be written.
     */
    public Optional<String> save(Session session) {
        if (following != session) {
            following = session;
            session.listen(this);
            restart(session);
        } else {
            commandsChanged(session);
        }
        return problem.isEmpty() ? Optional.empty() : Optional.of(problem);
    }

    @Override
    public void commandsChanged(Session s) {
        if (s != following) {
            return;
        }
        List<Command> now = s.issued();
        if (journal != null && now.size() >= written.size() && now.subList(0, written.size()).equals(written)) {
            try {
                for (Command c : now.subList(written.size(), now.size())) {
                    journal.command(c);
                }
                written = now;
                problem = "";
            } catch (IOException e) {
                failed(e);
            }
        } else {
            restart(s); // the session branched (later commands dropped): the journal starts over
        }
    }

    @Override
    public void moved(Session s, boolean continuous) {
        if (s != following || journal == null || s.at().equals(playedWritten)) {
            return;
        }
        long now = wallNanos.getAsLong();
        if (continuous && now - playedAtNs < PLAYED_EVERY_NS) {
            return;
        }
        try {
            journal.played(s.at());
            playedWritten = s.at();
            playedAtNs = now;
        } catch (IOException e) {
            failed(e);
        }
    }

    private void restart(Session s) {
        close();
        try {
            Files.createDirectories(file.getParent());
            journal = RecordingJournal.start(file, s.scenario(), s.issued(), s.at());
            written = s.issued();
            playedWritten = s.at();
            playedAtNs = wallNanos.getAsLong();
            problem = "";
        } catch (IOException | RuntimeException e) {
            journal = null;
            problem = "the session could not be autosaved to " + file + ": " + e.getMessage();
        }
    }

    private void failed(IOException e) {
        close();
        problem = "the session could not be autosaved to " + file + ": " + e.getMessage();
    }

    /** The session left by a run that did not end cleanly, if any. */
    public Optional<Path> leftOver() {
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The session a journal kept, rebuilt to where it was played to. */
    public Recording recover(Path journalFile) throws BadFileException {
        try {
            return RecordingJournal.recover(journalFile).toRecording();
        } catch (IllegalArgumentException e) {
            throw new BadFileException(journalFile.toString(), "the session cannot be rebuilt (" + e.getMessage() + ")");
        }
    }

    /** The program is closing normally (or the user declined to restore): nothing to recover. */
    public void discard() {
        close();
        following = null;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left in place: at worst the next start offers to restore a session once more.
        }
    }

    private void close() {
        if (journal != null) {
            try {
                journal.close();
            } catch (IOException e) {
                // nothing more can be written to it either way
            }
            journal = null;
        }
    }
}
