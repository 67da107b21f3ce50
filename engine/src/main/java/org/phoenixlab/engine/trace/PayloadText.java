package org.phoenixlab.engine.trace;

import java.util.Locale;

/** The phrases of {@link Payload#describe()}, one per kind; a kind without one lists its fields. */
final class PayloadText {
    private PayloadText() {
    }

    static String of(Payload p) {
        if (p instanceof Payload.RunStarted r) {
            return String.format(Locale.ROOT, "%s, seed %d, %d guest(s) offering %,d packets/s in all",
                    r.strategy(), r.seed(), r.guests(), r.ratePps());
        }
        if (p instanceof Payload.FaultInjected f) {
            return f.fault().label() + " injected";
        }
        if (p instanceof Payload.StateChanged s) {
            return s.from().id() + " \u2192 " + s.to().id() + (s.reason().isBlank() ? "" : ": " + s.reason().strip());
        }
        if (p instanceof Payload.Heartbeat h) {
            return h.explicit() ? "explicit ping, " + (h.answered() ? "answered" : h.answerUs() >= 0 ? "answered too late" : "no answer")
                    + (h.answerUs() >= 0 ? String.format(Locale.ROOT, " after %,.2f ms", h.answerUs() / 1e3) : "")
                    : "implicit: it talked to the hypervisor recently";
        }
        if (p instanceof Payload.Detected d) {
            return "found by the " + d.probe() + " probe" + clause(d.evidence()) + (d.falseAlarm() ? " (a false alarm)" : "");
        }
        if (p instanceof Payload.RepairDeferred r) {
            return r.waitingFor().isBlank() ? "repair held back" : "repair held back until " + r.waitingFor() + " is healthy";
        }
        if (p instanceof Payload.RepairStarted r) {
            return String.format(Locale.ROOT, "%s started (takes %,.1f ms)", r.actuator(), r.durationUs() / 1e3);
        }
        if (p instanceof Payload.RepairFinished r) {
            return r.actuator() + " finished";
        }
        if (p instanceof Payload.TrafficInterrupted t) {
            return "traffic stopped" + clause(t.cause());
        }
        if (p instanceof Payload.TrafficRestored t) {
            return String.format(Locale.ROOT, "traffic flows again: %,d lost, %,d replayed", t.lostPackets(), t.replayedPackets());
        }
        if (p instanceof Payload.XenStoreWrite w) {
            return "write of " + w.key() + " to " + w.replicas() + (w.replicas() == 1 ? " replica" : " replicas");
        }
        if (p instanceof Payload.XenStoreFailed f) {
            return "request for " + f.key() + " failed" + clause(f.reason());
        }
        if (p instanceof Payload.MasterElected m) {
            return "master " + m.role() + (m.previous().isBlank() ? "" : " (before: " + m.previous() + ")");
        }
        if (p instanceof Payload.OperationPhase o) {
            return o.operation() + " " + o.vm() + ": " + o.phase() + (o.detail().isBlank() ? "" : " (" + o.detail().strip() + ")");
        }
        if (p instanceof Payload.TimedRestart t) {
            return "restarted by Xoar's timer (it was " + (t.wasFaulty() ? "faulty" : "healthy") + ")";
        }
        return fields(p);
    }

    /** ": words", or nothing when there are no words: an empty field is never printed. */
    static String clause(String words) {
        return words == null || words.isBlank() ? "" : ": " + words.strip();
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
