package org.phoenixlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.files.Json;

/** docs/schemas/lesson.schema.json (and the pack's) list exactly what the loaders accept. */
class LessonSchemaTest {
    static Set<String> names(JsonNode properties) {
        Set<String> out = new TreeSet<>();
        properties.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void theSchemaListsExactlyWhatTheLoaderAccepts() throws Exception {
        JsonNode s = Json.mapper().readTree(Files.readString(Path.of("../docs/schemas/lesson.schema.json")));
        assertEquals(new TreeSet<>(LessonLoader.TOP), names(s.get("properties")));
        assertEquals(new TreeSet<>(LessonLoader.STEP), names(s.at("/properties/steps/items/properties")));
        Set<String> types = new TreeSet<>();
        s.at("/properties/steps/items/properties/until/properties/event/properties/type/enum").forEach(n -> types.add(n.asText()));
        assertEquals(new TreeSet<>(StepEnd.ExpectEvent.TYPES), types);
        assertEquals(Set.of("next", "action", "event", "quiz"), names(s.at("/properties/steps/items/properties/until/properties")));
        assertEquals(Set.of("inject", "strategy", "dependencies", "operate", "select", "hint"),
                names(s.at("/properties/steps/items/properties/until/properties/action/properties")));
        JsonNode pack = Json.mapper().readTree(Files.readString(Path.of("../docs/schemas/lesson-pack.schema.json")));
        assertEquals(Set.of("$schema", "format", "version", "title", "lessons"), names(pack.get("properties")));
    }

    @Test
    void aLessonMayNameItsSchema(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.lesson.json");
        Files.writeString(f, LessonFileTest.GOOD.replaceFirst("\\{", "{\"\\$schema\": \"../docs/schemas/lesson.schema.json\","));
        assertEquals("mine", LessonLoader.load(f).id());
    }
}
