package org.phoenixlab.lessons;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.phoenixlab.engine.files.Json;

/**
 * The part of JSON Schema that docs/schemas/ uses (type, const, enum, required, properties,
 * additionalProperties false, items, minItems, min/maxProperties, minLength, pattern, minimum, maximum,
 * a $ref to a sibling file), enough to hold our own files to our own schemas without a library.
 */
final class SchemaSubset {
    private final Path folder;

    SchemaSubset(Path folder) {
        this.folder = folder;
    }

    /** Every place where {@code value} breaks the schema in {@code file}, as "path: problem". */
    List<String> problems(String file, JsonNode value) throws Exception {
        List<String> out = new ArrayList<>();
        check(schema(file), value, "", out);
        return out;
    }

    private JsonNode schema(String file) throws Exception {
        return Json.mapper().readTree(Files.readString(folder.resolve(file)));
    }

    private void check(JsonNode s, JsonNode v, String at, List<String> out) throws Exception {
        if (s.has("$ref")) {
            check(schema(s.get("$ref").asText()), v, at, out);
            return;
        }
        if (s.has("const") && !s.get("const").equals(v)) {
            out.add(at + ": not " + s.get("const"));
        }
        if (s.has("enum")) {
            boolean found = false;
            for (JsonNode e : s.get("enum")) {
                found |= e.equals(v);
            }
            if (!found) {
                out.add(at + ": " + v + " is not one of " + s.get("enum"));
            }
        }
        String type = s.path("type").asText("");
        switch (type) {
            case "object" -> {
                if (!v.isObject()) {
                    out.add(at + ": not an object");
                    return;
                }
                for (JsonNode r : s.path("required")) {
                    if (!v.has(r.asText())) {
                        out.add(at + ": missing " + r.asText());
                    }
                }
                if (s.has("minProperties") && v.size() < s.get("minProperties").asInt()
                        || s.has("maxProperties") && v.size() > s.get("maxProperties").asInt()) {
                    out.add(at + ": " + v.size() + " fields");
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                    var e = it.next();
                    JsonNode p = s.path("properties").get(e.getKey());
                    if (p == null) {
                        if (s.path("additionalProperties").isBoolean() && !s.get("additionalProperties").asBoolean()) {
                            out.add(at + "." + e.getKey() + ": not allowed");
                        }
                    } else {
                        check(p, e.getValue(), at + "." + e.getKey(), out);
                    }
                }
            }
            case "array" -> {
                if (!v.isArray()) {
                    out.add(at + ": not an array");
                    return;
                }
                if (s.has("minItems") && v.size() < s.get("minItems").asInt()) {
                    out.add(at + ": fewer than " + s.get("minItems") + " items");
                }
                for (int i = 0; i < v.size(); i++) {
                    if (s.has("items")) {
                        check(s.get("items"), v.get(i), at + "[" + i + "]", out);
                    }
                }
            }
            case "string" -> {
                if (!v.isTextual()) {
                    out.add(at + ": not a string");
                    return;
                }
                if (s.has("minLength") && v.asText().length() < s.get("minLength").asInt()) {
                    out.add(at + ": too short");
                }
                if (s.has("pattern") && !Pattern.compile(s.get("pattern").asText()).matcher(v.asText()).find()) {
                    out.add(at + ": \"" + v.asText() + "\" does not match " + s.get("pattern").asText());
                }
            }
            case "integer" -> {
                if (!v.isIntegralNumber()) {
                    out.add(at + ": not an integer");
                    return;
                }
                if (s.has("minimum") && v.asLong() < s.get("minimum").asLong() || s.has("maximum") && v.asLong() > s.get("maximum").asLong()) {
                    out.add(at + ": " + v + " out of range");
                }
            }
            case "number" -> {
                if (!v.isNumber()) {
                    out.add(at + ": not a number");
                    return;
                }
                if (s.has("minimum") && v.asDouble() < s.get("minimum").asDouble()) {
                    out.add(at + ": " + v + " out of range");
                }
            }
            case "boolean" -> {
                if (!v.isBoolean()) {
                    out.add(at + ": not true or false");
                }
            }
            default -> {
            }
        }
    }
}
