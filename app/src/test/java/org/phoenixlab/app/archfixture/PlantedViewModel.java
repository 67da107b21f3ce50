package org.phoenixlab.app.archfixture;

import javafx.scene.control.Button;

/** Test fixture: a view model that holds a control and a view. Never used. */
public final class PlantedViewModel {
    private final Button button = new Button("press me");
    private PaneHoldingASimulation view;

    public Button button() {
        return button;
    }

    public PaneHoldingASimulation view() {
        return view;
    }
}
