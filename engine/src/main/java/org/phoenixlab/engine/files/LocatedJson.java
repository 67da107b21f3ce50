package org.phoenixlab.engine.files;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a file into {@link Node}s that keep their positions, with the limits of {@link Json}: a hard
 * byte limit (whatever the file system says the size is), ordinary files only, nesting depth, string
 * and number lengths, no duplicate keys. UTF-8 is expected; a UTF-16 or UTF-32 file (with or without a
 * byte-order mark) is recognised and read as well, and a UTF-8 byte-order mark is skipped.
 */
public final class LocatedJson {
    private LocatedJson() {
    }

    public static Node read(Path file) throws BadFileException {
        return read(file, Json.MAX_FILE_BYTES);
    }

    /** Reads at most {@code maxBytes}: a file that turns out longer is refused, however it is reported. */
    public static Node read(Path file, long maxBytes) throws BadFileException {
        return read(file.toString(), bytes(file, maxBytes));
    }

    /**
     * The bytes of an ordinary file, at most {@code maxBytes}; a folder, pipe or device, an unreadable
     * file (with the operating system's reason) or a longer file is refused in one line.
     */
    public static byte[] bytes(Path file, long maxBytes) throws BadFileException {
        String name = file.toString();
        try {
            var other = FileType.notRegular(file);
            if (other.isPresent()) {
                throw new BadFileException(name, "is " + other.get() + ", not a regular file");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (bytes.length > maxBytes) {
                throw new BadFileException(name, "the file is larger than the limit of " + Json.mebibytes(maxBytes));
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new BadFileException(name, "no such file");
        } catch (IOException e) {
            throw new BadFileException(name, "cannot be read (" + OsReason.of(e) + ")");
        }
    }

    public static Node read(String name, byte[] raw) throws BadFileException {
        if (raw.length == 0) {
            throw new BadFileException(name, "the file is empty (expected a JSON object)");
        }
        byte[] bytes = TextEncoding.toUtf8(name, raw);
        for (int i = 0; i < Math.min(bytes.length, 512); i++) {
            if (bytes[i] == 0) {
                throw new BadFileException(name, "this is a binary file, not JSON text");
            }
        }
        try (JsonParser p = Json.mapper().getFactory().createParser(bytes)) {
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new BadFileException(name, "the file holds no JSON value");
            }
            Node root = value(p, first);
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new BadFileException(name, at.getLineNr(), at.getColumnNr(), "more content after the end of the JSON value");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String msg = "not valid JSON: " + JsonWords.of(e);
            throw at == null || at.getLineNr() < 1 ? new BadFileException(name, msg)
                    : new BadFileException(name, at.getLineNr(), at.getColumnNr(), msg);
        } catch (IOException e) {
            throw new BadFileException(name, "cannot be read (" + OsReason.of(e) + ")");
        }
    }

    private static Node value(JsonParser p, JsonToken t) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        long line = at.getLineNr();
        long col = at.getColumnNr();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node> fields = new LinkedHashMap<>();
                JsonToken k;
                while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    fields.put(key, value(p, p.nextToken()));
                }
                return new Node.Obj(line, col, fields);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                JsonToken n;
                while ((n = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(value(p, n));
                }
                return new Node.Arr(line, col, items);
            }
            case VALUE_STRING -> {
                return new Node.Str(line, col, p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return new Node.Num(line, col, p.getText(), new BigInteger(p.getText()));
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Node.Num(line, col, p.getText(), null);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node.Bool(line, col, t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return new Node.Null(line, col);
            }
            default -> throw new JsonParseProblem(p, "unexpected " + t);
        }
    }

    private static final class JsonParseProblem extends JsonProcessingException {
        private static final long serialVersionUID = 1L;

        JsonParseProblem(JsonParser p, String msg) {
            super(msg, p.currentTokenLocation());
        }
    }
}
