package org.phoenixlab.app.main;

import static org.phoenixlab.app.main.ActionId.*;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.phoenixlab.app.session.FilesViewModel;
import org.phoenixlab.app.util.ActionControls;
import org.phoenixlab.app.util.Messages;

/** The menu bar, made from the window's actions: File (with Open recent and Export), View, Playback, Help. */
final class MainMenus {
    private MainMenus() {
    }

    static MenuBar build(AppActions a, FilesViewModel files) {
        return build(a, files, null);
    }

    /** The menu bar, with {@code language} (View > Language) at the end of the View menu when not null. */
    static MenuBar build(AppActions a, FilesViewModel files, Menu language) {
        Menu recent = new Menu(Messages.get("menu.openRecent"));
        fillRecent(recent, files);
        files.recentFiles().addListener((ListChangeListener<String>) c -> fillRecent(recent, files));
        Menu export = new Menu(Messages.get("menu.export"), null, item(a, EXPORT_ARCHITECTURE), item(a, EXPORT_CHART), item(a, EXPORT_METRICS),
                item(a, EXPORT_THROUGHPUT), item(a, EXPORT_TRACE), item(a, EXPORT_ANIMATION));
        Menu file = new Menu(Messages.get("menu.file"), null, item(a, NEW_SESSION), item(a, OPEN_SCENARIO), recent, new SeparatorMenuItem(),
                item(a, SAVE), item(a, SAVE_AS), item(a, SAVE_SCENARIO), new SeparatorMenuItem(), item(a, REPLAY),
                new SeparatorMenuItem(), item(a, OPEN_LESSON), item(a, EXPORT_LESSON_PACK), new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), item(a, QUIT));
        Menu view = new Menu(Messages.get("menu.view"), null, ActionControls.checkMenuItem(a.get(DARK_THEME)), ActionControls.checkMenuItem(a.get(HIGH_CONTRAST)),
                new Menu(Messages.get("menu.textSize"), null, item(a, LARGER_TEXT), item(a, SMALLER_TEXT), item(a, NORMAL_TEXT)),
                ActionControls.checkMenuItem(a.get(REDUCED_MOTION)), new SeparatorMenuItem(),
                item(a, ZOOM_IN), item(a, ZOOM_OUT), item(a, ACTUAL_SIZE), item(a, FIT_ALL), item(a, FIT_WIDTH),
                new SeparatorMenuItem(), item(a, SHOW_IO_PATH), ActionControls.checkMenuItem(a.get(LEGEND)), item(a, LESSONS), item(a, COMPARE));
        Menu playback = new Menu(Messages.get("menu.playback"), null, item(a, PLAY), new SeparatorMenuItem(), item(a, STEP_FORWARD), item(a, STEP_BACK),
                item(a, STEP_EVENT_FORWARD), item(a, STEP_EVENT_BACK), new SeparatorMenuItem(),
                ActionControls.checkMenuItem(a.get(AUTO_PAUSE)), item(a, RESTART));
        Menu help = new Menu(Messages.get("menu.help"), null, item(a, GETTING_STARTED), item(a, HELP_SHORTCUTS), item(a, SHORTCUT_OVERLAY), item(a, HELP_GLOSSARY),
                item(a, HELP_PAPER), item(a, HELP_FILES), new SeparatorMenuItem(), item(a, ABOUT));
        if (language != null) {
            view.getItems().addAll(new SeparatorMenuItem(), language);
        }
        return new MenuBar(file, view, playback, help);
    }

    /**
     * View > Language: the languages the window speaks, the chosen one checked; a choice is remembered and
     * takes effect at the next start (said in a message), since every word is read as the window is built.
     */
    static Menu languageMenu(java.util.prefs.Preferences prefs, org.phoenixlab.app.util.DialogService dialogs) {
        Menu menu = new Menu(Messages.get("menu.language"));
        menu.setId("menu-language");
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (java.util.Locale l : Messages.LANGUAGES) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(Messages.get("language." + l.getLanguage()));
            item.setId("language-" + l.getLanguage());
            item.setToggleGroup(group);
            item.setSelected(l.equals(Messages.locale()));
            item.setOnAction(e -> {
                prefs.put(Messages.LANGUAGE_KEY, l.toLanguageTag());
                dialogs.inform(Messages.get("language.later.title"), Messages.format("language.later.text", item.getText()));
            });
            menu.getItems().add(item);
        }
        return menu;
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
