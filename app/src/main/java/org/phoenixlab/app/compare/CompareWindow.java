package org.phoenixlab.app.compare;

import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A window of its own for comparing strategies (Compare) and exploring inputs (What-if). */
public final class CompareWindow {
    private final Stage stage = new Stage();
    private final ComparePane compare = new ComparePane();
    private final WhatIfPane whatIf = new WhatIfPane();
    private final TabPane tabs = new TabPane();

    public CompareWindow(Window owner, java.util.List<String> stylesheets) {
        Tab c = new Tab("Compare", compare);
        Tab w = new Tab("What-if", whatIf);
        c.setClosable(false);
        w.setClosable(false);
        tabs.getTabs().addAll(c, w);
        Scene scene = new Scene(tabs, 1280, 900);
        scene.getStylesheets().setAll(stylesheets);
        stage.setScene(scene);
        stage.setTitle("Phoenix Lab \u2014 compare and explore");
        stage.initOwner(owner);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public ComparePane compare() {
        return compare;
    }

    public WhatIfPane whatIf() {
        return whatIf;
    }

    public TabPane tabs() {
        return tabs;
    }
}
