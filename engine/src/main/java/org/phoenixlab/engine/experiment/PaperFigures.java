package org.phoenixlab.engine.experiment;

import java.util.Map;
import java.util.Optional;

/**
 * The paper's Table 2 (NIC-driver crash during a network benchmark), kept only to compare our
 * figures with: none of these numbers is an input of the model.
 */
public final class PaperFigures {
    /** One row: detection in ms, recovery in s, lost packets; empty for vanilla Xen. */
    public record Row(double detectionMs, double recoveryS, long lostPackets) {
    }

    private static final Map<String, Row> TABLE_2 = Map.of(
            "phoenix-fine", new Row(27.27, 4.7, 0),
            "phoenix-coarse", new Row(98.2, 6.9, 425_866),
            "tfd-xen", new Row(102.1, 0.8, 2_379),
            "xoar", new Row(52_000, 6.9, 1_870_921));

    private PaperFigures() {
    }

    public static Optional<Row> nicDriverCrash(String strategy) {
        return Optional.ofNullable(TABLE_2.get(strategy));
    }
}
