package org.phoenixlab.engine.scenario;

import org.phoenixlab.engine.files.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.phoenixlab.engine.files.BadFileException;
import org.phoenixlab.engine.files.LocatedJson;
import org.phoenixlab.engine.files.Reader;

/** The scenarios shipped with the program: one per experiment of the paper and one per lesson. */
public final class Gallery {
    private static final String DIR = "/org/phoenixlab/engine/gallery/";

    /** A shipped scenario and the resource it came from. */
    public record Entry(String resource, Scenario scenario) {
    }

    private Gallery() {
    }

    public static List<Entry> entries() {
        try {
            var index = Json.mapper().readTree(bytes("index.json"));
            List<Entry> out = new ArrayList<>();
            for (var name : index.path("scenarios")) {
                String file = name.asText();
                out.add(new Entry(file, ScenarioLoader.parse(new Reader("gallery/" + file),
                        LocatedJson.read("gallery/" + file, bytes(file)))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadFileException e) {
            throw new IllegalStateException("a shipped scenario is broken: " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = Gallery.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IOException("missing resource " + DIR + name);
            }
            return in.readAllBytes();
        }
    }
}
