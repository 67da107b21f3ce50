package org.phoenixlab.app.main;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.phoenixlab.app.session.LastFault;
import org.phoenixlab.engine.sim.FaultMetrics;
import org.phoenixlab.engine.sim.FaultOutlook;
import org.phoenixlab.engine.sim.Interruption;
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
    void show(Snapshot s, String strategyTitle, String problem, Function<FaultMetrics, Optional<FaultOutlook>> outlook) {
        clock.set(String.format(org.phoenixlab.app.util.Messages.locale(), "t = %.3f s  (%s)", s.timeUs() / 1e6, strategyTitle));
        traffic.set(org.phoenixlab.app.util.Messages.format("status.traffic",
                s.traffic().delivered(), s.traffic().lost(), s.traffic().buffered()));
        fault.set(problem.isEmpty() ? faultLine(s.faults(), outlook) : org.phoenixlab.app.util.Messages.format("status.warning", problem));
    }

    static String faultLine(List<FaultMetrics> faults, Function<FaultMetrics, Optional<FaultOutlook>> outlook) {
        Optional<LastFault> last = LastFault.of(faults, outlook);
        if (last.isEmpty()) {
            return org.phoenixlab.app.util.Messages.get("status.noFault");
        }
        LastFault f = last.get();
        StringBuilder sb = new StringBuilder(f.title() + ": ");
        if (f.detectionUs().isPresent()) {
            sb.append(org.phoenixlab.app.util.Messages.format("status.detected", f.detectedBy(), f.detectionUs().getAsLong() / 1e3));
        } else {
            sb.append(f.canBeDetected() ? org.phoenixlab.app.util.Messages.get("status.notDetected") : f.noDetector());
        }
        f.recoveryUs().ifPresent(r -> sb.append(org.phoenixlab.app.util.Messages.format("status.repaired", r / 1e6)));
        for (Interruption path : f.interrupts()) {
            sb.append(org.phoenixlab.app.util.Messages.format("status.lost", f.lost(path), org.phoenixlab.app.util.Messages.get("interruption." + path.name(), path.items())));
        }
        return sb.toString();
    }
}
