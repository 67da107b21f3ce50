package org.phoenixlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.phoenixlab.engine.files.BadFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", description = "Check scenario, recording, journal and lesson files; exit 1 if any is bad.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files to check")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int bad = 0;
        for (Path f : files) {
            try {
                out.println("ok   " + f + " (" + FileKinds.check(f) + ")");
            } catch (BadFileException e) {
                out.println("bad  " + e.getMessage());
                bad++;
            }
        }
        out.flush();
        return bad == 0 ? 0 : 1;
    }
}
