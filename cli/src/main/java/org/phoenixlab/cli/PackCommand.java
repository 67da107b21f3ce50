package org.phoenixlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.phoenixlab.engine.files.BadFileException;
import org.phoenixlab.lessons.LessonPack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pack DIR OUT.zip}: a folder of lessons and their scenarios as one lesson pack for the students. */
@Command(name = "pack", description = {"Pack a folder's lessons (*.lesson.json) and scenarios (*.scenario.json) into one zip",
        "that students open with File > Open lesson. Every lesson is checked first; the title is the folder's",
        "pack.json title, or its name."})
final class PackCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the folder of lessons")
    Path folder;

    @Parameters(index = "1", paramLabel = "OUT.zip", description = "the lesson pack to write")
    Path zip;

    @Override
    public Integer call() {
        try {
            LessonPack.Contents c = LessonPack.export(folder, zip);
            spec.commandLine().getOut().printf(java.util.Locale.ROOT, "%s: lesson pack \"%s\": %d lesson(s) (%s), %d scenario(s)%n",
                    zip, c.title(), c.lessons().size(), String.join(", ", c.lessons()), c.scenarios().size());
            spec.commandLine().getOut().flush();
            return 0;
        } catch (BadFileException e) {
            throw new BadInput(e.getMessage());
        } catch (IOException e) {
            throw new BadInput(zip + ": " + org.phoenixlab.engine.files.OsReason.of(e));
        }
    }
}
