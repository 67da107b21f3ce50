package org.phoenixlab.engine.scenario;

import org.phoenixlab.engine.files.Durations;
import org.phoenixlab.engine.files.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.phoenixlab.engine.strategy.Parameter;

/** Writes a scenario in the current format, with readable durations, fields in a fixed order. */
public final class ScenarioWriter {
    private ScenarioWriter() {
    }

    public static ObjectNode toTree(Scenario s) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("format", ScenarioLoader.FORMAT);
        o.put("version", ScenarioLoader.VERSION);
        o.put("name", s.name());
        o.put("description", s.description());
        o.put("seed", s.seed());
        o.put("strategy", s.strategy());
        o.putObject("topology").put("guests", s.guests());
        ObjectNode w = o.putObject("workload");
        w.put("packetsPerSecondPerGuest", s.packetsPerSecondPerGuest());
        w.put("diskRequestsPerSecondPerGuest", s.diskRequestsPerSecondPerGuest());
        ObjectNode ps = o.putObject("parameters");
        for (var e : s.parameterOverrides().entrySet()) {
            Parameter p = Parameter.byId(e.getKey()).orElseThrow();
            if (p.isDuration()) {
                ps.put(p.scenarioName(), Durations.format(e.getValue()));
            } else {
                ps.put(p.scenarioName(), e.getValue());
            }
        }
        ArrayNode fs = o.putArray("faults");
        for (ScriptedFault f : s.faults()) {
            fs.addObject().put("at", Durations.format(f.atUs())).put("target", f.target()).put("kind", f.kind().id());
        }
        ArrayNode os = o.putArray("operations");
        for (ScriptedOperation op : s.operations()) {
            os.addObject().put("at", Durations.format(op.atUs())).put("kind", op.kind().id()).put("vm", op.vm());
        }
        o.put("duration", Durations.format(s.durationUs()));
        return o;
    }

    public static String toJson(Scenario s) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(toTree(s)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
