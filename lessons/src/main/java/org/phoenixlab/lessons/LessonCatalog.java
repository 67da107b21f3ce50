package org.phoenixlab.lessons;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.phoenixlab.engine.files.Json;

/** The lessons shipped with the program, in teaching order (listed in {@code index.json}). */
public final class LessonCatalog {
    static final String DIR = "/org/phoenixlab/lessons/";

    private LessonCatalog() {
    }

    /** The file names of the shipped lessons, in order. */
    public static List<String> files() {
        try (InputStream in = LessonCatalog.class.getResourceAsStream(DIR + "index.json")) {
            if (in == null) {
                throw new IllegalStateException("the lesson index is missing");
            }
            JsonNode index = Json.mapper().readTree(in);
            List<String> out = new ArrayList<>();
            for (JsonNode n : index.path("lessons")) {
                out.add(n.asText());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every shipped lesson, loaded and checked (each is played through once). */
    public static List<Lesson> all() {
        return files().stream().map(LessonLoader::resource).toList();
    }

    /** Every shipped lesson, loaded but not played through (fast: for the overview). */
    public static List<Lesson> allUnchecked() {
        List<Lesson> out = new ArrayList<>();
        for (String f : files()) {
            try (InputStream in = LessonCatalog.class.getResourceAsStream(DIR + f)) {
                out.add(LessonLoader.parse("lessons/" + f, in.readAllBytes(), null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (org.phoenixlab.engine.files.BadFileException e) {
                throw new IllegalStateException("a shipped lesson is broken: " + e.getMessage(), e);
            }
        }
        return out;
    }
}
