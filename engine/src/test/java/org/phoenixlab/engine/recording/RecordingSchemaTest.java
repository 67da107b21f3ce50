package org.phoenixlab.engine.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.files.Json;

/** docs/schemas/recording.schema.json lists exactly the top-level fields the recording loader accepts. */
class RecordingSchemaTest {
    @Test
    void theSchemaListsExactlyWhatTheLoaderAccepts() throws Exception {
        JsonNode s = Json.mapper().readTree(Files.readString(Path.of("../docs/schemas/recording.schema.json")));
        Set<String> names = new TreeSet<>();
        s.get("properties").fieldNames().forEachRemaining(names::add);
        assertEquals(new TreeSet<>(RecordingFormat.FIELDS), names);
        assertEquals("scenario.schema.json", s.at("/properties/scenario/$ref").asText());
    }
}
