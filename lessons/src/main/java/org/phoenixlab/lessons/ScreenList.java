package org.phoenixlab.lessons;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.phoenixlab.engine.files.Json;
import org.phoenixlab.engine.model.ComponentKind;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.Topology;

/**
 * What each panel of the window shows, by the names it shows them under ({@code screen.json} beside
 * the lessons). Lessons are checked against it; the app checks it against its panels, so the two
 * cannot drift apart. The Inspector's fields depend on the component: those of every component,
 * those of a component under repair, those of a ring, and those of a few components of their own.
 */
public final class ScreenList {
    /** Inspector selectors that are not component ids. */
    public static final String EVERY = "every component";
    public static final String REPAIRING = "while repairing";
    public static final String RING = "ring";

    private final Map<String, List<String>> inspector = new LinkedHashMap<>();
    private final Map<String, List<String>> panels = new LinkedHashMap<>();
    private final Map<String, List<String>> mentions = new LinkedHashMap<>();
    private final List<String> laneMarks;

    private ScreenList(JsonNode root) {
        JsonNode p = root.path("panels");
        for (var it = p.fields(); it.hasNext(); ) {
            var e = it.next();
            if (e.getKey().equals("inspector")) {
                for (var c = e.getValue().fields(); c.hasNext(); ) {
                    var f = c.next();
                    inspector.put(f.getKey(), strings(f.getValue()));
                }
                panels.put("inspector", List.of());
            } else {
                panels.put(e.getKey(), strings(e.getValue()));
            }
        }
        laneMarks = strings(root.path("laneMarks").path("marks"));
        for (var it = root.path("mentions").fields(); it.hasNext(); ) {
            var e = it.next();
            mentions.put(e.getKey(), strings(e.getValue()));
        }
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return List.copyOf(out);
    }

    private static ScreenList shipped;

    /** The list shipped with the program. */
    public static synchronized ScreenList shipped() {
        if (shipped == null) {
            try (InputStream in = ScreenList.class.getResourceAsStream(LessonCatalog.DIR + "screen.json")) {
                if (in == null) {
                    throw new IllegalStateException("the list of what the screen shows (screen.json) is missing");
                }
                shipped = new ScreenList(Json.mapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shipped;
    }

    /** The panels, by the names lesson files use. */
    public Set<String> panels() {
        return panels.keySet();
    }

    /** The fields of a panel other than the Inspector. */
    public List<String> fields(String panel) {
        return panels.getOrDefault(panel, List.of());
    }

    /** The Inspector's entries as listed: a selector (every component, while repairing, ring, an id) and its fields. */
    public Map<String, List<String>> inspector() {
        return inspector;
    }

    /** The fields the Inspector shows for {@code id} in {@code topology}, a repair's rows included. */
    public Set<String> inspectorFields(Topology topology, String id) {
        Set<String> out = new LinkedHashSet<>(inspector.getOrDefault(EVERY, List.of()));
        out.addAll(inspector.getOrDefault(REPAIRING, List.of()));
        ComponentSpec spec = topology.find(id).orElse(null);
        if (spec != null && spec.kind() == ComponentKind.RING) {
            out.addAll(inspector.getOrDefault(RING, List.of()));
        }
        out.addAll(inspector.getOrDefault(id, List.of()));
        return out;
    }

    /**
     * The legend's entries drawn only in the heartbeat lanes, which the drawing has for the components
     * the design heartbeats ({@code HostDesign.heartbeated}).
     */
    public List<String> laneMarks() {
        return laneMarks;
    }

    /** The panels {@code text} speaks of ("the Inspector", "the status line"), by their names here. */
    public Set<String> mentionedIn(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> e : mentions.entrySet()) {
            for (String word : e.getValue()) {
                boolean caseMatters = Character.isUpperCase(word.strip().charAt(0));
                if (caseMatters ? text.contains(word) : text.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT))) {
                    out.add(e.getKey());
                }
            }
        }
        return out;
    }
}
