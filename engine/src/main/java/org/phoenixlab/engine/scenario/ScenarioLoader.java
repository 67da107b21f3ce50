package org.phoenixlab.engine.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.fault.FaultTargets;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/**
 * Reads a {@code *.scenario.json} file (format "phoenix-lab/scenario", version 1). Every problem is
 * reported as "FILE: [line L, column C:] what is wrong (expected what)".
 */
public final class ScenarioLoader {
    public static final String FORMAT = "phoenix-lab/scenario";
    public static final int VERSION = 1;
    private static final Set<String> FIELDS = Set.of("format", "version", "name", "description", "seed", "strategy",
            "topology", "workload", "parameters", "faults", "operations", "duration");

    private ScenarioLoader() {
    }

    public static Scenario load(Path file) throws ScenarioException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > Json.MAX_FILE_BYTES) {
                throw new ScenarioException(name + ": file is larger than the " + (Json.MAX_FILE_BYTES >> 20) + " MiB limit");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(name + ": no such file");
        } catch (IOException e) {
            throw new ScenarioException(name + ": cannot read (" + e.getMessage() + ")");
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new ScenarioException(name + ": " + where + "not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new ScenarioException(name + ": cannot read (" + e.getMessage() + ")");
        }
        try {
            return parse(root);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new ScenarioException(name + ": " + e.getMessage());
        }
    }

    static Scenario parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the file must hold one JSON object");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException("unknown field '" + f + "' (expected one of " + String.join(", ", new TreeSet<>(FIELDS)) + ")");
            }
        }
        String format = text(root, "format");
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("format is '" + format + "' (expected \"" + FORMAT + "\")");
        }
        long version = integer(root, "version");
        if (version > VERSION) {
            throw new IllegalArgumentException("version " + version + " is newer than this program reads (" + VERSION + ")");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more");
        }
        String strategy = text(root, "strategy");
        if (!StrategyCatalog.exists(strategy)) {
            throw new IllegalArgumentException("strategy: unknown strategy '" + strategy + "' (expected one of "
                    + String.join(", ", StrategyCatalog.NAMES) + ")");
        }
        int guests = root.has("topology") ? (int) integer(root.get("topology"), "guests", "topology.guests") : 3;
        if (guests < ComponentIds.MIN_GUESTS || guests > ComponentIds.MAX_GUESTS) {
            throw new IllegalArgumentException("topology.guests is " + guests + " (expected 1 to 64)");
        }
        long rate = root.has("workload") && root.get("workload").has("packetsPerSecondPerGuest")
                ? integer(root.get("workload"), "packetsPerSecondPerGuest", "workload.packetsPerSecondPerGuest")
                : Scenario.PAPER_LINE_RATE_PPS / guests;
        if (rate < 0 || rate > 10_000_000) {
            throw new IllegalArgumentException("workload.packetsPerSecondPerGuest is " + rate + " (expected 0 to 10,000,000)");
        }
        long diskRate = root.has("workload") && root.get("workload").has("diskRequestsPerSecondPerGuest")
                ? integer(root.get("workload"), "diskRequestsPerSecondPerGuest", "workload.diskRequestsPerSecondPerGuest")
                : Scenario.DEFAULT_DISK_RPS_PER_GUEST;
        if (diskRate < 0 || diskRate > 10_000_000) {
            throw new IllegalArgumentException("workload.diskRequestsPerSecondPerGuest is " + diskRate + " (expected 0 to 10,000,000)");
        }
        Map<String, Long> overrides = new TreeMap<>();
        if (root.has("parameters")) {
            JsonNode p = root.get("parameters");
            if (!p.isObject()) {
                throw new IllegalArgumentException("parameters must be an object of name: integer");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (Parameter.byId(e.getKey()).isEmpty()) {
                    throw new IllegalArgumentException("parameters: unknown parameter '" + e.getKey() + "'");
                }
                long v = integer(p, e.getKey(), "parameters." + e.getKey());
                if (v < 0) {
                    throw new IllegalArgumentException("parameters." + e.getKey() + " must not be negative");
                }
                overrides.put(e.getKey(), v);
            }
        }
        long duration = duration(root, "duration", "duration");
        if (duration <= 0) {
            throw new IllegalArgumentException("duration must be positive");
        }
        Topology topology = Topology.standard(guests, true);
        List<ScriptedFault> faults = new ArrayList<>();
        if (root.has("faults")) {
            JsonNode fs = root.get("faults");
            if (!fs.isArray()) {
                throw new IllegalArgumentException("faults must be a list");
            }
            for (int i = 0; i < fs.size(); i++) {
                JsonNode f = fs.get(i);
                String where = "faults[" + i + "]";
                if (!f.isObject()) {
                    throw new IllegalArgumentException(where + " must be an object with at, target and kind");
                }
                long at = duration(f, "at", where + ".at");
                if (at >= duration) {
                    throw new IllegalArgumentException(where + ".at is " + Durations.format(at)
                            + ", outside the run (duration " + Durations.format(duration) + ")");
                }
                String target = text(f, "target", where + ".target");
                String kindText = text(f, "kind", where + ".kind");
                FaultKind kind = FaultKind.byId(kindText).orElseThrow(() -> new IllegalArgumentException(
                        where + ".kind: unknown fault kind '" + kindText + "' (expected one of crash, hang, corrupt-entry, corrupt-hash, crash-master, crash-all, crash-all-pvm, lose-ack, out-of-memory)"));
                boolean replicated = StrategyCatalog.load(strategy).has(Mechanism.XENSTORE_REPLICATION);
                FaultTargets.problem(topology, target, kind, replicated).ifPresent(problem -> {
                    throw new IllegalArgumentException(where + ": " + problem);
                });
                faults.add(new ScriptedFault(at, target, kind));
            }
        }
        long seed = root.has("seed") ? integer(root, "seed") : 1;
        return new Scenario(optionalText(root, "name"), optionalText(root, "description"), seed, strategy, guests,
                rate, diskRate, overrides, faults, operations(root, guests, duration), duration);
    }

    private static List<ScriptedOperation> operations(JsonNode root, int guests, long duration) {
        List<ScriptedOperation> ops = new ArrayList<>();
        if (!root.has("operations")) {
            return ops;
        }
        JsonNode os = root.get("operations");
        if (!os.isArray()) {
            throw new IllegalArgumentException("operations must be a list");
        }
        for (int i = 0; i < os.size(); i++) {
            JsonNode o = os.get(i);
            String where = "operations[" + i + "]";
            if (!o.isObject()) {
                throw new IllegalArgumentException(where + " must be an object with at, kind and vm");
            }
            long at = duration(o, "at", where + ".at");
            if (at >= duration) {
                throw new IllegalArgumentException(where + ".at is " + Durations.format(at) + ", outside the run");
            }
            String kindText = text(o, "kind", where + ".kind");
            ScriptedOperation.Kind kind = ScriptedOperation.Kind.byId(kindText).orElseThrow(() -> new IllegalArgumentException(
                    where + ".kind: unknown operation '" + kindText + "' (expected create, migrate, checkpoint or destroy)"));
            String vm = text(o, "vm", where + ".vm");
            if (!vm.matches("guest/\\d{1,2}") || Integer.parseInt(vm.substring(6)) < 1 || Integer.parseInt(vm.substring(6)) > guests) {
                throw new IllegalArgumentException(where + ".vm: '" + vm + "' is not a guest of this topology (guest/1 to guest/" + guests + ")");
            }
            ops.add(new ScriptedOperation(at, kind, vm));
        }
        return ops;
    }

    private static String text(JsonNode node, String field) {
        return text(node, field, field);
    }

    private static String text(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null) {
            throw new IllegalArgumentException("missing field " + path);
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(path + " must be a string, not " + v.getNodeType().toString().toLowerCase());
        }
        return v.asText();
    }

    private static String optionalText(JsonNode node, String field) {
        return node.has(field) ? text(node, field) : "";
    }

    private static long integer(JsonNode node, String field) {
        return integer(node, field, field);
    }

    private static long integer(JsonNode node, String field, String path) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(path.substring(0, Math.max(0, path.lastIndexOf('.'))) + " must be an object");
        }
        JsonNode v = node.get(field);
        if (v == null) {
            throw new IllegalArgumentException("missing field " + path);
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new IllegalArgumentException(path + " must be an integer that fits in 64 bits");
        }
        return v.longValue();
    }

    private static long duration(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null) {
            throw new IllegalArgumentException("missing field " + path);
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(path + " must be a duration such as \"2.5s\" or \"300ms\"");
        }
        try {
            return Durations.parse(v.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage());
        }
    }
}
