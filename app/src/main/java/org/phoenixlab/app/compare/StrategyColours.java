package org.phoenixlab.app.compare;

import java.util.List;
import javafx.scene.paint.Color;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/**
 * One colour per strategy, the same in every chart of the Compare window (bars, lines, keys), in the
 * catalog's order. The colours are told apart by people with the common colour-vision deficiencies
 * (after Okabe and Ito's palette, a little darker so that they read on the light and the dark theme),
 * and no chart relies on colour alone: every bar and line also carries the strategy's name.
 */
public final class StrategyColours {
    private static final List<String> PALETTE = List.of("#1f77d0", "#e08a00", "#149a72", "#b5529b", "#7d8590");
    /** The fault marker on the throughput chart: red and dashed, a colour no strategy has. */
    public static final String FAULT = "#d32f2f";
    /** The dash pattern of the fault marker, as a CSS length list. */
    public static final String FAULT_DASH = "6 4";

    private StrategyColours() {
    }

    /** The colour of {@code strategy} as CSS ("#1f77d0"); grey for a name outside the catalog. */
    public static String web(String strategy) {
        int i = StrategyCatalog.NAMES.indexOf(strategy);
        return i < 0 ? "#7d8590" : PALETTE.get(i % PALETTE.size());
    }

    public static Color of(String strategy) {
        return Color.web(web(strategy));
    }
}
