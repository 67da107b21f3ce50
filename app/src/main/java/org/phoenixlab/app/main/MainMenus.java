package org.phoenixlab.app.main;

import static org.phoenixlab.app.main.ActionId.*;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.phoenixlab.app.session.FilesViewModel;
import org.phoenixlab.app.util.ActionControls;

/** The menu bar, made from the window's actions: File (with Open recent and Export), View, Playback, Help. */
final class MainMenus {
    private MainMenus() {
    }

    static MenuBar build(AppActions a, FilesViewModel files) {
        Menu recent = new Menu("Open recent");
        fillRecent(recent, files);
        files.recentFiles().addListener((ListChangeListener<String>) c -> fillRecent(recent, files));
        Menu export = new Menu("Export", null, item(a, EXPORT_ARCHITECTURE), item(a, EXPORT_CHART), item(a, EXPORT_METRICS),
                item(a, EXPORT_THROUGHPUT), item(a, EXPORT_TRACE), item(a, EXPORT_ANIMATION));
        Menu file = new Menu("_File", null, item(a, NEW_SESSION), item(a, OPEN_SCENARIO), recent, new SeparatorMenuItem(),
                item(a, SAVE), item(a, SAVE_AS), item(a, SAVE_SCENARIO), new SeparatorMenuItem(), item(a, REPLAY),
                new SeparatorMenuItem(), item(a, OPEN_LESSON), item(a, EXPORT_LESSON_PACK), new SeparatorMenuItem(), export, new SeparatorMenuItem(), item(a, QUIT));
        Menu view = new Menu("_View", null, ActionControls.checkMenuItem(a.get(DARK_THEME)), new SeparatorMenuItem(),
                item(a, ZOOM_IN), item(a, ZOOM_OUT), item(a, ACTUAL_SIZE), item(a, FIT_ALL), item(a, FIT_WIDTH),
                new SeparatorMenuItem(), item(a, SHOW_IO_PATH), ActionControls.checkMenuItem(a.get(LEGEND)), item(a, LESSONS), item(a, COMPARE));
        Menu playback = new Menu("_Playback", null, item(a, PLAY), new SeparatorMenuItem(), item(a, STEP_FORWARD), item(a, STEP_BACK),
                item(a, STEP_EVENT_FORWARD), item(a, STEP_EVENT_BACK), new SeparatorMenuItem(),
                ActionControls.checkMenuItem(a.get(AUTO_PAUSE)), item(a, RESTART));
        Menu help = new Menu("_Help", null, item(a, GETTING_STARTED), item(a, HELP_SHORTCUTS), item(a, HELP_GLOSSARY),
                item(a, HELP_PAPER), item(a, HELP_FILES), new SeparatorMenuItem(), item(a, ABOUT));
        return new MenuBar(file, view, playback, help);
    }

    private static MenuItem item(AppActions a, ActionId id) {
        return ActionControls.menuItem(a.get(id));
    }

    private static void fillRecent(Menu recent, FilesViewModel files) {
        recent.getItems().clear();
        for (String f : files.recentFiles()) {
            MenuItem m = new MenuItem(f);
            m.setMnemonicParsing(false);
            m.setOnAction(e -> files.openRecent(f));
            recent.getItems().add(m);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }
}
