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

    @picocli.CommandLine.Option(names = {"-v", "--verbose"}, description = {"for a lesson: when each step ends in the perfect "
            + "student's play-through, and a slow student (acting at the last moment each action step allows),",
            "flagging the steps that can become impossible"})
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int bad = 0;
        for (Path f : files) {
            try {
                out.println("ok   " + f + " (" + FileKinds.check(f) + ")");
                if (verbose && "phoenix-lab/lesson".equals(FileKinds.formatOf(f).orElse(""))) {
                    LessonReport.print(org.phoenixlab.lessons.LessonLoader.load(f), out);
                }
            } catch (BadFileException e) {
                out.println("bad  " + e.getMessage());
                bad++;
            }
        }
        out.flush();
        return bad == 0 ? 0 : 1;
    }
}
