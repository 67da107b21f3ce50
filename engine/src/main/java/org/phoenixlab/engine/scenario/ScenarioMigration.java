package org.phoenixlab.engine.scenario;

import org.phoenixlab.engine.files.Durations;
import java.util.LinkedHashMap;
import java.util.Map;
import org.phoenixlab.engine.files.Node;
import org.phoenixlab.engine.strategy.Parameter;

/**
 * Brings older scenario files up to the current version, on the located tree (so that errors still
 * point into the original file).
 */
final class ScenarioMigration {
    private ScenarioMigration() {
    }

    /**
     * Version 1 named time parameters by their microsecond ids ("heartbeatPeriodUs": 62000); version 2
     * names them without the suffix and writes them readably ("heartbeatPeriod": "62ms").
     */
    static Node.Obj v1ToV2(Node.Obj root) {
        Map<String, Node> fields = new LinkedHashMap<>(root.fields());
        fields.put("version", new Node.Num(root.line(), root.column(), "2", java.math.BigInteger.TWO));
        Node params = fields.get("parameters");
        if (params instanceof Node.Obj ps) {
            Map<String, Node> renamed = new LinkedHashMap<>();
            for (var e : ps.fields().entrySet()) {
                Parameter p = Parameter.byId(e.getKey()).orElse(null);
                Node v = e.getValue();
                if (p != null && p.isDuration() && v instanceof Node.Num n && n.integer() != null
                        && n.integer().bitLength() < 63 && n.integer().signum() >= 0) {
                    renamed.put(p.scenarioName(), new Node.Str(v.line(), v.column(), Durations.format(n.integer().longValue())));
                } else if (p != null) {
                    renamed.put(p.scenarioName(), v); // wrong types are reported by the version-2 reader
                } else {
                    renamed.put(e.getKey(), v);
                }
            }
            fields.put("parameters", new Node.Obj(ps.line(), ps.column(), renamed));
        }
        return new Node.Obj(root.line(), root.column(), fields);
    }
}
