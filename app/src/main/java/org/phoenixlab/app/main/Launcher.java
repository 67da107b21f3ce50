package org.phoenixlab.app.main;

import javafx.application.Application;

/** Plain main class: starts JavaFX even when its modules are on the class path. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(PhoenixLabApp.class, args);
    }
}
