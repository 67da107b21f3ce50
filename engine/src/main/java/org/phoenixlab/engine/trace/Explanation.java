package org.phoenixlab.engine.trace;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.phoenixlab.engine.model.Topology;

/**
 * Why an event of the trace happened, in one or two plain sentences, worked out from the trace
 * itself and the dependency graph (which fault came before, which probe saw what, which dependency
 * held a repair back, which repair let it go) rather than written per scenario.
 */
public final class Explanation {
    private final List<TraceEvent> trace;
    private final Topology topology;

    /** Over {@code trace} as it stands (a read-only view is enough: it is read, never kept past a call). */
    public Explanation(List<TraceEvent> trace, Topology topology) {
        this.trace = trace;
        this.topology = topology;
    }

    /**
     * What the event at {@code index} was, in one sentence for the caption under the drawing: what
     * happened to which component and, in the same breath, why (the probe's evidence, what a repair
     * waits for, how long after the fault). Moments get a sentence of their own; any other event the
     * first sentence of {@link #of(int)}.
     */
    public String caption(int index) {
        return caption(index, null);
    }

    /**
     * As {@link #caption(int)}, a fault's sentence ending with {@code faultOutlook} (what in this design
     * will notice it, or that nothing will; the trace alone does not know) instead of "nothing knows it yet".
     */
    public String caption(int index, String faultOutlook) {
        TraceEvent e = trace.get(index);
        String c = e.component();
        Payload p = e.payload();
        if (p instanceof Payload.FaultInjected f) {
            return capital(article(f.fault().label())) + " " + f.fault().label() + " struck " + name(c)
                    + (faultOutlook == null || faultOutlook.isBlank() ? ": nothing knows it yet." : " \u2014 " + faultOutlook.strip() + ".");
        }
        if (p instanceof Payload.Detected d && d.falseAlarm()) {
            return "The " + d.probe() + " probe declared " + name(c) + " failed although it was running, a false alarm"
                    + clause(d.evidence()) + ".";
        }
        if (p instanceof Payload.Detected d) {
            String after = lastFault(index, c).map(f -> " " + ms(e.timeUs() - f.timeUs()) + " after the "
                    + ((Payload.FaultInjected) f.payload()).fault().label()).orElse("");
            return "The " + d.probe() + " probe noticed that " + name(c) + " failed" + after + clause(d.evidence()) + ".";
        }
        if (p instanceof Payload.RepairDeferred r) {
            return "The repair of " + name(c) + " is held back: it needs " + names(r.waitingFor())
                    + " healthy first, and repairs follow the dependency graph.";
        }
        if (p instanceof Payload.RepairStarted r) {
            String waited = lastDeferral(index, c).map(w -> ", now that " + names(w) + (w.contains(",") ? " are" : " is")
                    + " healthy again").orElse(": nothing it needs is down");
            return "The repair of " + name(c) + " started (" + r.actuator() + ", " + duration(r.durationUs()) + ")" + waited + ".";
        }
        if (p instanceof Payload.RepairFinished r) {
            String since = lastFault(index, c).map(f -> ", " + duration(e.timeUs() - f.timeUs()) + " after the fault").orElse("");
            return capital(name(c)) + " is healthy again" + since + ": " + r.actuator() + " finished.";
        }
        if (p instanceof Payload.TrafficInterrupted t) {
            return "Traffic through " + name(c) + " stopped" + clause(t.cause()) + ".";
        }
        if (p instanceof Payload.TrafficRestored t) {
            String items = c.startsWith(org.phoenixlab.engine.model.ComponentIds.DISK_UK) ? "disk requests" : "packets";
            return String.format(Locale.ROOT, "Traffic through %s flows again: %,d %s lost, %,d held ones replayed.",
                    name(c), t.lostPackets(), items, t.replayedPackets());
        }
        if (p instanceof Payload.MasterElected m && !c.equals(m.previous())) {
            return capital(name(c)) + " became the master " + m.role() + (m.previous().isBlank() ? "" : " in place of " + name(m.previous()))
                    + ", so requests keep being served.";
        }
        if (p instanceof Payload.TimedRestart t) {
            return t.wasFaulty()
                    ? "Xoar's restart timer came round and found " + name(c) + " dead" + lastFault(index, c)
                            .map(f -> " since " + seconds(f.timeUs()) + ", unnoticed until now").orElse("") + ": it restarts it."
                    : "Xoar's restart timer swapped a fresh copy of the healthy " + name(c) + " in; its path stands still meanwhile.";
        }
        if (p instanceof Payload.OperationPhase o) {
            String what = "tool_uk's " + o.operation() + " of " + name(o.vm());
            return o.phase().equals("rollback")
                    ? capital(what) + " is rolled back" + clause(o.detail()) + "."
                    : capital(what) + ": " + o.phase() + clause(o.detail()) + ".";
        }
        String full = of(index);
        int end = full.indexOf(". ");
        return end < 0 ? full : full.substring(0, end + 1);
    }

    /** The explanation of the event at {@code index} of the trace. */
    public String of(int index) {
        TraceEvent e = trace.get(index);
        String c = e.component();
        Payload p = e.payload();
        if (p instanceof Payload.RunStarted r) {
            return String.format(Locale.ROOT, "The run began: %d guest(s) sending %,d packets/s in all, protected by %s (seed %d).",
                    r.guests(), r.ratePps(), r.strategy(), r.seed());
        }
        if (p instanceof Payload.FaultInjected f) {
            return "A " + f.fault().label() + " was injected on " + c + " at " + seconds(e.timeUs())
                    + " (by a click or by the scenario). Nothing knows yet: the probes must notice it.";
        }
        if (p instanceof Payload.Detected d && d.falseAlarm()) {
            return "The " + d.probe() + " probe declared " + c + " failed, but " + c + " was running: a false alarm."
                    + (d.evidence().isBlank() ? "" : " What it saw: " + d.evidence().strip() + ".")
                    + " The loop repairs it all the same, and what it carries stops meanwhile.";
        }
        if (p instanceof Payload.Detected d) {
            Optional<TraceEvent> fault = lastFault(index, c);
            String after = fault.map(f -> ", " + ms(e.timeUs() - f.timeUs()) + " after the " + ((Payload.FaultInjected) f.payload()).fault().label()
                    + " injected on " + f.component() + " at " + seconds(f.timeUs())).orElse("");
            return "The " + d.probe() + " probe found a fault on " + c + after + "."
                    + (d.evidence().isBlank() ? "" : " What it saw: " + d.evidence().strip() + ".");
        }
        if (p instanceof Payload.RepairDeferred r) {
            return "The global loop held back the repair of " + c + " because " + c + " needs " + r.waitingFor()
                    + " healthy (" + edge(c, r.waitingFor()) + "), and " + r.waitingFor()
                    + " was not: repairs follow the dependency graph, so " + r.waitingFor() + " comes first.";
        }
        if (p instanceof Payload.RepairStarted r) {
            String why = lastDetection(index, c).map(d -> " It was detected at " + seconds(d.timeUs())
                    + (d.timeUs() == e.timeUs() ? " and nothing it needs was down, so the loop started at once."
                            : "; the repair waited " + ms(e.timeUs() - d.timeUs()) + waitedFor(index, c, d.timeUs())))
                    .orElse("");
            return "The " + r.actuator() + " actuator started repairing " + c + " (it takes " + ms(r.durationUs()) + ")." + why;
        }
        if (p instanceof Payload.RepairFinished r) {
            String since = lastFault(index, c).map(f -> ", " + seconds(e.timeUs() - f.timeUs()) + " after the fault").orElse("");
            return c + " is healthy again: " + r.actuator() + " finished" + since + ". Whatever waited for " + c + " can now be repaired.";
        }
        if (p instanceof Payload.StateChanged s) {
            String reason = s.reason().isBlank() ? "" : ": " + s.reason().strip();
            return c + " went from " + s.from().label() + " to " + s.to().label() + reason + ".";
        }
        if (p instanceof Payload.Heartbeat h) {
            return h.explicit()
                    ? "The hypervisor pinged " + c + " (an explicit heartbeat); " + (h.answered()
                            ? (h.answerUs() >= 0 ? String.format(Locale.ROOT, "it answered after %,.2f ms, within the deadline.", h.answerUs() / 1e3)
                                    : "it answered within the deadline.")
                            : h.answerUs() >= 0 ? String.format(Locale.ROOT, "no answer came within the deadline: it runs, and answered"
                                    + " only %,.2f ms after the ping, too late (its vCPU waited for a CPU).", h.answerUs() / 1e3)
                            : "no answer came within the deadline.")
                    : c + " talked to the hypervisor on its own, which counts as an implicit heartbeat: no ping was needed."
                            + " It cost a timestamp read on each of its messages instead of a ping and its answer (two vCPU switches).";
        }
        if (p instanceof Payload.TrafficInterrupted t) {
            return "Traffic through " + c + " stopped" + clause(t.cause()) + ".";
        }
        if (p instanceof Payload.TrafficRestored t) {
            String s = String.format(Locale.ROOT, "Traffic through %s flows again; %,d packets were lost during the outage and %,d held packets were replayed.",
                    c, t.lostPackets(), t.replayedPackets());
            if (t.fittedOutagePps() > 0 && t.lostPackets() > 0) {
                s += String.format(Locale.ROOT, " While the path was down the guests offered %,d packets/s: that rate is an input fitted to"
                        + " the paper's Table 2 loss count for this design, not the result of a mechanism.", t.fittedOutagePps());
            }
            return s;
        }
        if (p instanceof Payload.XenStoreWrite w) {
            return "A XenStore write of " + w.key() + (w.replicas() > 1 ? " went to all " + w.replicas()
                    + " replicas, and the coordinators stored its hash." : " went to the single XenStore.");
        }
        if (p instanceof Payload.XenStoreFailed f) {
            return "A XenStore request for " + f.key() + " failed" + clause(f.reason()) + ".";
        }
        if (p instanceof Payload.MasterElected m) {
            return c.equals(m.previous())
                    ? c + " remains the master " + m.role() + " after the check."
                    : c + " became the master " + m.role() + (m.previous().isBlank() ? "" : " in place of " + m.previous())
                            + ", so requests keep being served.";
        }
        if (p instanceof Payload.OperationPhase o) {
            return "tool_uk's " + o.operation() + " of " + o.vm() + " entered the \"" + o.phase() + "\" phase" + clause(o.detail()) + ".";
        }
        if (p instanceof Payload.TimedRestart t) {
            return t.wasFaulty()
                    ? "Xoar's restart timer came round and rebooted " + c + lastFault(index, c).map(f -> "; it had been broken since "
                            + seconds(f.timeUs()) + ", unnoticed until now.").orElse(", which was broken.")
                    : "Xoar's restart timer came round and swapped a fresh copy of " + c + " in from its snapshot, although it was"
                            + " healthy: the timer restarts whatever it finds, and the path stands still meanwhile.";
        }
        return e.kind() + " on " + c + ".";
    }

    /** The latest fault injected before {@code index} on {@code component}, a part of it, or what contains it. */
    private Optional<TraceEvent> lastFault(int index, String component) {
        for (int i = index - 1; i >= 0; i--) {
            TraceEvent f = trace.get(i);
            if (f.payload() instanceof Payload.FaultInjected && related(f.component(), component)) {
                return Optional.of(f);
            }
        }
        for (int i = index - 1; i >= 0; i--) {
            if (trace.get(i).payload() instanceof Payload.FaultInjected) {
                return Optional.of(trace.get(i)); // a fault elsewhere (the hypervisor's crash of the whole pVM, say)
            }
        }
        return Optional.empty();
    }

    private Optional<TraceEvent> lastDetection(int index, String component) {
        for (int i = index - 1; i >= 0; i--) {
            TraceEvent d = trace.get(i);
            if (d.payload() instanceof Payload.Detected && d.component().equals(component)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** What the repair of {@code component} waited for since {@code sinceUs}: the deferrals and the repairs that ended them. */
    private String waitedFor(int index, String component, long sinceUs) {
        String waited = null;
        for (int i = index - 1; i >= 0 && trace.get(i).timeUs() >= sinceUs; i--) {
            if (trace.get(i).payload() instanceof Payload.RepairDeferred r && trace.get(i).component().equals(component)) {
                waited = r.waitingFor();
                break;
            }
        }
        if (waited == null) {
            return ".";
        }
        String first = waited.split(",")[0].strip();
        Optional<TraceEvent> freed = Optional.empty();
        for (int i = index - 1; i >= 0 && trace.get(i).timeUs() >= sinceUs; i--) {
            if (trace.get(i).payload() instanceof Payload.RepairFinished && trace.get(i).component().equals(first)) {
                freed = Optional.of(trace.get(i));
                break;
            }
        }
        return " because it needs " + waited + freed.map(f -> ", repaired at " + seconds(f.timeUs())).orElse("")
                + " (" + edge(component, first) + ").";
    }

    private String edge(String from, String to) {
        String first = to.split(",")[0].strip();
        return topology.dependencies().needs(from).contains(first)
                ? "dependency " + from + " \u2192 " + first
                : "through the dependency graph";
    }

    /** The latest deferral of {@code component}'s repair since its last detection, if it waited. */
    private Optional<String> lastDeferral(int index, String component) {
        for (int i = index - 1; i >= 0; i--) {
            TraceEvent d = trace.get(i);
            if (!d.component().equals(component)) {
                continue;
            }
            if (d.payload() instanceof Payload.RepairDeferred r) {
                return Optional.of(r.waitingFor());
            }
            if (d.payload() instanceof Payload.Detected) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * A component's name for a person, as it reads inside a sentence: its label ("net_uk", "guest 2"),
     * "the" before a part, a device or a group ("the NIC driver", "the coordinators"), a guest's part
     * with its guest ("guest 1's net ring").
     */
    private String name(String id) {
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

    /** "a, b" as names. */
    private String names(String ids) {
        List<String> out = new java.util.ArrayList<>();
        for (String id : ids.split(",")) {
            if (!id.isBlank()) {
                out.add(name(id.strip()));
            }
        }
        return out.size() <= 1 ? String.join("", out)
                : String.join(", ", out.subList(0, out.size() - 1)) + " and " + out.get(out.size() - 1);
    }

    /** ": words" when there are words, nothing otherwise (an empty field is never printed). */
    private static String clause(String words) {
        return words == null || words.isBlank() ? "" : ": " + words.strip();
    }

    /** The sentence's first letter in capitals, unless it begins with an id, written as it is ("net_uk", "guest/2"). */
    private static String capital(String s) {
        int space = s.indexOf(' ');
        String first = space < 0 ? s : s.substring(0, space);
        if (s.isEmpty() || first.indexOf('_') >= 0 || first.indexOf('/') >= 0) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String article(String noun) {
        return "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an" : "a";
    }

    /** Milliseconds under a second, seconds above. */
    private static String duration(long us) {
        return us < 1_000_000 ? ms(us) : String.format(Locale.ROOT, "%.2f s", us / 1e6);
    }

    private static boolean related(String a, String b) {
        return a.equals(b) || a.startsWith(b + "/") || b.startsWith(a + "/");
    }

    private static String seconds(long us) {
        return String.format(Locale.ROOT, "%.3f s", us / 1e6);
    }

    private static String ms(long us) {
        return String.format(Locale.ROOT, "%.1f ms", us / 1e3);
    }
}
