package org.phoenixlab.engine.trace;

import java.util.List;
import java.util.Optional;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.trace.Phrase.Actuator;
import org.phoenixlab.engine.trace.Phrase.Component;
import org.phoenixlab.engine.trace.Phrase.Components;
import org.phoenixlab.engine.trace.Phrase.Count;
import org.phoenixlab.engine.trace.Phrase.EnglishOnly;
import org.phoenixlab.engine.trace.Phrase.Fault;
import org.phoenixlab.engine.trace.Phrase.Micros;
import org.phoenixlab.engine.trace.Phrase.Nested;
import org.phoenixlab.engine.trace.Phrase.Unit;

/**
 * The caption under the drawing for the moments of a story, one sentence each: what happened to which
 * component and, in the same breath, why (the probe's evidence, what a repair waits for, how long after
 * the fault). Components are named as a sentence reads them ("the NIC driver", "guest 1's net ring").
 */
final class CaptionPhrases {
    private final List<TraceEvent> trace;
    private final Topology topology;
    private final TraceLookback before;

    CaptionPhrases(List<TraceEvent> trace, Topology topology, TraceLookback before) {
        this.trace = trace;
        this.topology = topology;
        this.before = before;
    }

    /** The caption of the event at {@code index}, or empty when it is not a moment with a sentence of its own. */
    Optional<Phrase> of(int index, Phrase faultOutlook) {
        return Optional.ofNullable(sentence(index, faultOutlook));
    }

    private Phrase sentence(int index, Phrase faultOutlook) {
        TraceEvent e = trace.get(index);
        String c = e.component();
        Payload p = e.payload();
        if (p instanceof Payload.FaultInjected f) {
            String label = f.fault().label();
            EnglishOnly a = new EnglishOnly(Phrase.capital(article(label)));
            return faultOutlook.isBlank()
                    ? Phrase.of("caption.fault", "{0} {1} struck {2}: nothing knows it yet.", a, new Fault(f.fault()), name(c))
                    : Phrase.of("caption.fault.outlook", "{0} {1} struck {2} \u2014 {3}.", a, new Fault(f.fault()), name(c),
                            new Nested(faultOutlook));
        }
        if (p instanceof Payload.Detected d && d.falseAlarm()) {
            return Phrase.of("caption.falseAlarm", "The {0} probe declared {1} failed although it was running, a false alarm{2}.",
                    PayloadText.probe(d.probe()), name(c), PayloadText.clause(d.evidence()));
        }
        if (p instanceof Payload.Detected d) {
            Phrase after = before.lastFault(index, c).map(f -> Phrase.of("caption.detected.after", " {0} after the {1}",
                    new Micros(e.timeUs() - f.timeUs(), Unit.MS_1), new Fault(((Payload.FaultInjected) f.payload()).fault())))
                    .orElse(Phrase.EMPTY);
            return Phrase.of("caption.detected", "The {0} probe noticed that {1} failed{2}{3}.", PayloadText.probe(d.probe()), name(c),
                    new Nested(after), PayloadText.clause(d.evidence()));
        }
        if (p instanceof Payload.RepairDeferred r) {
            return Phrase.of("caption.repair-deferred", "The repair of {0} is held back: it needs {1} healthy first, and repairs"
                    + " follow the dependency graph.", name(c), names(r.waitingFor()));
        }
        if (p instanceof Payload.RepairStarted r) {
            Phrase waited = before.lastDeferral(index, c).map(w -> w.contains(",")
                    ? Phrase.of("caption.repair-started.waitedMany", ", now that {0} are healthy again", names(w))
                    : Phrase.of("caption.repair-started.waited", ", now that {0} is healthy again", names(w)))
                    .orElse(Phrase.of("caption.repair-started.free", ": nothing it needs is down"));
            return Phrase.of("caption.repair-started", "The repair of {0} started ({1}, {2}){3}.", name(c),
                    new Actuator(r.actuator()), new Micros(r.durationUs(), Unit.SPAN), new Nested(waited));
        }
        if (p instanceof Payload.RepairFinished r) {
            Phrase since = before.lastFault(index, c).map(f -> Phrase.of("caption.repair-finished.since", ", {0} after the fault",
                    new Micros(e.timeUs() - f.timeUs(), Unit.SPAN))).orElse(Phrase.EMPTY);
            return Phrase.of("caption.repair-finished", "{0} is healthy again{1}: {2} finished.", capitalName(c), new Nested(since),
                    new Actuator(r.actuator()));
        }
        if (p instanceof Payload.TrafficInterrupted t) {
            return Phrase.of("caption.traffic-interrupted", "Traffic through {0} stopped{1}.", name(c), PayloadText.clause(t.cause()));
        }
        if (p instanceof Payload.TrafficRestored t) {
            boolean disk = c.startsWith(org.phoenixlab.engine.model.ComponentIds.DISK_UK);
            return Phrase.of(disk ? "caption.traffic-restored.disk" : "caption.traffic-restored",
                    "Traffic through {0} flows again: {1} " + (disk ? "disk requests" : "packets") + " lost, {2} held ones replayed.",
                    name(c), new Count(t.lostPackets(), true), new Count(t.replayedPackets(), true));
        }
        if (p instanceof Payload.MasterElected m && !c.equals(m.previous())) {
            Phrase before = m.previous().isBlank() ? Phrase.EMPTY
                    : Phrase.of("caption.master-elected.previous", " in place of {0}", name(m.previous()));
            return Phrase.of("caption.master-elected", "{0} became the master {1}{2}, so requests keep being served.",
                    capitalName(c), PayloadText.role(m.role()), new Nested(before));
        }
        if (p instanceof Payload.TimedRestart t) {
            if (!t.wasFaulty()) {
                return Phrase.of("caption.timed-restart.healthy",
                        "Xoar's restart timer swapped a fresh copy of the healthy {0} in; its path stands still meanwhile.", name(c));
            }
            Phrase since = before.lastFault(index, c).map(f -> Phrase.of("caption.timed-restart.since", " since {0}, unnoticed until now",
                    new Micros(f.timeUs(), Unit.S_3))).orElse(Phrase.EMPTY);
            return Phrase.of("caption.timed-restart.faulty", "Xoar's restart timer came round and found {0} dead{1}: it restarts it.",
                    name(c), new Nested(since));
        }
        if (p instanceof Payload.OperationPhase o) {
            return o.phase().equals("rollback")
                    ? Phrase.of("caption.operation.rollback", "tool_uk's {0} of {1} is rolled back{2}.",
                            PayloadText.operation(o.operation()), name(o.vm()), PayloadText.clause(o.detail()))
                    : Phrase.of("caption.operation", "tool_uk's {0} of {1}: {2}{3}.", PayloadText.operation(o.operation()),
                            name(o.vm()), PayloadText.phase(o.phase()), PayloadText.clause(o.detail()));
        }
        return null;
    }

    /** A component as a caption names it: {@link #englishName}. */
    Component name(String id) {
        return new Component(id, englishName(id));
    }

    /** The same at the start of a sentence. */
    private Component capitalName(String id) {
        return new Component(id, Phrase.capital(englishName(id)));
    }

    /**
     * A component's name for a person, as it reads inside a sentence: its label ("net_uk", "guest 2"),
     * "the" before a part, a device or a group ("the NIC driver", "the coordinators"), a guest's part
     * with its guest ("guest 1's net ring").
     */
    private String englishName(String id) {
        return topology.find(id).map(s -> {
            if (s.parent() != null && topology.isGuest(s.parent())) {
                return topology.find(s.parent()).map(g -> g.label() + "'s ").orElse("") + s.label();
            }
            boolean the = switch (s.kind()) {
                case SUBCOMPONENT -> s.label().endsWith("driver"); // the NIC driver, but NetBack
                case DEVICE, HYPERVISOR, REMOTE_HOST -> true;
                case SERVICE_GROUP -> !s.label().equals("XenStore");
                default -> false;
            };
            return (the ? "the " : "") + s.label();
        }).orElse(id);
    }

    /** "a, b" as names ("a and b"). */
    private Components names(String ids) {
        List<String> out = new java.util.ArrayList<>();
        for (String id : ids.split(",")) {
            if (!id.isBlank()) {
                out.add(englishName(id.strip()));
            }
        }
        return new Components(ids, out.size() <= 1 ? String.join("", out)
                : String.join(", ", out.subList(0, out.size() - 1)) + " and " + out.get(out.size() - 1));
    }

    private static String article(String noun) {
        return "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an" : "a";
    }
}
