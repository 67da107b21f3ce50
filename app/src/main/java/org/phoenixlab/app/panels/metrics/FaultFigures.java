package org.phoenixlab.app.panels.metrics;

import java.util.List;
import java.util.Locale;
import org.phoenixlab.engine.sim.FaultMetrics;

/** The Metrics panel's words for the last fault of a run: what it was and its figures so far. */
public record FaultFigures(String title, String detection, String recovery, String downtime, String lost, String peakHeld) {
    /** Before any fault. */
    public static final FaultFigures NONE = new FaultFigures("No fault injected yet.", "-", "-", "-", "-", "-");

    /** The figures of the last of {@code faults}, or {@link #NONE}. */
    public static FaultFigures ofLast(List<FaultMetrics> faults) {
        if (faults.isEmpty()) {
            return NONE;
        }
        FaultMetrics f = faults.get(faults.size() - 1);
        return new FaultFigures(
                "Last fault: " + f.kind() + " of " + f.target() + (f.detected() ? ", found by " + f.detectedBy() : ", not detected yet"),
                f.detectionUs().isPresent() ? ms(f.detectionUs().getAsLong()) : "not yet",
                f.recoveryUs().isPresent() ? s(f.recoveryUs().getAsLong())
                        : f.repairStartedUs() >= 0 ? "in progress: " + f.actuator() : "not yet",
                f.downtimeUs().isPresent() ? s(f.downtimeUs().getAsLong()) : "continuing",
                String.format(Locale.ROOT, "%,d", f.lostPackets()),
                String.format(Locale.ROOT, "%,d", f.peakBuffered()));
    }

    private static String ms(long us) {
        return String.format(Locale.ROOT, "%.2f ms", us / 1e3);
    }

    private static String s(long us) {
        return String.format(Locale.ROOT, "%.3f s", us / 1e6);
    }
}
