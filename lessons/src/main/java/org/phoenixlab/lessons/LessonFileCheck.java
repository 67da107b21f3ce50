package org.phoenixlab.lessons;

import java.nio.file.Path;
import org.phoenixlab.engine.files.BadFileException;
import org.phoenixlab.engine.files.FileCheck;
import org.phoenixlab.engine.files.Node;
import org.phoenixlab.engine.files.Reader;

/** Lets {@code validate} check lesson files (found through {@link java.util.ServiceLoader}). */
public final class LessonFileCheck implements FileCheck {
    @Override
    public String format() {
        return LessonLoader.FORMAT;
    }

    @Override
    public String check(Path file, Reader reader, Node root) throws BadFileException {
        Lesson lesson = LessonLoader.parse(reader, root, file.toAbsolutePath().getParent());
        LessonCheck.requireValid(lesson);
        return "lesson \"" + lesson.title() + "\", " + lesson.steps().size() + " steps, played through";
    }
}
