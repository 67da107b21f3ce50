package org.phoenixlab.lessons;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.phoenixlab.engine.files.AtomicFiles;
import org.phoenixlab.engine.files.BadFileException;
import org.phoenixlab.engine.files.Json;
import org.phoenixlab.engine.files.LocatedJson;
import org.phoenixlab.engine.files.Node;
import org.phoenixlab.engine.files.Reader;

/**
 * A lesson pack: one zip holding a teacher's lessons, the scenarios they run on and {@code pack.json}
 * (format {@value #FORMAT}: a title and the lessons in order). Exported from a folder of lessons;
 * opened into a sub-folder of the lessons folder, where the Lessons panel lists it. Opening trusts
 * nothing in the zip: every entry must be a plain file name (no folder, no "..", no absolute path) of
 * a lesson, a scenario or the index; at most {@value #MAX_ENTRIES} entries and {@value #MAX_BYTES}
 * bytes unpacked, counted while reading (not taken from the zip's own headers).
 */
public final class LessonPack {
    public static final String FORMAT = "phoenix-lab/lesson-pack";
    public static final int VERSION = 1;
    public static final String INDEX = "pack.json";
    public static final int MAX_ENTRIES = 200;
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");
    /** Every entry gets this time, so that the same folder gives the same bytes. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2020, 6, 29, 0, 0);

    /** What {@code pack.json} says: the title, and the lesson files in teaching order. */
    public record Index(String title, List<String> lessons) {
        public Index {
            lessons = List.copyOf(lessons);
        }
    }

    /** What a pack holds. */
    public record Contents(String title, List<String> lessons, List<String> scenarios) {
        public Contents {
            lessons = List.copyOf(lessons);
            scenarios = List.copyOf(scenarios);
        }
    }

    private LessonPack() {
    }

    /**
     * Packs the lessons and scenarios of {@code folder} into {@code zip} (written atomically). The
     * title is {@code pack.json}'s if the folder has one, else the folder's name. Every lesson must
     * load and play through: a broken lesson is refused with its problem, not shipped to students.
     */
    public static Contents export(Path folder, Path zip) throws BadFileException, IOException {
        if (!Files.isDirectory(folder)) {
            throw new BadFileException(folder.toString(), "is not a folder of lessons");
        }
        Index index = Files.exists(folder.resolve(INDEX)) ? index(folder)
                : new Index(folder.toAbsolutePath().normalize().getFileName().toString(), List.of());
        List<String> lessons = new ArrayList<>();
        for (String name : index.lessons()) {
            if (Files.isRegularFile(folder.resolve(name))) {
                lessons.add(name);
            }
        }
        List<String> scenarios = new ArrayList<>();
        for (String name : names(folder)) {
            if (name.endsWith(LessonShelf.LESSON_SUFFIX) && !lessons.contains(name)) {
                lessons.add(name);
            } else if (name.endsWith(".scenario.json")) {
                scenarios.add(name);
            }
        }
        if (lessons.isEmpty()) {
            throw new BadFileException(folder.toString(), "has no *.lesson.json file to pack");
        }
        for (String name : lessons) {
            LessonLoader.load(folder.resolve(name)); // throws, naming the lesson and its problem
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(INDEX, indexJson(index.title(), lessons));
        for (String name : lessons) {
            entries.put(name, LocatedJson.bytes(folder.resolve(name), Json.MAX_FILE_BYTES));
        }
        for (String name : scenarios) {
            entries.put(name, LocatedJson.bytes(folder.resolve(name), Json.MAX_FILE_BYTES));
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(buffer)) {
            for (var e : entries.entrySet()) {
                ZipEntry z = new ZipEntry(e.getKey());
                z.setTimeLocal(ENTRY_TIME);
                out.putNextEntry(z);
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        AtomicFiles.write(zip, buffer.toByteArray());
        return new Contents(index.title(), lessons, scenarios);
    }

    /**
     * Unpacks {@code zip} into its own sub-folder of {@code lessonsFolder} (named after its title; a
     * pack opened again replaces its earlier copy) and returns that sub-folder. Nothing is written
     * unless the whole zip is acceptable.
     */
    public static Path open(Path zip, Path lessonsFolder) throws BadFileException, IOException {
        String file = zip.toString();
        Map<String, byte[]> entries = read(file, LocatedJson.bytes(zip, MAX_BYTES));
        if (!entries.containsKey(INDEX)) {
            throw new BadFileException(file, "has no " + INDEX + ": this is not a Phoenix Lab lesson pack");
        }
        Index index = index(new Reader(file + "!" + INDEX), LocatedJson.read(file + "!" + INDEX, entries.get(INDEX)));
        if (entries.keySet().stream().noneMatch(n -> n.endsWith(LessonShelf.LESSON_SUFFIX))) {
            throw new BadFileException(file, "holds no lesson (*.lesson.json)");
        }
        Files.createDirectories(lessonsFolder);
        String slug = slug(index.title());
        Path target = lessonsFolder.resolve(slug);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new BadFileException(target.toString(), "is in the way of the pack \"" + index.title() + "\" (not a folder)");
        }
        Path fresh = lessonsFolder.resolve(".unpacking-" + slug);
        removeFolder(fresh);
        Files.createDirectory(fresh);
        try {
            for (var e : entries.entrySet()) {
                Files.write(fresh.resolve(e.getKey()), e.getValue(), java.nio.file.StandardOpenOption.CREATE_NEW);
            }
            Path old = lessonsFolder.resolve(".replaced-" + slug);
            removeFolder(old);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            removeFolder(old);
        } finally {
            removeFolder(fresh);
        }
        return target;
    }

    /** Reads {@code folder}/pack.json. */
    static Index index(Path folder) throws BadFileException {
        Path f = folder.resolve(INDEX);
        if (!Files.exists(f)) {
            return new Index(folder.getFileName().toString(), List.of());
        }
        return index(new Reader(f.toString()), LocatedJson.read(f));
    }

    private static Index index(Reader r, Node rootNode) throws BadFileException {
        Node.Obj root = r.object(rootNode, "");
        r.header(root, FORMAT, VERSION, "lesson pack");
        r.onlyFields(root, "", Set.of("$schema", "format", "version", "title", "lessons"));
        String title = r.string(root, "", "title").strip();
        if (title.isEmpty()) {
            throw r.problem(root.fields().get("title"), "title", "is empty");
        }
        List<String> lessons = new ArrayList<>();
        Node list = root.fields().get("lessons");
        if (list != null) {
            List<Node> items = r.list(list, "lessons");
            for (int i = 0; i < items.size(); i++) {
                String name = r.string(items.get(i), "lessons[" + i + "]");
                if (!PLAIN_NAME.matcher(name).matches() || !name.endsWith(LessonShelf.LESSON_SUFFIX)) {
                    throw r.problem(items.get(i), "lessons[" + i + "]", "is \"" + name + "\" (expected a file name ending in .lesson.json)");
                }
                lessons.add(name);
            }
        }
        return new Index(title, lessons);
    }

    private static Map<String, byte[]> read(String file, byte[] zipBytes) throws BadFileException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                String name = e.getName();
                if (out.size() == MAX_ENTRIES) {
                    throw new BadFileException(file, "holds more than " + MAX_ENTRIES + " files (a lesson pack needs far fewer)");
                }
                if (e.isDirectory() || !PLAIN_NAME.matcher(name).matches() || !(name.equals(INDEX)
                        || name.endsWith(LessonShelf.LESSON_SUFFIX) || name.endsWith(".scenario.json"))) {
                    throw new BadFileException(file, "holds \"" + shorten(name) + "\": a lesson pack holds only pack.json, "
                            + "*.lesson.json and *.scenario.json files, by plain names (no folders)");
                }
                if (out.containsKey(name)) {
                    throw new BadFileException(file, "holds \"" + name + "\" twice");
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                byte[] buf = new byte[8192];
                int n;
                while ((n = in.read(buf)) > 0) {
                    total += n;
                    if (total > MAX_BYTES) {
                        throw new BadFileException(file, "unpacks to more than " + MAX_BYTES / (1024 * 1024)
                                + " MiB (a lesson pack is a few kilobytes of text)");
                    }
                    content.write(buf, 0, n);
                }
                out.put(name, content.toByteArray());
            }
        } catch (ZipException e) {
            throw new BadFileException(file, "is not a readable zip file (" + (e.getMessage() == null ? "damaged" : e.getMessage()) + ")");
        } catch (IOException e) {
            throw new BadFileException(file, "cannot be read as a zip file");
        }
        if (out.isEmpty()) {
            throw new BadFileException(file, "is not a lesson pack (not a zip file, or an empty one)");
        }
        return out;
    }

    private static byte[] indexJson(String title, List<String> lessons) throws IOException {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("title", title);
        ArrayNode list = root.putArray("lessons");
        lessons.forEach(list::add);
        return (Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The folder name a pack goes into: its title in lower case, letters and digits, dashes between. */
    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "pack" : s;
    }

    private static List<String> names(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (PLAIN_NAME.matcher(n).matches() && Files.isRegularFile(p)) {
                    out.add(n);
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** Removes a folder this class made (plain files only, no recursion into links). */
    private static void removeFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "\u2026" : s;
    }
}
