package org.phoenixlab.engine.trace;

import java.util.List;
import java.util.Optional;

/** What came before an event of a trace, for the sentences about it: the fault, the detection, the deferral. */
final class TraceLookback {
    private final List<TraceEvent> trace;

    TraceLookback(List<TraceEvent> trace) {
        this.trace = trace;
    }

    /** The latest fault injected before {@code index} on {@code component}, a part of it, or what contains it. */
    Optional<TraceEvent> lastFault(int index, String component) {
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

    Optional<TraceEvent> lastDetection(int index, String component) {
        for (int i = index - 1; i >= 0; i--) {
            TraceEvent d = trace.get(i);
            if (d.payload() instanceof Payload.Detected && d.component().equals(component)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The latest deferral of {@code component}'s repair since its last detection, if it waited. */
    Optional<String> lastDeferral(int index, String component) {
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

    private static boolean related(String a, String b) {
        return a.equals(b) || a.startsWith(b + "/") || b.startsWith(a + "/");
    }
}
