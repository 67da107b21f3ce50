package org.phoenixlab.lessons;

import java.util.List;
import java.util.Optional;
import org.phoenixlab.engine.trace.Payload;
import org.phoenixlab.engine.trace.TraceEvent;

/** What ends a lesson step. */
public sealed interface StepEnd {
    /** The student presses Next. */
    record Next() implements StepEnd {
    }

    /** The student does {@code action}; {@code hint} helps when they do something else. */
    record ExpectAction(StudentAction action, String hint) implements StepEnd {
    }

    /**
     * The engine reports an event of {@code type} (see {@link #TYPES}), on {@code component} when it
     * is not empty, with {@code phase} when it is not empty (for operation phases).
     */
    record ExpectEvent(String type, String component, String phase) implements StepEnd {
        /** The event types a lesson may wait for, as they are written in lesson files. */
        public static final List<String> TYPES = List.of("detected", "repair-deferred", "repair-started",
                "repair-finished", "traffic-interrupted", "traffic-restored", "master-elected", "xenstore-failed",
                "operation-phase", "timed-restart", "fault-injected");

        public boolean matches(TraceEvent e) {
            if (!component.isEmpty() && !component.equals(e.component())) {
                return false;
            }
            Payload p = e.payload();
            return switch (type) {
                case "detected" -> p instanceof Payload.Detected;
                case "repair-deferred" -> p instanceof Payload.RepairDeferred;
                case "repair-started" -> p instanceof Payload.RepairStarted;
                case "repair-finished" -> p instanceof Payload.RepairFinished;
                case "traffic-interrupted" -> p instanceof Payload.TrafficInterrupted;
                case "traffic-restored" -> p instanceof Payload.TrafficRestored;
                case "master-elected" -> p instanceof Payload.MasterElected;
                case "xenstore-failed" -> p instanceof Payload.XenStoreFailed;
                case "timed-restart" -> p instanceof Payload.TimedRestart;
                case "fault-injected" -> p instanceof Payload.FaultInjected;
                case "operation-phase" -> p instanceof Payload.OperationPhase op && (phase.isEmpty() || phase.equals(op.phase()));
                default -> false;
            };
        }

        /** The awaited event in words: "a detection on net_uk/nic-driver". */
        public String describe() {
            String what = switch (type) {
                case "operation-phase" -> phase.isEmpty() ? "a VM operation phase" : "the \"" + phase + "\" phase of a VM operation";
                default -> "a \"" + type + "\" event";
            };
            return what + (component.isEmpty() ? "" : " on " + component);
        }
    }

    /** A question with choices; exactly one is right, and every choice explains itself. */
    record Quiz(String question, List<Choice> choices) implements StepEnd {
        public Quiz {
            choices = List.copyOf(choices);
        }

        public int correctIndex() {
            for (int i = 0; i < choices.size(); i++) {
                if (choices.get(i).correct()) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * One answer to a quiz question; {@code figure}, when the answer states a figure of the lesson's
     * own run, is what the checker measures it against (null: none stated).
     */
    record Choice(String text, boolean correct, String explanation, QuizFigure figure) {
        public Choice(String text, boolean correct, String explanation) {
            this(text, correct, explanation, null);
        }

        public Optional<QuizFigure> stated() {
            return Optional.ofNullable(figure);
        }
    }

    /** The event a step waits for, if it waits for one. */
    default Optional<ExpectEvent> event() {
        return this instanceof ExpectEvent e ? Optional.of(e) : Optional.empty();
    }
}
