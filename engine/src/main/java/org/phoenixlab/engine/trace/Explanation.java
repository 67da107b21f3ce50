package org.phoenixlab.engine.trace;

import java.util.List;
import java.util.Optional;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.trace.Phrase.Actuator;
import org.phoenixlab.engine.trace.Phrase.Component;
import org.phoenixlab.engine.trace.Phrase.Components;
import org.phoenixlab.engine.trace.Phrase.Count;
import org.phoenixlab.engine.trace.Phrase.Fault;
import org.phoenixlab.engine.trace.Phrase.Micros;
import org.phoenixlab.engine.trace.Phrase.Name;
import org.phoenixlab.engine.trace.Phrase.Nested;
import org.phoenixlab.engine.trace.Phrase.State;
import org.phoenixlab.engine.trace.Phrase.Unit;
import org.phoenixlab.engine.trace.Phrase.Word;

/**
 * Why an event of the trace happened, in one or two plain sentences, worked out from the trace
 * itself and the dependency graph (which fault came before, which probe saw what, which dependency
 * held a repair back, which repair let it go) rather than written per scenario.
 */
public final class Explanation {
    private final List<TraceEvent> trace;
    private final Topology topology;
    private final TraceLookback before;
    private final CaptionPhrases captions;

    /** Over {@code trace} as it stands (a read-only view is enough: it is read, never kept past a call). */
    public Explanation(List<TraceEvent> trace, Topology topology) {
        this.trace = trace;
        this.topology = topology;
        this.before = new TraceLookback(trace);
        this.captions = new CaptionPhrases(trace, topology, before);
    }

    /**
     * What the event at {@code index} was, in one sentence for the caption under the drawing: what
     * happened to which component and, in the same breath, why (the probe's evidence, what a repair
     * waits for, how long after the fault). Moments get a sentence of their own; any other event the
     * first sentence of {@link #of(int)}.
     */
    public String caption(int index) {
        return captionPhrase(index, Phrase.EMPTY).english();
    }

    /**
     * As {@link #caption(int)}, a fault's sentence ending with {@code faultOutlook} (what in this design
     * will notice it, or that nothing will; the trace alone does not know) instead of "nothing knows it yet".
     */
    public String caption(int index, String faultOutlook) {
        return captionPhrase(index, Phrase.text(faultOutlook == null ? "" : faultOutlook.strip())).english();
    }

    /** {@link #caption(int, String)} as a phrase, the outlook a phrase too (blank: "nothing knows it yet"). */
    public Phrase captionPhrase(int index, Phrase faultOutlook) {
        return captions.of(index, faultOutlook).orElseGet(() -> firstSentence(index));
    }

    /** The first sentence of the event's explanation (the caption of an event that is not a moment of its own). */
    private Phrase firstSentence(int index) {
        Said said = said(index);
        String full = said.english();
        int end = full.indexOf(". ");
        if (end < 0) {
            return said.whole();
        }
        String first = full.substring(0, end + 1);
        // The first sentence, as a phrase of its own when the explanation was built that way.
        return said.first().english().equals(first) ? said.first() : Phrase.text(first);
    }

    /** The explanation of the event at {@code index} of the trace. */
    public String of(int index) {
        return phrase(index).english();
    }

    /** {@link #of(int)} as a phrase. */
    public Phrase phrase(int index) {
        return said(index).whole();
    }

    /** An explanation: its first sentence and, when it has more, the rest (joined by a space). */
    private record Said(Phrase first, Phrase rest) {
        Said(Phrase only) {
            this(only, Phrase.EMPTY);
        }

        Phrase whole() {
            return rest.isBlank() ? first : Phrase.of("sentences", "{0} {1}", new Nested(first), new Nested(rest));
        }

        String english() {
            return whole().english();
        }
    }

    private Said said(int index) {
        TraceEvent e = trace.get(index);
        String c = e.component();
        Component id = new Component(c);
        Payload p = e.payload();
        if (p instanceof Payload.RunStarted r) {
            return new Said(Phrase.of("why.run", "The run began: {0} guest(s) sending {1} packets/s in all, protected by {2} (seed {3}).",
                    new Count(r.guests(), false), new Count(r.ratePps(), true), new Word("strategy." + r.strategy(), r.strategy()), new Count(r.seed(), false)));
        }
        if (p instanceof Payload.FaultInjected f) {
            return new Said(Phrase.of("why.fault", "A {0} was injected on {1} at {2} (by a click or by the scenario).",
                    new Fault(f.fault()), id, new Micros(e.timeUs(), Unit.S_3)),
                    Phrase.of("why.fault.unknown", "Nothing knows yet: the probes must notice it."));
        }
        if (p instanceof Payload.Detected d && d.falseAlarm()) {
            return new Said(Phrase.of("why.falseAlarm", "The {0} probe declared {1} failed, but {1} was running: a false alarm.{2}"
                    + " The loop repairs it all the same, and what it carries stops meanwhile.", PayloadText.probe(d.probe()), id, saw(d)));
        }
        if (p instanceof Payload.Detected d) {
            Phrase after = before.lastFault(index, c).map(f -> Phrase.of("why.detected.after", ", {0} after the {1} injected on {2} at {3}",
                    new Micros(e.timeUs() - f.timeUs(), Unit.MS_1), new Fault(((Payload.FaultInjected) f.payload()).fault()),
                    new Component(f.component()), new Micros(f.timeUs(), Unit.S_3))).orElse(Phrase.EMPTY);
            return new Said(Phrase.of("why.detected", "The {0} probe found a fault on {1}{2}.{3}", PayloadText.probe(d.probe()), id,
                    new Nested(after), saw(d)));
        }
        if (p instanceof Payload.RepairDeferred r) {
            Components w = new Components(r.waitingFor(), r.waitingFor());
            return new Said(Phrase.of("why.repair-deferred", "The global loop held back the repair of {0} because {0} needs {1}"
                    + " healthy ({2}), and {1} was not: repairs follow the dependency graph, so {1} comes first.",
                    id, w, new Nested(edge(c, r.waitingFor()))));
        }
        if (p instanceof Payload.RepairStarted r) {
            Phrase why = before.lastDetection(index, c).map(d -> d.timeUs() == e.timeUs()
                    ? Phrase.of("why.repair-started.atOnce", " It was detected at {0} and nothing it needs was down, so the loop"
                            + " started at once.", new Micros(d.timeUs(), Unit.S_3))
                    : waitedFor(index, c, d.timeUs(), e.timeUs() - d.timeUs())).orElse(Phrase.EMPTY);
            return new Said(Phrase.of("why.repair-started", "The {0} actuator started repairing {1} (it takes {2}).{3}",
                    new Actuator(r.actuator()), id, new Micros(r.durationUs(), Unit.MS_1), new Nested(why)));
        }
        if (p instanceof Payload.RepairFinished r) {
            Phrase since = before.lastFault(index, c).map(f -> Phrase.of("why.repair-finished.since", ", {0} after the fault",
                    new Micros(e.timeUs() - f.timeUs(), Unit.S_3))).orElse(Phrase.EMPTY);
            return new Said(Phrase.of("why.repair-finished", "{0} is healthy again: {1} finished{2}.", id, new Actuator(r.actuator()),
                    new Nested(since)), Phrase.of("why.repair-finished.next", "Whatever waited for {0} can now be repaired.", id));
        }
        if (p instanceof Payload.StateChanged s) {
            return new Said(Phrase.of("why.state", "{0} went from {1} to {2}{3}.", id, new State(s.from(), true), new State(s.to(), true),
                    PayloadText.clause(s.reason())));
        }
        if (p instanceof Payload.Heartbeat h) {
            return heartbeat(h, id);
        }
        if (p instanceof Payload.TrafficInterrupted t) {
            return new Said(Phrase.of("why.traffic-interrupted", "Traffic through {0} stopped{1}.", id, PayloadText.clause(t.cause())));
        }
        if (p instanceof Payload.TrafficRestored t) {
            Phrase first = Phrase.of("why.traffic-restored", "Traffic through {0} flows again; {1} packets were lost during the outage"
                    + " and {2} held packets were replayed.", id, new Count(t.lostPackets(), true), new Count(t.replayedPackets(), true));
            return t.fittedOutagePps() > 0 && t.lostPackets() > 0
                    ? new Said(first, Phrase.of("why.traffic-restored.fitted", "While the path was down the guests offered {0} packets/s:"
                            + " that rate is an input fitted to the paper's Table 2 loss count for this design, not the result of a mechanism.",
                            new Count(t.fittedOutagePps(), true)))
                    : new Said(first);
        }
        if (p instanceof Payload.XenStoreWrite w) {
            return new Said(w.replicas() > 1
                    ? Phrase.of("why.xenstore-write.replicated", "A XenStore write of {0} went to all {1} replicas, and the coordinators"
                            + " stored its hash.", new Name(w.key()), new Count(w.replicas(), false))
                    : Phrase.of("why.xenstore-write", "A XenStore write of {0} went to the single XenStore.", new Name(w.key())));
        }
        if (p instanceof Payload.XenStoreFailed f) {
            return new Said(Phrase.of("why.xenstore-failed", "A XenStore request for {0} failed{1}.", new Name(f.key()),
                    PayloadText.clause(f.reason())));
        }
        if (p instanceof Payload.MasterElected m) {
            if (c.equals(m.previous())) {
                return new Said(Phrase.of("why.master-elected.same", "{0} remains the master {1} after the check.", id,
                        PayloadText.role(m.role())));
            }
            Phrase before = m.previous().isBlank() ? Phrase.EMPTY
                    : Phrase.of("why.master-elected.previous", " in place of {0}", new Component(m.previous()));
            return new Said(Phrase.of("why.master-elected", "{0} became the master {1}{2}, so requests keep being served.", id,
                    PayloadText.role(m.role()), new Nested(before)));
        }
        if (p instanceof Payload.OperationPhase o) {
            return new Said(Phrase.of("why.operation", "tool_uk's {0} of {1} entered the \"{2}\" phase{3}.",
                    PayloadText.operation(o.operation()), new Component(o.vm()), PayloadText.phase(o.phase()), PayloadText.clause(o.detail())));
        }
        if (p instanceof Payload.TimedRestart t) {
            if (!t.wasFaulty()) {
                return new Said(Phrase.of("why.timed-restart.healthy", "Xoar's restart timer came round and swapped a fresh copy of {0}"
                        + " in from its snapshot, although it was healthy: the timer restarts whatever it finds, and the path stands"
                        + " still meanwhile.", id));
            }
            return new Said(before.lastFault(index, c).map(f -> Phrase.of("why.timed-restart.faulty", "Xoar's restart timer came round and"
                    + " rebooted {0}; it had been broken since {1}, unnoticed until now.", id, new Micros(f.timeUs(), Unit.S_3)))
                    .orElse(Phrase.of("why.timed-restart.broken", "Xoar's restart timer came round and rebooted {0}, which was broken.", id)));
        }
        return new Said(Phrase.of("why.other", "{0} on {1}.", new Name(e.kind()), id));
    }

    private static Said heartbeat(Payload.Heartbeat h, Component id) {
        if (!h.explicit()) {
            return new Said(Phrase.of("why.heartbeat.implicit", "{0} talked to the hypervisor on its own, which counts as an implicit"
                    + " heartbeat: no ping was needed.", id), Phrase.of("why.heartbeat.implicit.cost", "It cost a timestamp read on each"
                    + " of its messages instead of a ping and its answer (two vCPU switches)."));
        }
        Micros answer = new Micros(h.answerUs(), Unit.MS_2);
        String pinged = "The hypervisor pinged {0} (an explicit heartbeat); ";
        if (h.answered()) {
            return new Said(h.answerUs() >= 0
                    ? Phrase.of("why.heartbeat.answeredAfter", pinged + "it answered after {1}, within the deadline.", id, answer)
                    : Phrase.of("why.heartbeat.answered", pinged + "it answered within the deadline.", id));
        }
        return new Said(h.answerUs() >= 0
                ? Phrase.of("why.heartbeat.late", pinged + "no answer came within the deadline: it runs, and answered only {1} after the"
                        + " ping, too late (its vCPU waited for a CPU).", id, answer)
                : Phrase.of("why.heartbeat.none", pinged + "no answer came within the deadline.", id));
    }

    /** " What it saw: evidence." when the probe said what it saw. */
    private static Nested saw(Payload.Detected d) {
        return new Nested(d.evidence().isBlank() ? Phrase.EMPTY : Phrase.of("why.saw", " What it saw: {0}.", new Nested(d.evidence())));
    }

    /**
     * The sentence on how long the repair of {@code component} waited since its detection at {@code sinceUs}
     * and, when it was held back, what for: the deferrals and the repair that ended them.
     */
    private Phrase waitedFor(int index, String component, long sinceUs, long waitedUs) {
        String waited = null;
        for (int i = index - 1; i >= 0 && trace.get(i).timeUs() >= sinceUs; i--) {
            if (trace.get(i).payload() instanceof Payload.RepairDeferred r && trace.get(i).component().equals(component)) {
                waited = r.waitingFor();
                break;
            }
        }
        Micros detected = new Micros(sinceUs, Unit.S_3);
        Micros wait = new Micros(waitedUs, Unit.MS_1);
        if (waited == null) {
            return Phrase.of("why.repair-started.waited", " It was detected at {0}; the repair waited {1}.", detected, wait);
        }
        String first = waited.split(",")[0].strip();
        Optional<TraceEvent> freed = Optional.empty();
        for (int i = index - 1; i >= 0 && trace.get(i).timeUs() >= sinceUs; i--) {
            if (trace.get(i).payload() instanceof Payload.RepairFinished && trace.get(i).component().equals(first)) {
                freed = Optional.of(trace.get(i));
                break;
            }
        }
        Phrase at = freed.map(f -> Phrase.of("why.repaired-at", ", repaired at {0}", new Micros(f.timeUs(), Unit.S_3))).orElse(Phrase.EMPTY);
        return Phrase.of("why.repair-started.waitedFor", " It was detected at {0}; the repair waited {1} because it needs {2}{3} ({4}).",
                detected, wait, new Components(waited, waited), new Nested(at), new Nested(edge(component, first)));
    }

    private Phrase edge(String from, String to) {
        String first = to.split(",")[0].strip();
        return topology.dependencies().needs(from).contains(first)
                ? Phrase.of("why.edge", "dependency {0} \u2192 {1}", new Component(from), new Component(first))
                : Phrase.of("why.edge.graph", "through the dependency graph");
    }
}
