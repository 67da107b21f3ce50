package org.phoenixlab.engine.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/** Issue 17, finding 3: the README's fault table says which designs accept each fault, as the engine does. */
class FaultTableTest {
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private static List<String> codes(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = CODE.matcher(cell);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static List<String> expand(String id) {
        if (id.endsWith("/1..3")) {
            String base = id.substring(0, id.length() - "1..3".length());
            return List.of(base + 1, base + 2, base + 3);
        }
        return List.of(id.replace("/N", "/2"));
    }

    @Test
    void everyRowNamesTheDesignsTheEngineAcceptsItUnder() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf("| target | fault kinds | designs where it can be injected |");
        assertTrue(start >= 0, "the table is in the README");
        Topology topology = Topology.standard(3, true);
        int rows = 0;
        Set<String> covered = new TreeSet<>();
        for (String line : readme.substring(start).lines().skip(2).takeWhile(l -> l.startsWith("|")).toList()) {
            String[] cells = line.split("\\|");
            List<String> targets = codes(cells[1]);
            List<String> kinds = codes(cells[2]);
            Set<String> said = cells[3].strip().equals("all five") ? new TreeSet<>(StrategyCatalog.NAMES) : new TreeSet<>(codes(cells[3]));
            for (String t : targets) {
                for (String id : expand(t)) {
                    for (String k : kinds) {
                        FaultKind kind = FaultKind.byId(k).orElseThrow(() -> new AssertionError(line));
                        Set<String> accepted = new TreeSet<>();
                        for (String s : StrategyCatalog.NAMES) {
                            boolean replicated = StrategyCatalog.load(s).has(Mechanism.XENSTORE_REPLICATION);
                            if (FaultTargets.problem(topology, id, kind, replicated).isEmpty()) {
                                accepted.add(s);
                            }
                        }
                        assertEquals(accepted, said, id + " " + k + " in: " + line);
                        covered.add(k);
                    }
                }
            }
            rows++;
        }
        assertTrue(rows >= 10, "rows read: " + rows);
        Set<String> all = new TreeSet<>();
        for (FaultKind k : FaultKind.values()) {
            all.add(k.id());
        }
        assertEquals(all, covered, "every fault kind is in the table");
    }
}
