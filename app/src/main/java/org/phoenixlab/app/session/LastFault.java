package org.phoenixlab.app.session;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.phoenixlab.engine.sim.FaultMetrics;
import org.phoenixlab.engine.sim.FaultOutlook;
import org.phoenixlab.engine.sim.Interruption;

/**
 * The last fault of a run as the status line and the Metrics panel tell it: the entries struck at
 * that instant taken together (a crash of every pVM component is one fault of nine parts), with what
 * each of its counts counts (packets, disk requests), and whether anything in this design will notice
 * it at all.
 *
 * @param faults  the engine's figures of every part the fault struck
 * @param outlook what will notice it, when the design says; empty when unknown
 */
public record LastFault(List<FaultMetrics> faults, Optional<FaultOutlook> outlook) {
    public LastFault {
        faults = List.copyOf(faults);
        if (faults.isEmpty()) {
            throw new IllegalArgumentException("a fault has at least one part");
        }
    }

    /** The last fault of {@code all}, with each part's outlook from {@code outlook}; empty before any fault. */
    public static Optional<LastFault> of(List<FaultMetrics> all, Function<FaultMetrics, Optional<FaultOutlook>> outlook) {
        if (all.isEmpty()) {
            return Optional.empty();
        }
        long at = all.get(all.size() - 1).injectedUs();
        List<FaultMetrics> group = all.stream().filter(f -> f.injectedUs() == at).toList();
        Optional<FaultOutlook> watched = Optional.empty();
        for (FaultMetrics f : group) {
            Optional<FaultOutlook> o = outlook.apply(f);
            if (o.isPresent() && (watched.isEmpty() || o.get().watched() && !watched.get().watched())) {
                watched = o;
            }
        }
        return Optional.of(new LastFault(group, watched));
    }

    /** "crash of net_uk/nic-driver", or "crash of 9 components at once". */
    public String title() {
        FaultMetrics first = faults.get(0);
        String kind = org.phoenixlab.app.util.Messages.get("fault." + first.kind(), first.kind()); // the kind's id in English, as before
        return faults.size() == 1 ? org.phoenixlab.app.util.Messages.format("fault.of", kind, first.target())
                : org.phoenixlab.app.util.Messages.format("fault.ofMany", kind, faults.size());
    }

    /** False only when the design is known to have nothing that notices it. */
    public boolean canBeDetected() {
        return outlook.map(FaultOutlook::watched).orElse(true);
    }

    /** Why nothing will come, when nothing will ("Vanilla Xen has no detector for this: nothing will repair it"). */
    public String noDetector() {
        return outlook.filter(o -> !o.watched()).map(FaultOutlook::words).orElse("");
    }

    /** Fault → first detection. */
    public OptionalLong detectionUs() {
        return faults.stream().filter(FaultMetrics::detected).mapToLong(f -> f.detectionUs().getAsLong()).min();
    }

    /** The probe of the first detection ({@code detector.<id>} in the window's language, else its id), or "". */
    public String detectedBy() {
        return faults.stream().filter(FaultMetrics::detected).min(java.util.Comparator.comparingLong(FaultMetrics::detectedUs))
                .map(FaultMetrics::detectedBy).map(p -> org.phoenixlab.app.util.Messages.get("detector." + p, p)).orElse("");
    }

    /** First detection → every part repaired; empty until they all are. */
    public OptionalLong recoveryUs() {
        if (faults.stream().anyMatch(f -> f.recoveryUs().isEmpty())) {
            return OptionalLong.empty();
        }
        long detected = faults.stream().mapToLong(FaultMetrics::detectedUs).min().orElseThrow();
        return OptionalLong.of(faults.stream().mapToLong(FaultMetrics::repairedUs).max().orElseThrow() - detected);
    }

    /** The actuator at work when a repair has started and not every part is back, or "". */
    public String repairUnderWay() {
        return faults.stream().filter(f -> f.repairStartedUs() >= 0 && f.repairedUs() < 0).map(FaultMetrics::actuator)
                .findFirst().orElse("");
    }

    /** Fault → every part's service back; empty until then. */
    public OptionalLong downtimeUs() {
        if (faults.stream().anyMatch(f -> f.downtimeUs().isEmpty())) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(faults.stream().mapToLong(f -> f.downtimeUs().getAsLong()).max().orElseThrow());
    }

    /** What the fault interrupts, each once: the network, the storage, or neither. */
    public List<Interruption> interrupts() {
        return faults.stream().map(FaultMetrics::interrupts).filter(Interruption::io).distinct().toList();
    }

    /** Items lost on {@code path} (packets on the network, requests on the storage) so far. */
    public long lost(Interruption path) {
        return faults.stream().filter(f -> f.interrupts() == path).mapToLong(FaultMetrics::lostPackets).max().orElse(0);
    }

    /** The most packets the shadow driver held. */
    public long peakHeld() {
        return faults.stream().filter(f -> f.interrupts() == Interruption.NETWORK).mapToLong(FaultMetrics::peakBuffered).max().orElse(0);
    }
}
