package org.phoenixlab.engine.files;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a file into {@link Node}s that keep their positions, with the limits of {@link Json}: a size
 * cap checked before reading, nesting depth, string and number lengths, no duplicate keys.
 */
public final class LocatedJson {
    private LocatedJson() {
    }

    public static Node read(Path file) throws BadFileException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new BadFileException(name, "is a folder, not a file");
            }
            long size = Files.size(file);
            if (size > Json.MAX_FILE_BYTES) {
                throw new BadFileException(name, "the file is " + size + " bytes, more than the limit of "
                        + (Json.MAX_FILE_BYTES >> 20) + " MiB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadFileException(name, "no such file");
        } catch (IOException e) {
            throw new BadFileException(name, "cannot be read (" + e.getMessage() + ")");
        }
        return read(name, bytes);
    }

    public static Node read(String name, byte[] bytes) throws BadFileException {
        if (bytes.length == 0) {
            throw new BadFileException(name, "the file is empty (expected a JSON object)");
        }
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
            String msg = e.getOriginalMessage();
            int cut = msg.indexOf('\n');
            msg = cut > 0 ? msg.substring(0, cut) : msg;
            if (msg.length() > 200) {
                msg = msg.substring(0, 200) + "...";
            }
            throw at == null ? new BadFileException(name, "not valid JSON: " + msg)
                    : new BadFileException(name, at.getLineNr(), at.getColumnNr(), "not valid JSON: " + msg);
        } catch (IOException e) {
            throw new BadFileException(name, "cannot be read (" + e.getMessage() + ")");
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
