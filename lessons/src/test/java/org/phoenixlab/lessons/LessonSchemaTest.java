package org.phoenixlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * The schemas accept every file we ship (the lessons, the gallery's scenarios, the examples, the
     * starters of phoenix new are checked in cli/) and refuse what the loaders refuse for the same reason.
     */
    @Test
    void everyShippedLessonScenarioAndExampleMeetsItsSchema() throws Exception {
        SchemaSubset schemas = new SchemaSubset(Path.of("../docs/schemas"));
        int n = 0;
        for (String f : LessonCatalog.files()) {
            try (var in = LessonCatalog.class.getResourceAsStream(LessonCatalog.DIR + f)) {
                assertEquals(java.util.List.of(), schemas.problems("lesson.schema.json", Json.mapper().readTree(in)), f);
                n++;
            }
        }
        for (var e : org.phoenixlab.engine.scenario.Gallery.entries()) {
            try (var in = org.phoenixlab.engine.scenario.Gallery.class.getResourceAsStream(
                    "/org/phoenixlab/engine/gallery/" + e.resource())) {
                assertEquals(java.util.List.of(), schemas.problems("scenario.schema.json", Json.mapper().readTree(in)), e.resource());
                n++;
            }
        }
        try (var ds = Files.newDirectoryStream(Path.of("../examples"), "*.scenario.json")) {
            for (Path f : ds) {
                assertEquals(java.util.List.of(), schemas.problems("scenario.schema.json", Json.mapper().readTree(Files.readString(f))),
                        f.toString());
                n++;
            }
        }
        assertEquals(java.util.List.of(), schemas.problems("lesson.schema.json", Json.mapper().readTree(LessonFileTest.GOOD)));
        assertTrue(n >= 11 + 17 + 2, "files checked: " + n);
        // What the loaders refuse, the schema flags too: a bare-number duration, a hint beside action, a missing explanation.
        var bare = Json.mapper().readTree("{\"format\":\"phoenix-lab/scenario\",\"version\":2,\"strategy\":\"vanilla\","
                + "\"duration\":\"1s\",\"parameters\":{\"heartbeatPeriod\":62}}");
        assertEquals(java.util.List.of(".parameters.heartbeatPeriod: not a string"), schemas.problems("scenario.schema.json", bare));
        var hint = Json.mapper().readTree(LessonFileTest.GOOD.replace("\"kind\": \"crash\"}, \"hint\": \"Right-click it.\"}}}",
                "\"kind\": \"crash\"}}, \"hint\": \"Right-click it.\"}}"));
        assertTrue(schemas.problems("lesson.schema.json", hint).contains(".steps[0].until.hint: not allowed"),
                schemas.problems("lesson.schema.json", hint).toString());
        var noExplanation = Json.mapper().readTree(LessonFileTest.GOOD.replace("\"Nobody\", \"explanation\": \"It was found.\"", "\"Nobody\""));
        assertEquals(java.util.List.of(".steps[2].until.quiz.choices[1]: missing explanation"),
                schemas.problems("lesson.schema.json", noExplanation));
    }
}
