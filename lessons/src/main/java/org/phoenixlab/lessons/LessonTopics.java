package org.phoenixlab.lessons;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.phoenixlab.engine.scenario.Json;

/**
 * The list of lessons the program will teach, read from {@code topics.json}. The step-through lesson
 * format and player come later; this catalogue is what the lesson overview lists today.
 */
public final class LessonTopics {
    private LessonTopics() {
    }

    public static List<LessonTopic> all() {
        String path = "/org/phoenixlab/lessons/topics.json";
        try (InputStream in = LessonTopics.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            JsonNode root = Json.mapper().readTree(in);
            List<LessonTopic> out = new ArrayList<>();
            for (JsonNode t : root.path("topics")) {
                List<String> focus = new ArrayList<>();
                t.path("focus").forEach(f -> focus.add(f.asText()));
                out.add(new LessonTopic(t.path("id").asText(), t.path("title").asText(), t.path("summary").asText(), focus));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
