package org.phoenixlab.engine.trace;

import java.util.Optional;

/**
 * The trace events that tell the story of a fault: the fault itself, the probe that notices it, the
 * decision to repair or to wait (and for what), the repair's end, the traffic stopping and coming
 * back, a new master, a timed restart, a VM operation's phases and its rollback. Everything else
 * (heartbeats, XenStore writes, state changes, failed requests) is routine: it explains a moment but
 * is not one. Which events are moments is a pure function of one event, so it holds however the
 * trace is stored; Step, the story speed, the caption, the timeline and the lessons all use it.
 */
public enum Moment {
    FAULT("Fault", Stage.BREAKS),
    DETECTED("Detected", Stage.NOTICED),
    REPAIR_DEFERRED("Repair held back", Stage.DECIDED),
    REPAIR_STARTED("Repair started", Stage.DECIDED),
    REPAIR_FINISHED("Repaired", Stage.HEALED),
    TRAFFIC_INTERRUPTED("Traffic stopped", Stage.BREAKS),
    TRAFFIC_RESTORED("Traffic back", Stage.HEALED),
    ELECTION("New master", Stage.DECIDED),
    TIMED_RESTART("Timed restart", Stage.DECIDED),
    OPERATION("VM operation", Stage.OTHER),
    ROLLBACK("Rolled back", Stage.DECIDED);

    /** Where in a fault's story a moment comes (what the timeline colours its marker by). */
    public enum Stage {
        /** Something broke or stopped. */
        BREAKS,
        /** A probe noticed. */
        NOTICED,
        /** Something was decided or started to put it right. */
        DECIDED,
        /** It is right again. */
        HEALED,
        /** A step of ordinary work (a VM operation's phase). */
        OTHER
    }

    private final String title;
    private final Stage stage;

    Moment(String title, Stage stage) {
        this.title = title;
        this.stage = stage;
    }

    /** A word or two for a person: "Detected", "Repair held back". */
    public String title() {
        return title;
    }

    public Stage stage() {
        return stage;
    }

    /** The moment {@code e} is, or empty for a routine event. */
    public static Optional<Moment> of(TraceEvent e) {
        return Optional.ofNullable(kindOf(e.component(), e.payload()));
    }

    /** Whether {@code e} is a moment. */
    public static boolean is(TraceEvent e) {
        return kindOf(e.component(), e.payload()) != null;
    }

    private static Moment kindOf(String component, Payload p) {
        if (p instanceof Payload.FaultInjected) {
            return FAULT;
        }
        if (p instanceof Payload.Detected) {
            return DETECTED;
        }
        if (p instanceof Payload.RepairDeferred) {
            return REPAIR_DEFERRED;
        }
        if (p instanceof Payload.RepairStarted) {
            return REPAIR_STARTED;
        }
        if (p instanceof Payload.RepairFinished) {
            return REPAIR_FINISHED;
        }
        if (p instanceof Payload.TrafficInterrupted) {
            return TRAFFIC_INTERRUPTED;
        }
        if (p instanceof Payload.TrafficRestored) {
            return TRAFFIC_RESTORED;
        }
        if (p instanceof Payload.MasterElected m) {
            return component.equals(m.previous()) ? null : ELECTION; // confirmed in place: nothing changed
        }
        if (p instanceof Payload.TimedRestart) {
            return TIMED_RESTART;
        }
        if (p instanceof Payload.OperationPhase o) {
            return o.phase().equals("rollback") ? ROLLBACK : OPERATION;
        }
        return null; // run, state, heartbeat, xenstore-write, xenstore-failed (a dead XenStore fails hundreds)
    }
}
