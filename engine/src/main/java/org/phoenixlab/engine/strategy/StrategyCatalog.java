package org.phoenixlab.engine.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.phoenixlab.engine.files.Json;

/**
 * The five compared strategies, read from the parameter files shipped as resources
 * ({@code strategies/NAME.json} on top of {@code strategies/common.json}).
 */
public final class StrategyCatalog {
    /** The strategy names, in the order of the paper's table. */
    public static final List<String> NAMES = List.of("phoenix-fine", "phoenix-coarse", "tfd-xen", "xoar", "vanilla");

    private StrategyCatalog() {
    }

    public static boolean exists(String name) {
        return NAMES.contains(name);
    }

    /** Loads a strategy by name; an unknown name gives a message listing the known ones. */
    public static Strategy load(String name) {
        if (!exists(name)) {
            throw new IllegalArgumentException("unknown strategy '" + name + "' (expected one of " + String.join(", ", NAMES) + ")");
        }
        JsonNode common = read("common");
        JsonNode own = read(name);
        EnumMap<Parameter, Long> values = new EnumMap<>(Parameter.class);
        EnumMap<Parameter, String> sources = new EnumMap<>(Parameter.class);
        readParameters(common, values, sources);
        readParameters(own, values, sources);
        EnumSet<Mechanism> mechanisms = EnumSet.noneOf(Mechanism.class);
        for (JsonNode m : own.path("mechanisms")) {
            mechanisms.add(Mechanism.byId(m.asText())
                    .orElseThrow(() -> new IllegalStateException(name + ".json: unknown mechanism " + m)));
        }
        UnitRepair repair = UnitRepair.byId(own.path("unitRepair").asText())
                .orElseThrow(() -> new IllegalStateException(name + ".json: unknown unitRepair"));
        return new Strategy(name, own.path("title").asText(name), own.path("summary").asText(""),
                mechanisms, repair, values, sources);
    }

    private static void readParameters(JsonNode file, Map<Parameter, Long> values, Map<Parameter, String> sources) {
        Iterator<Map.Entry<String, JsonNode>> it = file.path("parameters").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Parameter p = Parameter.byId(e.getKey())
                    .orElseThrow(() -> new IllegalStateException("unknown parameter " + e.getKey()));
            JsonNode v = e.getValue();
            if (!v.path("value").canConvertToExactIntegral() || !v.hasNonNull("source")) {
                throw new IllegalStateException("parameter " + e.getKey() + " needs an integer value and a source");
            }
            values.put(p, v.path("value").longValue());
            sources.put(p, v.path("source").asText());
        }
    }

    private static JsonNode read(String name) {
        String path = "/org/phoenixlab/engine/strategies/" + name + ".json";
        try (InputStream in = StrategyCatalog.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
