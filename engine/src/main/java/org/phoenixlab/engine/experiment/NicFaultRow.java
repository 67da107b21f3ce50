package org.phoenixlab.engine.experiment;

import java.util.Optional;

/**
 * Our figures for one strategy under the NIC-driver crash, averaged over {@code runs} seeds, beside
 * the paper's. Means are null when no run completed.
 */
public record NicFaultRow(
        String strategy,
        String title,
        int runs,
        int completedRuns,
        Double detectionMs,
        Double detectionMinMs,
        Double detectionMaxMs,
        Double recoveryS,
        Double lostPackets,
        Double peakBufferedPackets,
        Optional<PaperFigures.Row> paper) {

    public boolean completed() {
        return completedRuns == runs;
    }

    /** ours / paper, or null when either side has no figure or the paper's is zero. */
    public static Double ratio(Double ours, double paper) {
        if (ours == null || paper == 0) {
            return null;
        }
        return ours / paper;
    }
}
