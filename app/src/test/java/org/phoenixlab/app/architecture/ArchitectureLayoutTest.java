package org.phoenixlab.app.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.model.Topology;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 1 to 64 guests are laid out without overlap, each drawn whole with its rings or (beyond what fits) as a tile. */
@ExtendWith(ApplicationExtension.class)
class ArchitectureLayoutTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 200, 200));
        stage.show();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 17, 64})
    void guestsAndTheirRingsNeverOverlap(int guests, FxRobot robot) {
        ArchitectureView[] holder = new ArchitectureView[1];
        robot.interact(() -> holder[0] = new ArchitectureView(Topology.standard(guests, true), true, (id, kind) -> { }));
        List<Bounds> boxes = new ArrayList<>();
        int drawnWhole = 0;
        for (int n = 1; n <= guests; n++) {
            boolean whole = holder[0].nodes().containsKey(ComponentIds.netRing(n));
            drawnWhole += whole ? 1 : 0;
            List<String> ids = whole ? List.of(ComponentIds.guest(n), ComponentIds.netRing(n), ComponentIds.blkRing(n))
                    : List.of(ComponentIds.guest(n)); // a tile
            for (String id : ids) {
                ComponentNode node = holder[0].nodeFor(id);
                boxes.add(new BoundingBox(node.getLayoutX(), node.getLayoutY(), node.getPrefWidth(), node.getPrefHeight()));
            }
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Bounds a = boxes.get(i);
                Bounds b = boxes.get(j);
                boolean overlap = a.getMinX() < b.getMaxX() && b.getMinX() < a.getMaxX()
                        && a.getMinY() < b.getMaxY() && b.getMinY() < a.getMaxY();
                assertFalse(overlap, "boxes " + i + " and " + j + " overlap with " + guests + " guests");
            }
        }
        assertEquals(guests + 2 * drawnWhole, boxes.size());
        assertTrue(drawnWhole >= 1, "at least one guest is drawn whole");
    }
}
