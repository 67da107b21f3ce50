package org.phoenixlab.app.main;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.phoenixlab.engine.sim.FaultMetrics;
import org.phoenixlab.engine.sim.Snapshot;

/**
 * The status line's words, from each snapshot: the virtual clock and the strategy, the packets
 * delivered, lost and held, and how the last fault went (or a hint, or an autosave problem).
 */
public final class StatusViewModel {
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper traffic = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fault = new ReadOnlyStringWrapper("");

    /** "t = 1.234 s (strategy)". */
    public ReadOnlyStringProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    /** Packets delivered, lost and held. */
    public ReadOnlyStringProperty trafficProperty() {
        return traffic.getReadOnlyProperty();
    }

    /** The last fault's outcome so far, or a hint, or an autosave problem. */
    public ReadOnlyStringProperty faultProperty() {
        return fault.getReadOnlyProperty();
    }

    /** Words for {@code s} under the strategy called {@code strategyTitle}; {@code problem} wins when not empty. */
    void show(Snapshot s, String strategyTitle, String problem) {
        clock.set(String.format(Locale.ROOT, "t = %.3f s  (%s)", s.timeUs() / 1e6, strategyTitle));
        traffic.set(String.format(Locale.ROOT, "packets delivered %,d \u00B7 lost %,d \u00B7 held by the shadow driver %,d",
                s.traffic().delivered(), s.traffic().lost(), s.traffic().buffered()));
        fault.set(problem.isEmpty() ? faultLine(s.faults()) : "Warning: " + problem);
    }

    static String faultLine(List<FaultMetrics> faults) {
        if (faults.isEmpty()) {
            return "no fault injected yet: right-click a component to inject one, or a guest for VM operations";
        }
        FaultMetrics f = faults.get(faults.size() - 1);
        StringBuilder sb = new StringBuilder(f.kind() + " of " + f.target() + ": ");
        sb.append(f.detectionUs().isPresent()
                ? String.format(Locale.ROOT, "detected by %s after %.1f ms", f.detectedBy(), f.detectionUs().getAsLong() / 1e3)
                : "not detected yet");
        f.recoveryUs().ifPresent(r -> sb.append(String.format(Locale.ROOT, ", repaired in %.2f s", r / 1e6)));
        if (f.interrupts().io()) {
            sb.append(String.format(Locale.ROOT, ", %,d %s lost", f.lostPackets(), f.interrupts().items()));
        }
        return sb.toString();
    }
}
