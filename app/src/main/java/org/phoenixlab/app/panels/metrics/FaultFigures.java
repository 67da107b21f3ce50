package org.phoenixlab.app.panels.metrics;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.phoenixlab.app.session.LastFault;
import org.phoenixlab.app.util.Messages;
import org.phoenixlab.engine.sim.FaultMetrics;
import org.phoenixlab.engine.sim.FaultOutlook;
import org.phoenixlab.engine.sim.Interruption;

/**
 * The Metrics panel's words for the last fault of a run: what it was and its figures so far. Each
 * count says what it counts ({@code lostLabel}: "packets lost", "disk requests lost"); a design with
 * nothing to notice the fault says so instead of "not yet". In the window's language (the engine's words, a
 * fault's kind, component and detector, stay as they are); {@link #NONE} carries the English words, which the
 * pane replaces with its own.
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
        String notYet = never ? Messages.get("metrics.neverNoDetector") : Messages.get("metrics.notYet");
        List<Interruption> paths = f.interrupts();
        String lostLabel = paths.isEmpty() ? Messages.get("metrics.lost")
                : Messages.format("metrics.itemsLost", String.join(" / ", paths.stream().map(FaultFigures::items).toList()));
        String lost = paths.isEmpty() ? Messages.get("metrics.stopsNothing")
                : String.join(" / ", paths.stream().map(p -> count(f.lost(p))).toList());
        String title = Messages.get("metrics.lastFault.prefix") + (f.detectionUs().isPresent() ? Messages.format("metrics.lastFault.found", f.title(), f.detectedBy())
                : never ? Messages.format("metrics.lastFault.never", f.title(), f.noDetector())
                : Messages.format("metrics.lastFault.notDetected", f.title()));
        return new FaultFigures(title,
                f.detectionUs().isPresent() ? ms(f.detectionUs().getAsLong()) : notYet,
                f.recoveryUs().isPresent() ? s(f.recoveryUs().getAsLong())
                        : !f.repairUnderWay().isEmpty() ? Messages.format("metrics.inProgress", f.repairUnderWay()) : notYet,
                f.downtimeUs().isPresent() ? s(f.downtimeUs().getAsLong())
                        : never ? Messages.get("metrics.forGood") : Messages.get("metrics.continuing"),
                lostLabel, lost,
                paths.contains(Interruption.NETWORK) ? count(f.peakHeld()) : "-");
    }

    /** What a path's loss counts, in the window's language ("packets", "disk requests"). */
    private static String items(Interruption p) {
        return Messages.get("interruption." + p.name(), p.items());
    }

    private static String count(long n) {
        return Messages.format("metrics.count", n);
    }

    private static String ms(long us) {
        return Messages.format("metrics.ms", us / 1e3);
    }

    private static String s(long us) {
        return Messages.format("metrics.s", us / 1e6);
    }
}
