package org.phoenixlab.engine.scenario;

import org.phoenixlab.engine.files.Durations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.fault.FaultTargets;
import org.phoenixlab.engine.files.BadFileException;
import org.phoenixlab.engine.files.LocatedJson;
import org.phoenixlab.engine.files.Node;
import org.phoenixlab.engine.files.Reader;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.strategy.ParameterCheck;
import org.phoenixlab.engine.strategy.Strategy;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/**
 * Reads {@code *.scenario.json} files (format "phoenix-lab/scenario"). Version 2 is current; version 1
 * files (time parameters as integers of microseconds named with a "Us" suffix) are migrated on load.
 * Every problem is a {@link BadFileException}: file, line, column, field and what was expected.
 */
public final class ScenarioLoader {
    public static final String FORMAT = "phoenix-lab/scenario";
    public static final int VERSION = 2;
    static final Set<String> FIELDS = Set.of("$schema", "format", "version", "name", "description", "seed", "strategy",
            "topology", "workload", "parameters", "faults", "operations", "duration");

    private ScenarioLoader() {
    }

    public static Scenario load(Path file) throws BadFileException {
        return parse(new Reader(file.toString()), LocatedJson.read(file));
    }

    /** Parses a scenario object; {@code r} names the file in errors. */
    public static Scenario parse(Reader r, Node rootNode) throws BadFileException {
        Node.Obj root = r.object(rootNode, "");
        long version = r.header(root, FORMAT, VERSION, "scenario");
        r.onlyFields(root, "", FIELDS);
        Node.Obj current = version == 1 ? ScenarioMigration.v1ToV2(root) : root;
        return fromV2(r, current);
    }

    private static Scenario fromV2(Reader r, Node.Obj root) throws BadFileException {
        String strategy = r.string(root, "", "strategy");
        if (!StrategyCatalog.exists(strategy)) {
            throw r.problem(root.fields().get("strategy"), "strategy", "unknown strategy \"" + strategy
                    + "\" (expected one of " + String.join(", ", StrategyCatalog.NAMES) + ")");
        }
        int guests = 3;
        if (root.fields().containsKey("topology")) {
            Node.Obj t = r.object(root.fields().get("topology"), "topology");
            r.onlyFields(t, "topology", Set.of("guests"));
            guests = (int) r.optionalInteger(t, "topology", "guests", ComponentIds.MIN_GUESTS, ComponentIds.MAX_GUESTS, 3, "guests");
        }
        long rate = Scenario.PAPER_LINE_RATE_PPS / guests;
        long diskRate = Scenario.DEFAULT_DISK_RPS_PER_GUEST;
        if (root.fields().containsKey("workload")) {
            Node.Obj w = r.object(root.fields().get("workload"), "workload");
            r.onlyFields(w, "workload", Set.of("packetsPerSecondPerGuest", "diskRequestsPerSecondPerGuest"));
            rate = r.optionalInteger(w, "workload", "packetsPerSecondPerGuest", 0, Scenario.MAX_RATE_PPS, rate, "packets/s");
            diskRate = r.optionalInteger(w, "workload", "diskRequestsPerSecondPerGuest", 0, Scenario.MAX_RATE_PPS, diskRate, "requests/s");
        }
        Map<String, Long> overrides = new TreeMap<>();
        Map<Parameter, Node> overrideNodes = new java.util.EnumMap<>(Parameter.class);
        if (root.fields().containsKey("parameters")) {
            Node.Obj ps = r.object(root.fields().get("parameters"), "parameters");
            for (var e : ps.fields().entrySet()) {
                String path = "parameters." + e.getKey();
                Parameter p = Parameter.byScenarioName(e.getKey()).orElseThrow(() -> r.problem(e.getValue(), path,
                        "unknown parameter (expected a name such as heartbeatPeriod, driverTimeout, ringSlots)"));
                long v = p.isDuration() ? r.duration(e.getValue(), path) : r.integer(e.getValue(), path, Long.MIN_VALUE, Long.MAX_VALUE);
                var outOfRange = ParameterCheck.range(p, v);
                if (outOfRange.isPresent()) {
                    throw r.problem(e.getValue(), path, outOfRange.get());
                }
                overrides.put(p.id(), v);
                overrideNodes.put(p, e.getValue());
            }
        }
        Node durationNode = r.required(root, "", "duration");
        long duration = r.duration(durationNode, "duration");
        if (duration <= 0 || duration > 24L * 3600 * 1_000_000) {
            throw r.problem(durationNode, "duration", "must be more than 0 and at most 24 hours");
        }
        Strategy effective = StrategyCatalog.load(strategy).withOverrides(overrides);
        List<ParameterCheck.Problem> problems = ParameterCheck.problems(effective);
        if (!problems.isEmpty()) {
            ParameterCheck.Problem p = problems.get(0);
            Node at = overrideNodes.getOrDefault(p.parameter(), root.fields().getOrDefault("parameters", root.fields().get("strategy")));
            throw r.problem(at, "parameters." + p.parameter().scenarioName(), p.message()
                    + (overrideNodes.containsKey(p.parameter()) ? "" : " (with strategy " + strategy + ")"));
        }
        boolean replicated = effective.has(Mechanism.XENSTORE_REPLICATION);
        Topology topology = Topology.standard(guests, true);
        List<ScriptedFault> faults = new ArrayList<>();
        if (root.fields().containsKey("faults")) {
            List<Node> fs = r.list(root.fields().get("faults"), "faults");
            for (int i = 0; i < fs.size(); i++) {
                String path = "faults[" + i + "]";
                Node.Obj f = r.object(fs.get(i), path);
                r.onlyFields(f, path, Set.of("at", "target", "kind"));
                long at = within(r, f, path, duration);
                String target = r.string(f, path, "target");
                String kindText = r.string(f, path, "kind");
                FaultKind kind = FaultKind.byId(kindText).orElseThrow(() -> r.problem(f.fields().get("kind"), path + ".kind",
                        "unknown fault kind \"" + kindText + "\" (expected one of " + String.join(", ",
                                java.util.Arrays.stream(FaultKind.values()).map(FaultKind::id).toList()) + ")"));
                var problem = FaultTargets.problem(topology, target, kind, replicated);
                if (problem.isPresent()) {
                    throw r.problem(f.fields().get("target"), path, problem.get());
                }
                faults.add(new ScriptedFault(at, target, kind));
            }
        }
        List<ScriptedOperation> ops = new ArrayList<>();
        if (root.fields().containsKey("operations")) {
            List<Node> os = r.list(root.fields().get("operations"), "operations");
            for (int i = 0; i < os.size(); i++) {
                String path = "operations[" + i + "]";
                Node.Obj o = r.object(os.get(i), path);
                r.onlyFields(o, path, Set.of("at", "kind", "vm"));
                long at = within(r, o, path, duration);
                String kindText = r.string(o, path, "kind");
                ScriptedOperation.Kind kind = ScriptedOperation.Kind.byId(kindText).orElseThrow(() -> r.problem(
                        o.fields().get("kind"), path + ".kind",
                        "unknown operation \"" + kindText + "\" (expected create, migrate, checkpoint or destroy)"));
                String vm = r.string(o, path, "vm");
                if (!topology.isGuest(vm)) {
                    throw r.problem(o.fields().get("vm"), path + ".vm",
                            "\"" + vm + "\" is not a guest of this topology (guest/1 to guest/" + guests + ")");
                }
                ops.add(new ScriptedOperation(at, kind, vm));
            }
        }
        long seed = root.fields().containsKey("seed") ? r.integer(root, "", "seed", Long.MIN_VALUE, Long.MAX_VALUE) : 1;
        return new Scenario(r.optionalString(root, "", "name", ""), r.optionalString(root, "", "description", ""), seed,
                strategy, guests, rate, diskRate, overrides, faults, ops, duration);
    }

    private static long within(Reader r, Node.Obj o, String path, long duration) throws BadFileException {
        Node atNode = r.required(o, path, "at");
        long at = r.duration(atNode, path + ".at");
        if (at >= duration) {
            throw r.problem(atNode, path + ".at", "is " + Durations.format(at) + ", outside the run (duration "
                    + Durations.format(duration) + ")");
        }
        return at;
    }
}
