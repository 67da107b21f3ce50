package org.phoenixlab.app.archfixture;

import javafx.scene.layout.Pane;
import org.phoenixlab.engine.sim.Simulation;

/** Test fixture: a view that reaches into the engine instead of reading its snapshots. Never used. */
public final class PaneHoldingASimulation extends Pane {
    private Simulation simulation;

    public long now() {
        return simulation.nowUs();
    }
}
