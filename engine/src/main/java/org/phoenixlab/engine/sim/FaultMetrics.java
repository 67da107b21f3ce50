package org.phoenixlab.engine.sim;

import java.util.OptionalLong;

/**
 * What one fault cost: times in virtual microseconds since the start of the run, -1 when the
 * moment has not come (yet, or ever).
 *
 * @param lostPackets  packets lost between the fault and the restoration of traffic (so far, when
 *                     traffic has not come back)
 * @param peakBuffered the most packets the shadow driver held during the outage
 * @param interrupts   the I/O the fault stops while it lasts (what {@code lostPackets} counts)
 */
public record FaultMetrics(
        String target,
        String kind,
        String repairedUnit,
        long injectedUs,
        long detectedUs,
        String detectedBy,
        long repairStartedUs,
        String actuator,
        long repairedUs,
        long restoredUs,
        long lostPackets,
        long peakBuffered,
        Interruption interrupts) {

    public boolean detected() {
        return detectedUs >= 0;
    }

    /** Detected, repaired and traffic flowing again. */
    public boolean completed() {
        return repairedUs >= 0 && restoredUs >= 0;
    }

    /** Fault → detection. */
    public OptionalLong detectionUs() {
        return detectedUs < 0 ? OptionalLong.empty() : OptionalLong.of(detectedUs - injectedUs);
    }

    /** Detection → component repaired: the duration of the repair action. */
    public OptionalLong recoveryUs() {
        return repairedUs < 0 || detectedUs < 0 ? OptionalLong.empty() : OptionalLong.of(repairedUs - detectedUs);
    }

    /** Fault → packets flow again (delivered, not held). */
    public OptionalLong downtimeUs() {
        return restoredUs < 0 ? OptionalLong.empty() : OptionalLong.of(restoredUs - injectedUs);
    }
}
