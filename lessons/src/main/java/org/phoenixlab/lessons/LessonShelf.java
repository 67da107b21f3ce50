package org.phoenixlab.lessons;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.phoenixlab.engine.files.BadFileException;

/**
 * Every lesson a student can pick: the shipped ones, then a teacher's — the lessons folder (its own
 * {@code *.lesson.json}, and one sub-folder per lesson pack opened into it) and lesson files opened one
 * by one. A lesson that cannot be read or played through is listed with its one-line problem and
 * cannot be started; it never keeps the others from loading.
 */
public final class LessonShelf {
    /** At most this many lesson files are read from one folder (a folder of thousands is a mistake). */
    public static final int MAX_FILES_PER_FOLDER = 200;
    static final String LESSON_SUFFIX = ".lesson.json";

    /** Whose a lesson is. */
    public enum Origin {
        SHIPPED, TEACHER
    }

    /** Where a lesson comes from: shipped, or a teacher's group ("Your lessons folder", a pack's title, "Opened"). */
    public record Source(Origin origin, String group) {
        public static final Source SHIPPED = new Source(Origin.SHIPPED, "Shipped with Phoenix Lab");

        public boolean teachers() {
            return origin == Origin.TEACHER;
        }
    }

    /** One line of the list: a lesson ready to start, or a file that is not. */
    public sealed interface Shelved permits Ready, Broken {
        Source source();

        /** The file's name, for the list. */
        String file();
    }

    public record Ready(Lesson lesson, Source source) implements Shelved {
        @Override
        public String file() {
            return lesson.file();
        }
    }

    /** {@code problem} is the loader's one line: file, line, column, field and what is wrong. */
    public record Broken(String file, String problem, Source source) implements Shelved {
    }

    private LessonShelf() {
    }

    /** The shipped lessons, in teaching order, read but not played through (they are checked by the build). */
    public static List<Shelved> shipped() {
        return shipped(LessonCatalog.files());
    }

    /** The shipped lessons of these resource names, each on its own: one that fails is listed broken. */
    static List<Shelved> shipped(List<String> files) {
        List<Shelved> out = new ArrayList<>();
        for (String f : files) {
            try (var in = LessonCatalog.class.getResourceAsStream(LessonCatalog.DIR + f)) {
                if (in == null) {
                    out.add(new Broken("lessons/" + f, "lessons/" + f + ": listed in the index but missing", Source.SHIPPED));
                    continue;
                }
                out.add(new Ready(LessonLoader.parse("lessons/" + f, in.readAllBytes(), null), Source.SHIPPED));
            } catch (IOException e) {
                out.add(new Broken("lessons/" + f, "lessons/" + f + ": cannot be read", Source.SHIPPED));
            } catch (BadFileException e) {
                out.add(new Broken("lessons/" + f, e.getMessage(), Source.SHIPPED));
            }
        }
        return out;
    }

    /**
     * A teacher's lessons folder: its {@code *.lesson.json} files by name, then each sub-folder (a pack:
     * its title from {@code pack.json}, its lessons in the pack's order). A missing folder has none.
     * Each lesson is read and played through once, so a lesson that could never finish is listed broken.
     */
    public static List<Shelved> folder(Path folder) {
        List<Shelved> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        out.addAll(lessonsIn(folder, new Source(Origin.TEACHER, "Your lessons folder"), List.of()));
        for (Path sub : sorted(folder, p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !hidden(p))) {
            LessonPack.Index index;
            try {
                index = LessonPack.index(sub);
            } catch (BadFileException e) {
                out.add(new Broken(sub.resolve(LessonPack.INDEX).toString(), e.getMessage(),
                        new Source(Origin.TEACHER, sub.getFileName().toString())));
                continue;
            }
            out.addAll(lessonsIn(sub, new Source(Origin.TEACHER, "Pack: " + index.title()), index.lessons()));
        }
        return out;
    }

    /** One lesson file opened by itself (its scenario may be beside it). */
    public static Shelved file(Path file, Source source) {
        try {
            return new Ready(LessonLoader.load(file), source);
        } catch (BadFileException e) {
            return new Broken(file.toString(), e.getMessage(), source);
        } catch (RuntimeException e) { // a lesson must never take the list down; say what it was
            return new Broken(file.toString(), file + ": cannot be played through (" + e.getClass().getSimpleName() + ")", source);
        }
    }

    /**
     * The same list with every lesson whose id an earlier one already uses marked broken: progress is
     * remembered by id, so two lessons with one id would share it.
     */
    public static List<Shelved> withoutDuplicateIds(List<Shelved> items) {
        Set<String> seen = new TreeSet<>();
        List<Shelved> out = new ArrayList<>();
        for (Shelved s : items) {
            if (s instanceof Ready r && !seen.add(r.lesson().id())) {
                out.add(new Broken(r.file(), r.file() + ": id: \"" + r.lesson().id()
                        + "\" is already the id of another lesson in the list (give this one its own)", r.source()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static List<Shelved> lessonsIn(Path folder, Source source, List<String> order) {
        List<Path> files = sorted(folder, p -> p.getFileName().toString().endsWith(LESSON_SUFFIX) && !hidden(p));
        List<Path> ordered = new ArrayList<>();
        for (String name : order) {
            Path p = folder.resolve(name);
            if (files.remove(p)) {
                ordered.add(p);
            }
        }
        ordered.addAll(files);
        List<Shelved> out = new ArrayList<>();
        for (Path p : ordered) {
            if (out.size() == MAX_FILES_PER_FOLDER) {
                out.add(new Broken(folder.toString(), folder + ": more than " + MAX_FILES_PER_FOLDER
                        + " lesson files; the rest are not listed", source));
                break;
            }
            out.add(file(p, source));
        }
        return out;
    }

    private static boolean hidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }

    private static List<Path> sorted(Path folder, java.util.function.Predicate<Path> keep) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
            for (Path p : ds) {
                if (keep.test(p)) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(null);
        return out;
    }
}
