package org.phoenixlab.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.files.Durations;
import org.phoenixlab.engine.files.Json;
import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/**
 * docs/schemas/scenario.schema.json lists exactly what the loader accepts (the fields, the parameters
 * with their ranges, strategies, fault and operation kinds), and every example points at it.
 */
class ScenarioSchemaTest {
    static JsonNode schema(String name) throws Exception {
        return Json.mapper().readTree(Files.readString(Path.of("../docs/schemas/" + name)));
    }

    static Set<String> names(JsonNode properties) {
        Set<String> out = new TreeSet<>();
        properties.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static Set<String> values(JsonNode enumNode) {
        Set<String> out = new TreeSet<>();
        enumNode.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void theSchemaListsExactlyWhatTheLoaderAccepts() throws Exception {
        JsonNode s = schema("scenario.schema.json");
        assertEquals(new TreeSet<>(ScenarioLoader.FIELDS), names(s.get("properties")));
        JsonNode params = s.at("/properties/parameters/properties");
        Set<String> expected = new TreeSet<>();
        for (Parameter p : Parameter.values()) {
            expected.add(p.scenarioName());
            JsonNode n = params.get(p.scenarioName());
            assertTrue(n != null, p.scenarioName());
            if (p.isDuration()) {
                assertEquals("string", n.get("type").asText(), p.scenarioName() + " is a duration with its unit, never a bare number");
                String d = n.get("description").asText();
                assertTrue(d.contains(Durations.format(p.min()) + " to " + Durations.format(p.max())), p.scenarioName() + ": " + d);
            } else {
                assertEquals(p.min(), n.get("minimum").asLong(), p.scenarioName());
                assertEquals(p.max(), n.get("maximum").asLong(), p.scenarioName());
            }
        }
        assertEquals(expected, names(params));
        assertEquals(new TreeSet<>(StrategyCatalog.NAMES), values(s.at("/properties/strategy/enum")));
        assertEquals(new TreeSet<>(Arrays.stream(FaultKind.values()).map(FaultKind::id).toList()),
                values(s.at("/properties/faults/items/properties/kind/enum")));
        assertEquals(new TreeSet<>(Arrays.stream(ScriptedOperation.Kind.values()).map(ScriptedOperation.Kind::id).toList()),
                values(s.at("/properties/operations/items/properties/kind/enum")));
    }

    @Test
    void everyExampleNamesTheSchemaAndLoadsWithIt() throws Exception {
        int n = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("../examples"), "*.scenario.json")) {
            for (Path f : ds) {
                JsonNode root = Json.mapper().readTree(Files.readString(f));
                assertEquals("../docs/schemas/scenario.schema.json", root.path("$schema").asText(), f.toString());
                assertTrue(Files.isRegularFile(f.getParent().resolve(root.get("$schema").asText())));
                ScenarioLoader.load(f); // "$schema" is accepted and ignored
                n++;
            }
        }
        assertTrue(n >= 2);
    }
}
