package org.phoenixlab.engine.trace;

import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentState;

/**
 * What happened, one record per kind of state change. The set is closed: a consumer (the UI, a
 * lesson, a test) can switch over it exhaustively.
 */
public sealed interface Payload {
    /** The stable name of this kind in the trace file. */
    String kind();

    /** Writes this payload's fields, in alphabetical order, after the common columns. */
    void writeFields(JsonLine line);

    /**
     * What happened, in a short phrase for a person (the event log's details): "healthy → faulty:
     * crash, not detected yet". Why it happened is {@link Explanation}'s answer.
     */
    default String describe() {
        return phrase().english();
    }

    /** {@link #describe()} as a phrase, for a window that speaks another language. */
    default Phrase phrase() {
        return PayloadText.of(this);
    }

    /** The first line of every trace: what run this is. */
    record RunStarted(String strategy, long seed, int guests, long ratePps) implements Payload {
        public String kind() { return "run"; }
        public void writeFields(JsonLine line) {
            line.field("guests", guests).field("ratePps", ratePps).field("seed", seed).field("strategy", strategy);
        }
    }

    /** A fault struck the component. */
    record FaultInjected(FaultKind fault) implements Payload {
        public String kind() { return "fault"; }
        public void writeFields(JsonLine line) { line.field("fault", fault.id()); }
    }

    /** The component moved from one state to another, and why. */
    record StateChanged(ComponentState from, ComponentState to, Phrase reason) implements Payload {
        public StateChanged(ComponentState from, ComponentState to, String reason) {
            this(from, to, Phrase.text(reason));
        }

        public String kind() { return "state"; }
        public void writeFields(JsonLine line) {
            line.field("from", from.id()).field("reason", reason.english()).field("to", to.id());
        }
    }

    /** The hypervisor checked a unikernel's liveness: explicitly (a ping) or implicitly (recent traffic). */
    record Heartbeat(boolean explicit, boolean answered, long answerUs) implements Payload {
        /** A beat whose answer time is not known (implicit, or no answer at all). */
        public Heartbeat(boolean explicit, boolean answered) {
            this(explicit, answered, -1);
        }

        public String kind() { return "heartbeat"; }
        public void writeFields(JsonLine line) {
            if (answerUs >= 0) {
                line.field("answerUs", answerUs); // sorted keys: "answerUs" before "answered"
            }
            line.field("answered", answered).field("mode", explicit ? "explicit" : "implicit");
        }
    }

    /**
     * A probe saw a fault. {@code falseAlarm}: the component was in fact running (its vCPU waited for a
     * CPU past the deadline, say); the loop repairs it all the same.
     */
    record Detected(String probe, Phrase evidence, boolean falseAlarm) implements Payload {
        public Detected(String probe, String evidence) {
            this(probe, Phrase.text(evidence), false);
        }

        public Detected(String probe, String evidence, boolean falseAlarm) {
            this(probe, Phrase.text(evidence), falseAlarm);
        }

        public String kind() { return "detected"; }
        public void writeFields(JsonLine line) {
            line.field("evidence", evidence.english());
            if (falseAlarm) {
                line.field("falseAlarm", true);
            }
            line.field("probe", probe);
        }
    }

    /** The global loop holds a repair back until what the component needs is healthy. */
    record RepairDeferred(String waitingFor) implements Payload {
        public String kind() { return "repair-deferred"; }
        public void writeFields(JsonLine line) { line.field("waitingFor", waitingFor); }
    }

    /** An actuator started repairing the component. */
    record RepairStarted(String actuator, long durationUs) implements Payload {
        public String kind() { return "repair-started"; }
        public void writeFields(JsonLine line) { line.field("actuator", actuator).field("durationUs", durationUs); }
    }

    /** An actuator finished; the component is healthy again. */
    record RepairFinished(String actuator) implements Payload {
        public String kind() { return "repair-finished"; }
        public void writeFields(JsonLine line) { line.field("actuator", actuator); }
    }

    /** Guests' packets stopped being forwarded (they are now buffered or lost). */
    record TrafficInterrupted(Phrase cause) implements Payload {
        public TrafficInterrupted(String cause) {
            this(Phrase.text(cause));
        }

        public String kind() { return "traffic-interrupted"; }
        public void writeFields(JsonLine line) { line.field("cause", cause.english()); }
    }

    /**
     * Packets flow again; how many were lost and how many the shadow driver replayed meanwhile.
     * {@code fittedOutagePps} is the rate the guests offered while the path was down when that rate is
     * an input fitted to the paper's Table 2 (0 when the fault-free rate applied).
     */
    record TrafficRestored(long lostPackets, long replayedPackets, long fittedOutagePps) implements Payload {
        public String kind() { return "traffic-restored"; }
        public void writeFields(JsonLine line) {
            if (fittedOutagePps > 0) {
                line.field("fittedOutagePps", fittedOutagePps);
            }
            line.field("lostPackets", lostPackets).field("replayedPackets", replayedPackets);
        }
    }

    /** A XenStore request was written to the replicas and acknowledged to the client. */
    record XenStoreWrite(String key, int replicas) implements Payload {
        public String kind() { return "xenstore-write"; }
        public void writeFields(JsonLine line) { line.field("key", key).field("replicas", replicas); }
    }

    /** A XenStore request could not be served (the service is down and nothing repairs it). */
    record XenStoreFailed(String key, Phrase reason) implements Payload {
        public XenStoreFailed(String key, String reason) {
            this(key, Phrase.text(reason));
        }

        public String kind() { return "xenstore-failed"; }
        public void writeFields(JsonLine line) { line.field("key", key).field("reason", reason.english()); }
    }

    /** A new master was chosen among the replicas or the coordinators. */
    record MasterElected(String role, String previous) implements Payload {
        public String kind() { return "master-elected"; }
        public void writeFields(JsonLine line) { line.field("previous", previous).field("role", role); }
    }

    /** A VM operation of tool_uk moved to another phase (or ended). */
    record OperationPhase(String operation, String vm, String phase, Phrase detail) implements Payload {
        public OperationPhase(String operation, String vm, String phase, String detail) {
            this(operation, vm, phase, Phrase.text(detail));
        }

        public String kind() { return "operation"; }
        public void writeFields(JsonLine line) {
            line.field("detail", detail.english()).field("operation", operation).field("phase", phase).field("vm", vm);
        }
    }

    /** Xoar's timer restarted a service VM that was running (no fault is detected by this). */
    record TimedRestart(boolean wasFaulty) implements Payload {
        public String kind() { return "timed-restart"; }
        public void writeFields(JsonLine line) { line.field("wasFaulty", wasFaulty); }
    }
}
