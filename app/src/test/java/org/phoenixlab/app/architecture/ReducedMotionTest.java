package org.phoenixlab.app.architecture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phoenixlab.engine.sim.TrafficView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Reduce motion, as the packet layer draws it: the packets stand still while time runs; without it they move. */
@ExtendWith(ApplicationExtension.class)
class ReducedMotionTest {
    private final Pane root = new Pane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 400, 300));
        stage.show();
    }

    private static PacketLayer layer() {
        PacketLayer p = new PacketLayer(0);
        p.addPath(new PacketLayer.GuestPath(new PacketLayer.Segment(20, 20, 200, 20), new PacketLayer.Segment(200, 20, 200, 150),
                new PacketLayer.Segment(200, 150, 300, 250), 20, 20));
        p.build();
        return p;
    }

    private static int[] pixels(PacketLayer p) {
        SnapshotParameters sp = new SnapshotParameters();
        sp.setFill(Color.TRANSPARENT);
        WritableImage img = p.snapshot(sp, null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] out = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), out, 0, w);
        return out;
    }

    /** The two pictures of the layer 1.3 ms apart in virtual time. */
    private int[][] twoMoments(FxRobot robot, boolean still) {
        TrafficView flowing = new TrafficView(80_000, 80_000, 80_000, 0, 0, 0, 0, "nic", true);
        int[][] out = new int[2][];
        robot.interact(() -> {
            PacketLayer p = layer();
            p.still(still);
            root.getChildren().setAll(p);
            p.draw(1_000_000, flowing, false);
            out[0] = pixels(p);
            p.draw(1_001_300, flowing, false);
            out[1] = pixels(p);
        });
        return out;
    }

    @Test
    void underReducedMotionThePacketsStandStillAndOtherwiseTheyMove(FxRobot robot) {
        int[][] moving = twoMoments(robot, false);
        assertFalse(java.util.Arrays.equals(moving[0], moving[1]), "without reduced motion the dots move along the path");
        int[][] still = twoMoments(robot, true);
        assertArrayEquals(still[0], still[1], "under reduced motion the same picture at both moments");
        assertTrue(java.util.Arrays.stream(still[0]).anyMatch(argb -> (argb >>> 24) != 0), "and the packets are drawn all the same");
    }
}
