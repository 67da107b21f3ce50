package org.phoenixlab.app.compare;

import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.phoenixlab.app.prefs.Themes;
import org.phoenixlab.app.util.FxDialogService;
import org.phoenixlab.app.util.SecondaryWindows;
import org.phoenixlab.app.util.TaskExecutor;

/** A window of its own for comparing strategies (Compare) and exploring inputs (What-if); Escape or Ctrl+W closes it. */
public final class CompareWindow {
    private final Stage stage = new Stage();
    private final ComparePane compare;
    private final WhatIfPane whatIf;
    private final TabPane tabs = new TabPane();

    /** Owned by {@code owner}; its theme follows {@code themes}; its runs go to {@code executor}. */
    public CompareWindow(Window owner, Themes themes, TaskExecutor executor) {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        compare = new ComparePane(new CompareViewModel(executor), dialogs);
        whatIf = new WhatIfPane(new WhatIfViewModel(executor), dialogs);
        Tab c = new Tab("Compare", compare);
        Tab w = new Tab("What-if", whatIf);
        c.setClosable(false);
        w.setClosable(false);
        tabs.getTabs().addAll(c, w);
        Scene scene = new Scene(tabs, 1280, 900);
        themes.adopt(scene);
        stage.setScene(scene);
        stage.setTitle("Phoenix Lab \u2014 compare and explore");
        if (owner != null) {
            stage.initOwner(owner);
        }
        SecondaryWindows.closeWithKeys(stage);
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
