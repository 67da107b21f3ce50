package org.phoenixlab.app.help;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.phoenixlab.app.prefs.Themes;
import org.phoenixlab.app.util.AppAction;
import org.phoenixlab.app.util.Messages;
import org.phoenixlab.app.util.SecondaryWindows;

/**
 * Help in a window of its own: every keyboard shortcut (read from the window's declared actions, so
 * it is never out of date), the glossary, the paper behind the model, and where the program keeps
 * its files. Escape or Ctrl+W closes it.
 */
public final class HelpWindow {
    /** Its pages. */
    public enum Page {
        SHORTCUTS("Keyboard shortcuts"), GLOSSARY("Glossary"), PAPER("The paper"), FILES("Your files");

        private final String title;

        Page(String title) {
            this.title = title;
        }

        /** The page's title in the window's language ({@code help.page.<name>}). */
        public String title() {
            return Messages.get("help.page." + name(), title);
        }
    }

    /** One shortcut: the key and what it does. */
    public record Shortcut(String keys, String does) {
    }

    private final Stage stage = new Stage();
    private final TabPane tabs = new TabPane();
    private final List<Shortcut> shortcuts;

    /**
     * Owned by {@code owner}, themed by {@code themes}; {@code actions} are the window's, {@code home} its
     * folder, {@code preferences} where its settings are kept, {@code autosave} the autosaved session.
     */
    public HelpWindow(Window owner, Themes themes, Collection<AppAction> actions, Path home, String preferences, Path autosave) {
        shortcuts = shortcuts(actions);
        TableView<Shortcut> keys = new TableView<>();
        keys.setId("help-shortcuts-table");
        TableColumn<Shortcut, String> k = new TableColumn<>(Messages.get("help.column.key"));
        k.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().keys()));
        k.setPrefWidth(180);
        TableColumn<Shortcut, String> d = new TableColumn<>(Messages.get("help.column.does"));
        d.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().does()));
        d.setPrefWidth(520);
        d.setCellFactory(c -> new WrappingCell<>(d)); // a long description goes on a second line, never ends in "…"
        keys.getColumns().add(k);
        keys.getColumns().add(d);
        keys.getItems().setAll(shortcuts);
        keys.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        VBox glossary = new VBox(10);
        glossary.setPadding(new Insets(12));
        for (HelpContent.Term t : HelpContent.glossary()) {
            Label word = new Label(t.word());
            word.getStyleClass().add("help-term");
            Label meaning = new Label(t.meaning());
            meaning.setWrapText(true);
            glossary.getChildren().add(new VBox(2, word, meaning));
        }
        ScrollPane glossaryScroll = new ScrollPane(glossary);
        glossaryScroll.setFitToWidth(true);
        glossaryScroll.setId("help-glossary");
        tabs.getTabs().addAll(tab(Page.SHORTCUTS, keys), tab(Page.GLOSSARY, glossaryScroll), tab(Page.PAPER, text(Messages.get("help.paper", HelpContent.PAPER))),
                tab(Page.FILES, text(files(home, preferences, autosave))));
        Scene scene = new Scene(tabs, 760, 560);
        themes.adopt(scene);
        stage.setScene(scene);
        stage.setTitle(Messages.get("help.title"));
        if (owner != null) {
            stage.initOwner(owner);
        }
        SecondaryWindows.closeWithKeys(stage);
    }

    private static Tab tab(Page p, javafx.scene.Node content) {
        Tab t = new Tab(p.title(), content);
        t.setClosable(false);
        return t;
    }

    private static ScrollPane text(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setPadding(new Insets(12));
        ScrollPane sp = new ScrollPane(l);
        sp.setFitToWidth(true);
        return sp;
    }

    /** Where the program keeps what it writes. */
    static String files(Path home, String preferences, Path autosave) {
        if (!Messages.get("help.files").isEmpty()) {
            return Messages.format("help.files", home.toString(), autosave.getFileName().toString(), preferences);
        }
        return "Phoenix Lab keeps its own files in " + home + ":\n\n"
                + "\u2022 " + autosave.getFileName() + ": your current session, written after every click, so that a crash or a kill "
                + "loses nothing; the next start offers it back. A normal exit deletes it.\n"
                + "\u2022 logs/phoenix-lab.log: what went wrong, if something did (attach it to a bug report).\n"
                + "\u2022 lessons/: your own lessons (*.lesson.json, with their scenarios beside them) and the lesson packs you "
                + "opened (one folder each), listed in the Lessons panel after the shipped ones (File > Open lesson\u2026).\n\n"
                + "Your settings (theme, window size and place, recent files, finished lessons and quiz scores, whether this "
                + "card was shown) are in the Java preferences under " + preferences + ".\n\n"
                + "Recordings (*.recording.json) and scenarios (*.scenario.json) go wherever you save them (File menu); "
                + "exports (pictures, CSV, the trace) too. Every save is atomic: a temporary file, then a move.";
    }

    /** A key as the user's language names it ("Shift+Right" is "Maj+Droite" in French). */
    static String keyNames(String keys) {
        StringBuilder out = new StringBuilder();
        for (String part : keys.split("\\+")) {
            out.append(out.length() == 0 ? "" : "+").append(Messages.get("key." + part, part));
        }
        return out.toString();
    }

    /** Every action with a key, as "key: what it does". */
    public static List<Shortcut> shortcuts(Collection<AppAction> actions) {
        List<Shortcut> out = new ArrayList<>();
        for (AppAction a : actions) {
            if (a.keys() != null) {
                out.add(new Shortcut(keyNames(a.keys().replace("Shortcut+", "Ctrl+").replace("EQUALS", "=").replace("MINUS", "-")
                        .replace("DIGIT", "")), a.tooltip() != null ? a.tooltip() : a.text()));
            }
        }
        out.add(new Shortcut(Messages.get("keys.0.key"), Messages.get("keys.0.does")));
        out.add(new Shortcut(Messages.get("keys.1.key"), Messages.get("keys.1.does")));
        out.add(new Shortcut(Messages.get("keys.2.key"), Messages.get("keys.2.does")));
        out.add(new Shortcut(Messages.get("keys.3.key"), Messages.get("keys.3.does")));
        out.add(new Shortcut(Messages.get("keys.4.key"), Messages.get("keys.4.does")));
        out.add(new Shortcut(Messages.get("keys.5.key"), Messages.get("keys.5.does")));
        out.add(new Shortcut(Messages.get("keys.6.key"), Messages.get("keys.6.does")));
        out.add(new Shortcut(Messages.get("keys.7.key"), Messages.get("keys.7.does")));
        return out;
    }

    public void show(Page page) {
        tabs.getSelectionModel().select(page.ordinal());
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public List<Shortcut> shortcuts() {
        return shortcuts;
    }

    public TabPane tabs() {
        return tabs;
    }

    /** A table cell whose text wraps to its column's width, in the cell's own text colour (every theme). */
    static final class WrappingCell<S> extends javafx.scene.control.TableCell<S, String> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        WrappingCell(TableColumn<S, String> column) {
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
            text.fillProperty().bind(textFillProperty());
            text.fontProperty().bind(fontProperty());
            setPrefHeight(USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setText(empty ? null : item); // still the cell's text, for a screen reader; the wrapped copy is what shows
            setGraphic(empty ? null : text);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        String shown() {
            return text.getText();
        }

        javafx.scene.text.Text textNode() {
            return text;
        }
    }
}
