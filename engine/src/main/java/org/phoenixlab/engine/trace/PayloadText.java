package org.phoenixlab.engine.trace;

import org.phoenixlab.engine.trace.Phrase.Actuator;
import org.phoenixlab.engine.trace.Phrase.Component;
import org.phoenixlab.engine.trace.Phrase.Components;
import org.phoenixlab.engine.trace.Phrase.Count;
import org.phoenixlab.engine.trace.Phrase.Fault;
import org.phoenixlab.engine.trace.Phrase.Micros;
import org.phoenixlab.engine.trace.Phrase.Name;
import org.phoenixlab.engine.trace.Phrase.Nested;
import org.phoenixlab.engine.trace.Phrase.State;
import org.phoenixlab.engine.trace.Phrase.Word;

/** The phrases of {@link Payload#describe()}, one per kind; a kind without one lists its fields. */
final class PayloadText {
    private PayloadText() {
    }

    static Phrase of(Payload p) {
        if (p instanceof Payload.RunStarted r) {
            return Phrase.of("event.run", "{0}, seed {1}, {2} guest(s) offering {3} packets/s in all",
                    new Word("strategy." + r.strategy(), r.strategy()), new Count(r.seed(), false), new Count(r.guests(), false), new Count(r.ratePps(), true));
        }
        if (p instanceof Payload.FaultInjected f) {
            return Phrase.of("event.fault", "{0} injected", new Fault(f.fault()));
        }
        if (p instanceof Payload.StateChanged s) {
            return Phrase.of("event.state", "{0} \u2192 {1}{2}", new State(s.from(), false), new State(s.to(), false), clause(s.reason()));
        }
        if (p instanceof Payload.Heartbeat h) {
            if (!h.explicit()) {
                return Phrase.of("event.heartbeat.implicit", "implicit: it talked to the hypervisor recently");
            }
            String how = h.answered() ? "answered" : h.answerUs() >= 0 ? "late" : "none";
            String english = h.answered() ? "answered" : h.answerUs() >= 0 ? "answered too late" : "no answer";
            return h.answerUs() >= 0
                    ? Phrase.of("event.heartbeat." + how + ".after", "explicit ping, " + english + " after {0}", new Micros(h.answerUs(), Phrase.Unit.MS_2))
                    : Phrase.of("event.heartbeat." + how, "explicit ping, " + english);
        }
        if (p instanceof Payload.Detected d) {
            return Phrase.of(d.falseAlarm() ? "event.detected.falseAlarm" : "event.detected",
                    d.falseAlarm() ? "found by the {0} probe{1} (a false alarm)" : "found by the {0} probe{1}",
                    PayloadText.probe(d.probe()), clause(d.evidence()));
        }
        if (p instanceof Payload.RepairDeferred r) {
            return r.waitingFor().isBlank() ? Phrase.of("event.repair-deferred", "repair held back")
                    : Phrase.of("event.repair-deferred.until", "repair held back until {0} is healthy",
                            new Components(r.waitingFor(), r.waitingFor()));
        }
        if (p instanceof Payload.RepairStarted r) {
            return Phrase.of("event.repair-started", "{0} started (takes {1})", new Actuator(r.actuator()), new Micros(r.durationUs(), Phrase.Unit.MS_1G));
        }
        if (p instanceof Payload.RepairFinished r) {
            return Phrase.of("event.repair-finished", "{0} finished", new Actuator(r.actuator()));
        }
        if (p instanceof Payload.TrafficInterrupted t) {
            return Phrase.of("event.traffic-interrupted", "traffic stopped{0}", clause(t.cause()));
        }
        if (p instanceof Payload.TrafficRestored t) {
            return Phrase.of("event.traffic-restored", "traffic flows again: {0} lost, {1} replayed",
                    new Count(t.lostPackets(), true), new Count(t.replayedPackets(), true));
        }
        if (p instanceof Payload.XenStoreWrite w) {
            return Phrase.of(w.replicas() == 1 ? "event.xenstore-write.one" : "event.xenstore-write",
                    w.replicas() == 1 ? "write of {0} to {1} replica" : "write of {0} to {1} replicas",
                    new Name(w.key()), new Count(w.replicas(), false));
        }
        if (p instanceof Payload.XenStoreFailed f) {
            return Phrase.of("event.xenstore-failed", "request for {0} failed{1}", new Name(f.key()), clause(f.reason()));
        }
        if (p instanceof Payload.MasterElected m) {
            return m.previous().isBlank() ? Phrase.of("event.master-elected", "master {0}", role(m.role()))
                    : Phrase.of("event.master-elected.before", "master {0} (before: {1})", role(m.role()), new Component(m.previous()));
        }
        if (p instanceof Payload.OperationPhase o) {
            return o.detail().isBlank()
                    ? Phrase.of("event.operation", "{0} {1}: {2}", operation(o.operation()), new Component(o.vm()), phase(o.phase()))
                    : Phrase.of("event.operation.detail", "{0} {1}: {2} ({3})", operation(o.operation()), new Component(o.vm()),
                            phase(o.phase()), new Nested(o.detail()));
        }
        if (p instanceof Payload.TimedRestart t) {
            return t.wasFaulty() ? Phrase.of("event.timed-restart.faulty", "restarted by Xoar's timer (it was faulty)")
                    : Phrase.of("event.timed-restart.healthy", "restarted by Xoar's timer (it was healthy)");
        }
        return Phrase.text(fields(p));
    }

    /** ": words", or nothing when there are no words: an empty field is never printed. */
    static Nested clause(Phrase words) {
        return new Nested(words.isBlank() ? Phrase.EMPTY : Phrase.of("clause", ": {0}", new Nested(words)));
    }

    /** The role of a master (replica, coordinator), a word of a closed set. */
    static Word role(String role) {
        return new Word("role." + role, role);
    }

    /** A probe by its name (heartbeat, driver-timeout...), a word of a closed set. */
    static Word probe(String name) {
        return new Word("probe." + name, name);
    }

    /** A VM operation of tool_uk by its id (create, migrate...). */
    static Word operation(String id) {
        return new Word("operation." + id, id);
    }

    /** A phase of a VM operation by its id (build, pre-copy, done...). */
    static Word phase(String id) {
        return new Word("phase." + id, id);
    }

    /** The payload's own fields as "name: value, ...", read back from its canonical JSON form; empty ones left out. */
    static String fields(Payload p) {
        StringBuilder json = new StringBuilder();
        JsonLine line = new JsonLine(json);
        p.writeFields(line);
        line.end();
        // {"a":1,"b":"x, y"} -> a: 1, b: x, y  (JsonLine writes no nesting: names, numbers, booleans, strings)
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 1; i < json.length() - 2; i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    char next = json.charAt(++i);
                    out.append(switch (next) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        case 'u' -> (char) Integer.parseInt(json.substring(i + 1, i + 5), 16);
                        default -> next;
                    });
                    if (next == 'u') {
                        i += 4;
                    }
                } else if (c == '"') {
                    inString = false;
                } else {
                    out.append(c);
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == ':') {
                out.append(": ");
            } else if (c == ',') {
                out.append(", ");
            } else {
                out.append(c);
            }
        }
        StringBuilder kept = new StringBuilder();
        for (String part : out.toString().split(", (?=[A-Za-z]+: )")) {
            if (!part.endsWith(": ") && !part.endsWith(":")) {
                kept.append(kept.length() == 0 ? "" : ", ").append(part);
            }
        }
        return kept.toString();
    }
}
