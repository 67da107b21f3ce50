package org.phoenixlab.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.phoenixlab.engine.files.BadFileException;
import org.phoenixlab.engine.recording.Recording;
import org.phoenixlab.engine.recording.RecordingFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "replay", description = "Re-run a recording and check that its trace is the same (exit 1 if not).")
final class ReplayCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "a *.recording.json file")
    Path file;

    @Override
    public Integer call() {
        Recording rec;
        try {
            rec = RecordingFormat.load(file);
        } catch (BadFileException e) {
            throw new BadInput(FileKinds.wrongCommand(file, e, RecordingFormat.FORMAT));
        }
        Optional<String> difference;
        try {
            difference = rec.verify();
        } catch (IllegalArgumentException e) {
            throw new BadInput(file + ": a recorded command cannot be applied (" + e.getMessage() + ")");
        }
        if (difference.isPresent()) {
            spec.commandLine().getErr().println("phoenix: " + file + ": replay differs: " + difference.get());
            spec.commandLine().getErr().flush();
            return 1;
        }
        spec.commandLine().getOut().printf(java.util.Locale.ROOT, "%s: replay matches: %,d events, sha256 %s%n", file, rec.trace().events(),
                rec.trace().sha256());
        return 0;
    }
}
