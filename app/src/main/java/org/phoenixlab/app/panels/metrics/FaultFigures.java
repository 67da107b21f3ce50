package org.phoenixlab.app.panels.metrics;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.phoenixlab.app.session.LastFault;
import org.phoenixlab.engine.sim.FaultMetrics;
import org.phoenixlab.engine.sim.FaultOutlook;
import org.phoenixlab.engine.sim.Interruption;

/**
 * The Metrics panel's words for the last fault of a run: what it was and its figures so far. Each
 * count says what it counts ({@code lostLabel}: "packets lost", "disk requests lost"); a design with
 * nothing to notice the fault says so instead of "not yet".
 */
public record FaultFigures(String title, String detection, String recovery, String downtime, String lostLabel, String lost,
                           String peakHeld) {
    /** Before any fault. */
    public static final FaultFigures NONE = new FaultFigures("No fault injected yet.", "-", "-", "-", "lost", "-", "-");

    /** The figures of the last of {@code faults}, or {@link #NONE}. */
    public static FaultFigures ofLast(List<FaultMetrics> faults) {
        return ofLast(faults, f -> Optional.empty());
    }

    /** As {@link #ofLast(List)}, {@code outlook} saying what in this design notices each fault. */
    public static FaultFigures ofLast(List<FaultMetrics> faults, Function<FaultMetrics, Optional<FaultOutlook>> outlook) {
        Optional<LastFault> last = LastFault.of(faults, outlook);
        if (last.isEmpty()) {
            return NONE;
        }
        LastFault f = last.get();
        boolean never = !f.canBeDetected() && f.detectionUs().isEmpty();
        String notYet = never ? "never: no detector" : "not yet";
        List<Interruption> paths = f.interrupts();
        String lostLabel = paths.isEmpty() ? "lost" : String.join(" / ", paths.stream().map(Interruption::items).toList()) + " lost";
        String lost = paths.isEmpty() ? "nothing: it stops no guest's traffic"
                : String.join(" / ", paths.stream().map(p -> String.format(Locale.ROOT, "%,d", f.lost(p))).toList());
        return new FaultFigures(
                "Last fault: " + f.title() + (f.detectionUs().isPresent() ? ", found by " + f.detectedBy()
                        : never ? ". " + f.noDetector() + "." : ", not detected yet"),
                f.detectionUs().isPresent() ? ms(f.detectionUs().getAsLong()) : notYet,
                f.recoveryUs().isPresent() ? s(f.recoveryUs().getAsLong())
                        : !f.repairUnderWay().isEmpty() ? "in progress: " + f.repairUnderWay() : notYet,
                f.downtimeUs().isPresent() ? s(f.downtimeUs().getAsLong()) : never ? "for good (nothing repairs it)" : "continuing",
                lostLabel, lost,
                paths.contains(Interruption.NETWORK) ? String.format(Locale.ROOT, "%,d", f.peakHeld()) : "-");
    }

    private static String ms(long us) {
        return String.format(Locale.ROOT, "%.2f ms", us / 1e3);
    }

    private static String s(long us) {
        return String.format(Locale.ROOT, "%.3f s", us / 1e6);
    }
}
