package org.phoenixlab.app.compare;

import org.phoenixlab.app.util.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.phoenixlab.app.prefs.Themes;
import org.phoenixlab.app.util.FxDialogService;
import org.phoenixlab.app.util.SecondaryWindows;
import org.phoenixlab.app.util.TaskExecutor;
import org.phoenixlab.assets.Assets;

/** A window of its own for comparing strategies (Compare) and exploring inputs (What-if); Escape or Ctrl+W closes it. */
public final class CompareWindow {
    /** The window's size on a screen with room for it. */
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 900;

    private final Stage stage = new Stage();
    private final ComparePane compare;
    private final WhatIfPane whatIf;
    private final TabPane tabs = new TabPane();

    /** Owned by {@code owner}; its theme follows {@code themes}; its runs go to {@code executor}. */
    public CompareWindow(Window owner, Themes themes, TaskExecutor executor) {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        compare = new ComparePane(new CompareViewModel(executor), dialogs);
        whatIf = new WhatIfPane(new WhatIfViewModel(executor), dialogs);
        Tab c = new Tab(Messages.get("compare.tab"), compare);
        Tab w = new Tab(Messages.get("whatif.tab"), whatIf);
        c.setClosable(false);
        w.setClosable(false);
        tabs.getTabs().addAll(c, w);
        tabs.getStylesheets().add(Assets.resource("compare.css"));
        whatIf.viewModel().compareSeedsProperty().bind(Bindings.createIntegerBinding(
                () -> compare.viewModel().runsProperty().get(), compare.viewModel().runsProperty()));
        // 1280 x 900, or the screen's room when it is smaller (a 1280 x 720 display)
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(tabs, Math.min(DEFAULT_WIDTH, screen.getWidth()), Math.min(DEFAULT_HEIGHT, screen.getHeight() - 40));
        themes.adopt(scene);
        stage.setScene(scene);
        stage.setTitle(Messages.get("compare.title"));
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
