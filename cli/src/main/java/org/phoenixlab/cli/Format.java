package org.phoenixlab.cli;

import java.util.Locale;
import org.phoenixlab.engine.sim.FaultMetrics;

/** Numbers and outcomes in words for the human-readable output. */
final class Format {
    private Format() {
    }

    static String duration(long us) {
        if (us >= 1_000_000) {
            return String.format(Locale.ROOT, "%.3f s", us / 1e6);
        }
        return String.format(Locale.ROOT, "%.3f ms", us / 1e3);
    }

    static String outcome(FaultMetrics f) {
        String items = f.interrupts().items();
        boolean io = f.interrupts().io();
        if (!f.detected()) {
            return io ? "never detected; " + String.format(Locale.ROOT, "%,d", f.lostPackets()) + " " + items + " lost so far"
                    : "never detected";
        }
        StringBuilder sb = new StringBuilder();
        sb.append("detected by ").append(f.detectedBy()).append(" after ").append(duration(f.detectionUs().getAsLong()));
        if (f.recoveryUs().isPresent()) {
            sb.append(", repaired by ").append(f.actuator()).append(" in ").append(duration(f.recoveryUs().getAsLong()));
        } else {
            sb.append(", not repaired");
        }
        if (io) {
            sb.append(String.format(Locale.ROOT, ", %,d %s lost", f.lostPackets(), items));
        }
        if (f.peakBuffered() > 0) {
            sb.append(String.format(Locale.ROOT, ", up to %,d held by the shadow driver", f.peakBuffered()));
        }
        return sb.toString();
    }
}
