package org.phoenixlab.engine.files;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed access to a located JSON tree for one file: every failed expectation becomes a
 * {@link BadFileException} naming the file, the position, the field's path and what was expected.
 */
public class Reader {
    private final String file;

    public Reader(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public BadFileException problem(Node at, String path, String message) {
        return new BadFileException(file, at.line(), at.column(), (path.isEmpty() ? "" : path + ": ") + message);
    }

    public Node.Obj object(Node n, String path) throws BadFileException {
        if (n instanceof Node.Obj o) {
            return o;
        }
        throw problem(n, path, "expected an object, found " + n.typeName());
    }

    public List<Node> list(Node n, String path) throws BadFileException {
        if (n instanceof Node.Arr a) {
            return a.items();
        }
        throw problem(n, path, "expected a list, found " + n.typeName());
    }

    /** Refuses fields that are not in {@code allowed}, naming the first one and the expected ones. */
    public void onlyFields(Node.Obj o, String path, Set<String> allowed) throws BadFileException {
        for (var e : o.fields().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw problem(e.getValue(), join(path, e.getKey()),
                        "unknown field (expected one of " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    public Node required(Node.Obj o, String path, String field) throws BadFileException {
        Node n = o.fields().get(field);
        if (n == null) {
            throw problem(o, path, "missing field \"" + field + "\"");
        }
        return n;
    }

    public String string(Node.Obj o, String path, String field) throws BadFileException {
        return string(required(o, path, field), join(path, field));
    }

    public String string(Node n, String path) throws BadFileException {
        if (n instanceof Node.Str s) {
            return s.value();
        }
        throw problem(n, path, "expected a string, found " + n.typeName());
    }

    public String optionalString(Node.Obj o, String path, String field, String otherwise) throws BadFileException {
        Node n = o.fields().get(field);
        return n == null ? otherwise : string(n, join(path, field));
    }

    public long integer(Node.Obj o, String path, String field, long min, long max) throws BadFileException {
        return integer(required(o, path, field), join(path, field), min, max);
    }

    public long integer(Node n, String path, long min, long max) throws BadFileException {
        if (!(n instanceof Node.Num num) || num.integer() == null) {
            throw problem(n, path, "expected a whole number, found " + (n instanceof Node.Num ? "a number with a fraction or an exponent" : n.typeName()));
        }
        BigInteger v = num.integer();
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw problem(n, path, "is " + abbreviate(num.text()) + " (expected " + min + " to " + max + ")");
        }
        return v.longValue();
    }

    public long optionalInteger(Node.Obj o, String path, String field, long min, long max, long otherwise)
            throws BadFileException {
        Node n = o.fields().get(field);
        return n == null ? otherwise : integer(n, join(path, field), min, max);
    }

    /** As {@link #integer(Node, String, long, long)}, the range said with its {@code unit} ("guests", "packets/s"). */
    public long integer(Node n, String path, long min, long max, String unit) throws BadFileException {
        if (n instanceof Node.Num num && num.integer() != null
                && (num.integer().compareTo(BigInteger.valueOf(min)) < 0 || num.integer().compareTo(BigInteger.valueOf(max)) > 0)) {
            throw problem(n, path, "is " + abbreviate(num.text()) + " " + unit + " (expected " + min + " to " + max + " " + unit + ")");
        }
        return integer(n, path, min, max);
    }

    /** As {@link #optionalInteger(Node.Obj, String, String, long, long, long)}, the range said with its unit. */
    public long optionalInteger(Node.Obj o, String path, String field, long min, long max, long otherwise, String unit)
            throws BadFileException {
        Node n = o.fields().get(field);
        return n == null ? otherwise : integer(n, join(path, field), min, max, unit);
    }

    /** A readable duration ("2.5s", "300ms") or a whole number of microseconds. */
    public long duration(Node n, String path) throws BadFileException {
        if (n instanceof Node.Num num) {
            throw problem(n, path, "write \"" + abbreviate(num.text()) + "ms\" (a bare number is not a duration; the units are"
                    + " us, ms, s and min)");
        }
        return textDuration(n, path);
    }

    /** A duration in a format version that wrote bare integers of microseconds (older recordings). */
    public long durationOrMicroseconds(Node n, String path) throws BadFileException {
        if (n instanceof Node.Num) {
            return integer(n, path, 0, Long.MAX_VALUE / 2);
        }
        return textDuration(n, path);
    }

    private long textDuration(Node n, String path) throws BadFileException {
        if (!(n instanceof Node.Str s)) {
            throw problem(n, path, "expected a duration such as \"2.5s\" or \"300ms\", found " + n.typeName());
        }
        try {
            return Durations.parse(s.value());
        } catch (IllegalArgumentException e) {
            throw problem(n, path, e.getMessage() == null ? "not a duration" : abbreviate(e.getMessage()));
        }
    }

    /**
     * Checks the "format" and "version" every file starts with; returns the version. A newer version
     * than {@code current} is refused with a message that says so.
     */
    public long header(Node.Obj root, String format, int current, String what) throws BadFileException {
        if (!root.fields().containsKey("format")) {
            throw problem(root, "", "missing field \"format\": this is not a Phoenix Lab " + what);
        }
        String found = string(root, "", "format");
        if (!format.equals(found)) {
            String kind = KINDS.get(found);
            throw problem(root.fields().get("format"), "format", kind != null
                    ? "this is " + kind + ", not " + article(what) + " " + what
                    : "is \"" + abbreviate(found) + "\" (expected \"" + format + "\")");
        }
        long version = integer(root, "", "version", 1, Integer.MAX_VALUE);
        if (version > current) {
            throw problem(root.fields().get("version"), "version", "this " + what + " is version " + version
                    + ", newer than this program reads (" + current + "): update Phoenix Lab");
        }
        return version;
    }

    /** The formats of this program's files, for saying what a file is when another kind was expected. */
    private static final java.util.Map<String, String> KINDS = java.util.Map.of(
            "phoenix-lab/scenario", "a scenario",
            "phoenix-lab/recording", "a recording",
            "phoenix-lab/journal", "an autosave journal",
            "phoenix-lab/lesson", "a lesson");

    private static String article(String what) {
        return "aeiou".indexOf(Character.toLowerCase(what.charAt(0))) >= 0 ? "an" : "a";
    }

    public static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
