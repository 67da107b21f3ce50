package org.phoenixlab.app.panels.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.phoenixlab.app.util.Messages;
import org.phoenixlab.app.util.StateSymbols;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.sim.ComponentView;
import org.phoenixlab.engine.sim.RingView;
import org.phoenixlab.engine.sim.Snapshot;

/**
 * The inspector's rows for one component, read from a snapshot: what it is, its state, its counters. A row's
 * category and name are English identifiers (the lessons' list of what the screen shows names them so);
 * {@link #shown} gives the words the sheet shows, in the window's language.
 */
public final class InspectorRows {
    /** One row: a category (a section of the sheet), a name and a value in words. */
    public record Row(String category, String name, String value) {
        public String key() {
            return category + "/" + name;
        }
    }

    /** The words shown for a row's name ({@code inspector.<words, dashed>}; the English words when none). */
    public static String shown(String english) {
        return Messages.get("inspector." + dashed(english), english);
    }

    /** The words shown for a category ({@code inspector.section.<words, dashed>}; the English words when none). */
    public static String section(String english) {
        return Messages.get("inspector.section." + dashed(english), english);
    }

    private static String dashed(String words) {
        return words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private InspectorRows() {
    }

    /** Empty when the component is not in this snapshot (another topology). */
    public static List<Row> of(Snapshot s, Topology topology, String id) {
        ComponentView c = s.component(id).orElse(null);
        ComponentSpec spec = topology.find(id).orElse(null);
        if (c == null || spec == null) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        rows.add(row("Component", "what it is", org.phoenixlab.app.util.ModelWords.description(topology, spec)));
        String kind = spec.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        rows.add(row("Component", "kind", Messages.get("kind." + spec.kind().name(), kind)));
        rows.add(row("State", "state", StateSymbols.word(c.state())));
        rows.add(row("State", "why", org.phoenixlab.app.util.PhraseWords.of(c.reason(), topology)));
        rows.add(row("State", "waits for", c.waitingFor()));
        rows.add(row("State", "fault", c.failure().isEmpty() ? Messages.get("inspector.none")
                : Messages.get("fault." + c.failure(), c.failure()))); // the id in English, as before
        if (!c.repairAction().isEmpty()) {
            rows.add(row("Repair", "action", org.phoenixlab.app.util.ModelWords.repair(c.repairAction())));
            rows.add(row("Repair", "progress", Math.round(c.repairProgress() * 100) + " %"));
        }
        for (RingView r : s.rings()) {
            if (r.id().equals(id)) {
                rows.add(row("Ring", "slots", r.slots()));
                rows.add(row("Ring", "producer index", r.producer()));
                rows.add(row("Ring", "consumer index (shared)", r.consumer()));
                rows.add(row("Ring", "back end's private index", r.privateConsumer()));
                rows.add(row("Ring", "requests waiting", r.occupancy()));
            }
        }
        switch (id) {
            case ComponentIds.NETBACK -> {
                rows.add(row("Shadow driver", "packets held now", s.traffic().buffered()));
                rows.add(row("Shadow driver", "most held", s.traffic().peakBuffered()));
                rows.add(row("Shadow driver", "replayed so far", s.traffic().replayed()));
            }
            case ComponentIds.VMM -> {
                rows.add(row("Heartbeats", "explicit pings", s.heartbeats().explicit()));
                rows.add(row("Heartbeats", "implicit (recent traffic)", s.heartbeats().implicit()));
                rows.add(row("Heartbeats", "missed", s.heartbeats().missed()));
                rows.add(row("Heartbeats", "CPU spent (us)", s.heartbeats().cpuUs()));
            }
            case ComponentIds.XENSTORE -> {
                rows.add(row("XenStore", "master replica", s.xenstore().masterReplica()));
                rows.add(row("XenStore", "master coordinator", s.xenstore().masterCoordinator()));
                rows.add(row("XenStore", "requests served", s.xenstore().served()));
                rows.add(row("XenStore", "held until it came back", s.xenstore().delayed()));
                rows.add(row("XenStore", "failed", s.xenstore().failed()));
                rows.add(row("XenStore", "mean latency (us)", Math.round(s.xenstore().meanLatencyUs())));
            }
            case ComponentIds.NIC, ComponentIds.NIC_BACKUP ->
                    rows.add(row("Device", "carrying traffic", Messages.get(id.equals(s.traffic().activeNic()) ? "inspector.yes" : "inspector.no",
                            String.valueOf(id.equals(s.traffic().activeNic())))));
            default -> {
            }
        }
        return rows;
    }

    private static Row row(String category, String name, Object value) {
        return new Row(category, name, String.valueOf(value));
    }
}
