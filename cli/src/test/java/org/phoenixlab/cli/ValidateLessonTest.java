package org.phoenixlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phoenixlab.lessons.LessonFileTest;

/** `validate` accepts a good lesson and refuses a bad one with the file, the step and the reason. */
class ValidateLessonTest {
    private static Path write(Path dir, String text) throws Exception {
        Path f = dir.resolve("mine.lesson.json");
        Files.writeString(f, text);
        return f;
    }

    private static int validate(StringWriter out, Path... files) {
        String[] args = new String[files.length + 1];
        args[0] = "validate";
        for (int i = 0; i < files.length; i++) {
            args[i + 1] = files[i].toString();
        }
        PrintWriter w = new PrintWriter(out);
        int code = PhoenixCli.execute(args, w, w);
        w.flush();
        return code;
    }

    @Test
    void validateAcceptsAGoodLessonAndRefusesABadOneWithFileStepAndReason(@TempDir Path dir) throws Exception {
        Path good = write(dir, LessonFileTest.GOOD);
        StringWriter out = new StringWriter();
        assertEquals(0, validate(out, good), out.toString());
        assertTrue(out.toString().contains("lesson \"My lesson\", 3 steps"), out.toString());
        Path bad = dir.resolve("bad.lesson.json");
        Files.writeString(bad, LessonFileTest.GOOD.replace("\"component\": \"net_uk/nic-driver\"}}", "\"component\": \"disk_uk\"}}"));
        StringWriter out2 = new StringWriter();
        assertEquals(1, validate(out2, bad), out2.toString());
        assertTrue(out2.toString().contains(bad.toString()) && out2.toString().contains("step 2: expects a \"detected\" event on disk_uk"),
                out2.toString());
    }
}
