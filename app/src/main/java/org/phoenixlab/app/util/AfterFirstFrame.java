package org.phoenixlab.app.util;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Work that need not delay a scene's first frame: run once, just after the scene's first pulse (its frame has
 * been handed to the renderer), on the JavaFX thread.
 */
public final class AfterFirstFrame {
    private AfterFirstFrame() {
    }

    /** Runs {@code r} once, just after the next pulse of {@code scene} (its first, for a scene not shown yet). */
    public static void run(Scene scene, Runnable r) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(r);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Runs {@code r} once, just after the first pulse of the scene {@code node} is put in (now, if it is in one). */
    public static void run(Node node, Runnable r) {
        if (node.getScene() != null) {
            run(node.getScene(), r);
            return;
        }
        javafx.beans.value.ChangeListener<Scene>[] once = new javafx.beans.value.ChangeListener[1];
        once[0] = (o, was, scene) -> {
            if (scene != null) {
                node.sceneProperty().removeListener(once[0]);
                run(scene, r);
            }
        };
        node.sceneProperty().addListener(once[0]);
    }
}
