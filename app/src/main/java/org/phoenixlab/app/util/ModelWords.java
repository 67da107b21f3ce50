package org.phoenixlab.app.util;

import java.util.List;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentName;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.scenario.ScriptedOperation;
import org.phoenixlab.engine.strategy.HostDesign;

/**
 * The engine's names in the window's language. The engine speaks English (its labels, the designs' words, the
 * fault kinds); the window looks each one up by a typed key the engine gives, never by the English words or
 * by the shape of an id: a component by {@link Topology#nameOf} ({@code name.<key>}, its number as {0}), a
 * design's words by its {@link HostDesign.Family} and the component or unit they belong to
 * ({@code design.<family>.title.<id>}), a fault by its kind's id ({@code fault.<id>}). A key the bundle lacks
 * gives the engine's English word back, so nothing is ever blank. Files and the trace never use these words.
 */
public final class ModelWords {
    private ModelWords() {
    }

    /** A component's name ("pilote de la carte réseau", "réplique XenStore 2"), else the engine's label. */
    public static String name(Topology topology, ComponentSpec spec) {
        ComponentName n = topology.nameOf(spec.id());
        return translated("name." + n.key(), spec.label(), n.number());
    }

    /** The name of the component {@code id} (the id itself when the topology has none). */
    public static String name(Topology topology, String id) {
        return topology.find(id).map(s -> name(topology, s)).orElse(id);
    }

    /** What a component is, in a sentence ({@code description.<key>}), else the engine's description. */
    public static String description(Topology topology, ComponentSpec spec) {
        ComponentName n = topology.nameOf(spec.id());
        return translated("description." + n.key(), spec.description(), n.number());
    }

    /** A short name for a small box ({@code name.<key>.short}, then {@code .tiny}), or {@code english}. */
    public static String shortName(Topology topology, String id, String suffix, String english) {
        ComponentName n = topology.nameOf(id);
        return translated("name." + n.key() + "." + suffix, english, n.number());
    }

    /** The design's word for a component, where it has one of its own, else the component's name. */
    public static String title(HostDesign design, Topology topology, String id) {
        if (!design.titles().containsKey(id)) {
            return name(topology, id);
        }
        return Messages.get(designKey(design, "title", id), design.titles().get(id));
    }

    /** The design's sentence on a component, or null when it has none (the component's own description then). */
    public static String note(HostDesign design, String id) {
        String english = design.notes().get(id);
        return english == null ? null : Messages.get(designKey(design, "note", id), english);
    }

    /** The privileged band's title. */
    public static String pvmTitle(HostDesign design) {
        return Messages.get("design." + design.family() + ".pvm", design.pvmTitle());
    }

    /** The title of a unit that is not a component (dom0, Xoar's builder, TFD-Xen's standby domain). */
    public static String unitTitle(HostDesign design, HostDesign.Unit unit) {
        return unit.title() == null ? null : Messages.get(designKey(design, "unit", unit.id()), unit.title());
    }

    /** The note of such a unit. */
    public static String unitNote(HostDesign design, HostDesign.Unit unit) {
        return unit.note() == null ? null : Messages.get(designKey(design, "unitNote", unit.id()), unit.note());
    }

    /** What the hypervisor runs, by name ("UKmonitor : la boucle de rétroaction globale"). */
    public static String monitorTitle(HostDesign design) {
        return Messages.get("design." + design.family() + ".monitor", design.monitor().title());
    }

    /** What it does, in words. */
    public static String monitorDetail(HostDesign design) {
        return Messages.get("design." + design.family() + ".monitor.detail", design.monitor().detail());
    }

    /** The detectors it runs, in words, in the engine's order ({@code design.probe.<i>} of the English list). */
    public static List<String> probes(HostDesign design) {
        return design.monitor().probes().stream().map(p -> Messages.get(probeKey(p), p)).toList();
    }

    /** A strategy's title ("Phoenix, grain fin"), by its name ({@code strategy.<name>}), else the engine's title. */
    public static String strategy(String name, String english) {
        return Messages.get("strategy." + name, english);
    }

    /** A fault kind's words ("plantage"), else the engine's. */
    public static String fault(FaultKind kind) {
        return Messages.get("fault." + kind.id(), kind.label());
    }

    /** The same with a capital letter, for menus. */
    public static String faultCapitalised(FaultKind kind) {
        String s = fault(kind);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A component menu's item for a crash or a hang of {@code name} ("Crash NIC driver", "Plantage : …"). */
    public static String faultOf(FaultKind kind, String name) {
        return Messages.get("fault." + kind.id() + ".of", "").isEmpty()
                ? faultCapitalised(kind) + " " + name
                : Messages.format("fault." + kind.id() + ".of", name);
    }

    /** A repair's actuator, by its id ("driver-reload"), in words ({@code repair.<id>}); the id itself when none. */
    public static String repair(String actuatorId) {
        return actuatorId.isEmpty() ? actuatorId : Messages.get("repair." + actuatorId, actuatorId);
    }

    /** A guest's VM operation, as its menu item. */
    public static String operation(ScriptedOperation.Kind kind) {
        return Messages.get("operation." + kind.id(), switch (kind) {
            case CREATE -> "Create this VM (tool_uk)";
            case MIGRATE -> "Migrate to the remote host (tool_uk)";
            case CHECKPOINT -> "Checkpoint to disk (tool_uk)";
            case DESTROY -> "Destroy this VM (tool_uk)";
        });
    }

    private static String designKey(HostDesign design, String what, String id) {
        return "design." + design.family() + "." + what + "." + id;
    }

    /**
     * The key of a detector's words. The engine lists them as words only; the key is the English words made a
     * key ("driver poll timeout" becomes {@code design.probe.driver-poll-timeout}), a closed set of four.
     */
    private static String probeKey(String english) {
        return "design.probe." + english.replaceAll("[^A-Za-z]+", "-").replaceAll("-$", "");
    }

    private static String translated(String key, String english, int number) {
        String words = Messages.get(key, null);
        if (words == null) {
            return english;
        }
        return words.contains("{0}") ? Messages.format(key, number) : words;
    }
}
