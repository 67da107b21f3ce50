package org.phoenixlab.cli;

import java.nio.file.Path;
import org.phoenixlab.engine.files.BadFileException;
import org.phoenixlab.engine.files.FileCheck;
import org.phoenixlab.engine.files.Json;
import org.phoenixlab.engine.files.LocatedJson;
import org.phoenixlab.engine.files.Node;
import org.phoenixlab.engine.files.Reader;
import org.phoenixlab.engine.recording.RecordingFormat;
import org.phoenixlab.engine.recording.RecordingJournal;
import org.phoenixlab.engine.scenario.ScenarioLoader;

/** Recognises a file by its "format" field and checks it with the right loader. */
public final class FileKinds {
    private FileKinds() {
    }

    /** A lesson pack: unpacked into a temporary folder as a student's program would, every lesson played through. */
    private static String checkPack(Path zip) throws BadFileException {
        Path tmp = null;
        try {
            tmp = java.nio.file.Files.createTempDirectory("phoenix-pack");
            Path into = org.phoenixlab.lessons.LessonPack.open(zip, tmp);
            var items = org.phoenixlab.lessons.LessonShelf.folder(tmp);
            for (var item : items) {
                if (item instanceof org.phoenixlab.lessons.LessonShelf.Broken b) {
                    throw new BadFileException(zip.toString(), "in the pack: " + b.problem().replace(into.toString(), "")
                            .replaceFirst("^[/\\\\]", ""));
                }
            }
            return "lesson pack \"" + items.get(0).source().group().replaceFirst("^Pack: ", "") + "\", " + items.size()
                    + " lesson(s), each played through";
        } catch (java.io.IOException e) {
            throw new BadFileException(zip.toString(), "cannot be unpacked to be checked (" + org.phoenixlab.engine.files.OsReason.of(e) + ")");
        } finally {
            if (tmp != null) {
                try (var walk = java.nio.file.Files.walk(tmp)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        java.nio.file.Files.deleteIfExists(p);
                    }
                } catch (java.io.IOException | java.io.UncheckedIOException e) {
                    // a temporary folder left behind is the system's to clear
                }
            }
        }
    }

    /** The file's "format" value, when it is a JSON object that has one (for "use replay, not run"). */
    static java.util.Optional<String> formatOf(Path file) {
        try {
            Node root = LocatedJson.read(file.toString(), LocatedJson.bytes(file, RecordingFormat.MAX_FILE_BYTES));
            if (root instanceof Node.Obj o && o.fields().get("format") instanceof Node.Str s) {
                return java.util.Optional.of(s.value());
            }
        } catch (BadFileException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    /** A file given to the wrong command: which command it is for, or the loader's own message. */
    static String wrongCommand(Path file, BadFileException e, String expected) {
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            return file + ": this looks like a lesson pack (a zip): open it in the window with File > Open lesson";
        }
        String format = formatOf(file).orElse(expected);
        if (format.equals(expected)) {
            return e.getMessage();
        }
        if (format.equals(RecordingFormat.FORMAT)) {
            return file + ": this is a recording, not a scenario: re-run it with \"phoenix replay " + file + "\"";
        }
        if (format.equals(ScenarioLoader.FORMAT)) {
            return file + ": this is a scenario, not a recording: run it with \"phoenix run " + file + "\"";
        }
        if (format.equals("phoenix-lab/lesson")) {
            return file + ": this is a lesson: check it with \"phoenix validate " + file + "\" and open it in the window with"
                    + " File > Open lesson";
        }
        return e.getMessage();
    }

    /** Checks the file fully; returns what it is, in words. */
    public static String check(Path file) throws BadFileException {
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            return checkPack(file);
        }
        if (file.toString().endsWith(".jsonl")) {
            var rec = RecordingJournal.recover(file);
            return "autosave journal, " + rec.commands().size() + " commands, played to "
                    + org.phoenixlab.engine.files.Durations.format(rec.end().timeUs());
        }
        // Read up to the largest limit (a recording's); a file of another kind must keep to its own.
        byte[] bytes = LocatedJson.bytes(file, RecordingFormat.MAX_FILE_BYTES);
        Node root = LocatedJson.read(file.toString(), bytes);
        Reader r = new Reader(file.toString());
        Node.Obj o = r.object(root, "");
        String format = r.string(o, "", "format");
        if (!format.equals(RecordingFormat.FORMAT) && bytes.length > Json.MAX_FILE_BYTES) {
            throw new BadFileException(file.toString(), "the file is larger than the limit of " + Json.mebibytes(Json.MAX_FILE_BYTES));
        }
        return switch (format) {
            case ScenarioLoader.FORMAT -> "scenario \"" + ScenarioLoader.parse(r, root).name() + "\"";
            case RecordingFormat.FORMAT -> {
                var rec = RecordingFormat.parse(r, root);
                java.util.Optional<String> differs;
                try {
                    differs = rec.verify();
                } catch (IllegalArgumentException e) {
                    throw new BadFileException(file.toString(), "a recorded command cannot be applied (" + e.getMessage() + ")");
                }
                if (differs.isPresent()) {
                    throw new BadFileException(file.toString(), "a replay does not give the recorded trace: " + differs.get());
                }
                yield "recording of \"" + rec.scenario().name() + "\", " + rec.commands().size() + " commands, replayed: the same trace";
            }
            default -> {
                java.util.List<String> known = new java.util.ArrayList<>(java.util.List.of(ScenarioLoader.FORMAT, RecordingFormat.FORMAT));
                for (FileCheck check : java.util.ServiceLoader.load(FileCheck.class)) {
                    if (check.format().equals(format)) {
                        yield check.check(file, r, root);
                    }
                    known.add(check.format());
                }
                throw r.problem(o.fields().get("format"), "format", "unknown format \"" + format
                        + "\" (expected " + String.join(", ", known) + ")");
            }
        };
    }
}
