package org.phoenixlab.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phoenixlab.app.compare.CompareWindow;
import org.phoenixlab.app.help.HelpWindow;
import org.phoenixlab.app.util.Messages;
import org.phoenixlab.engine.strategy.StrategyCatalog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The windows the main window opens, in French: Help (its four pages: the keys, the glossary, the paper, your
 * files) and Compare / What-if (both tabs, before anything is run). As for the main window, each is built in
 * English and in French and no text of the French one may be a text of the English one, apart from names and
 * figures: every label, text, tooltip, tab, table column, placeholder, prompt and chooser item is walked.
 */
@ExtendWith(ApplicationExtension.class)
class FrenchDialogsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH); // the other test classes of this JVM speak English
    }

    /** Proper names and names of the paper's systems, the same in French. */
    private static final Set<String> PROPER_NAMES = Set.of("Phoenix Lab", "Xoar", "TFD-Xen", "Phoenix", "Xen", "dom0", "domU",
            "NetBack / BlockBack", "NetFront / BlkFront", "XenStore", "Xoar, TFD-Xen", "unikernel", "moment", "CPU");

    private static boolean neutral(String s) {
        String name = s.replaceAll("[:\\s]+$", ""); // "Xoar: " beside its figures
        return PROPER_NAMES.contains(name) || StrategyCatalog.NAMES.contains(s) || !s.matches("(?s).*\\p{L}{2,}.*")
                || s.replace("Ctrl", "").matches("[^\\p{L}]*(\\p{L}[^\\p{L}]*)?") // keys: "Ctrl+S"
                || s.matches("[a-z_]+(/[a-z0-9-]+)*") // component ids: "net_uk/nic-driver"
                || s.matches("[\\d,.]+ (ms|s|\\u00b5s)"); // figures in units French writes the same way: "27 ms"
    }

    private interface Opener {
        Stage open(MainWindow w);
    }

    private Set<String> textsOf(FxRobot robot, Locale locale, Opener opener) {
        Set<String> out = new LinkedHashSet<>();
        robot.interact(() -> {
            Messages.use(locale);
            MainWindow window;
            try {
                window = TestWindows.show(stage);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            Stage s = opener.open(window);
            Parent root = s.getScene().getRoot();
            if (root instanceof TabPane tabs) { // every page laid out, so that its skin (headers, columns) is there
                for (Tab t : tabs.getTabs()) {
                    tabs.getSelectionModel().select(t);
                    root.applyCss();
                    root.layout();
                    walk(root, out);
                }
            }
            add(s.getTitle(), out);
            s.close();
            window.closing();
        });
        return out;
    }

    private static void walk(Node n, Set<String> out) {
        if (n instanceof Labeled l) {
            add(l.getText(), out);
        }
        if (n instanceof Text t) {
            add(t.getText(), out);
        }
        add(org.phoenixlab.app.util.Tips.text(n), out); // made, or waiting for the pointer
        if (n instanceof TextInputControl t) {
            add(t.getPromptText(), out);
        }
        if (n instanceof ComboBox<?> box) {
            choices(box.getItems(), box.getConverter(), out);
        }
        if (n instanceof javafx.scene.control.ChoiceBox<?> box) {
            choices(box.getItems(), box.getConverter(), out);
        }
        for (Object v : n.getProperties().values()) {
            if (v instanceof Tooltip t) {
                add(t.getText(), out);
            }
        }
        if (n instanceof TabPane tabs) {
            tabs.getTabs().forEach(t -> add(t.getText(), out));
        }
        if (n instanceof TableView<?> table) {
            table.getColumns().forEach(c -> column(c, out));
            if (table.getPlaceholder() != null) {
                walk(table.getPlaceholder(), out);
            }
        }
        if (n instanceof javafx.scene.chart.Chart chart) {
            add(chart.getTitle(), out);
        }
        if (n instanceof javafx.scene.chart.XYChart<?, ?> chart) {
            add(chart.getXAxis().getLabel(), out);
            add(chart.getYAxis().getLabel(), out);
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, out);
            }
        }
    }

    private static void column(TableColumnBase<?, ?> c, Set<String> out) {
        add(c.getText(), out);
        c.getColumns().forEach(child -> column(child, out));
    }

    /** A chooser's choices as it shows them. */
    @SuppressWarnings("unchecked")
    private static <T> void choices(List<T> items, javafx.util.StringConverter<?> converter, Set<String> out) {
        javafx.util.StringConverter<T> c = (javafx.util.StringConverter<T>) converter;
        for (T item : items) {
            add(c == null ? String.valueOf(item) : c.toString(item), out);
        }
    }

    private static void add(String s, Set<String> out) {
        if (s != null && !s.isBlank()) {
            out.add(s);
        }
    }

    private static List<String> englishLeft(Set<String> english, Set<String> french) {
        List<String> left = new ArrayList<>();
        for (String s : french) {
            if (english.contains(s) && !neutral(s)) {
                left.add(s);
            }
        }
        return left;
    }

    @Test
    void theHelpWindowSpeaksFrench(FxRobot robot) {
        Opener help = w -> {
            HelpWindow h = w.help(HelpWindow.Page.GLOSSARY);
            return h.stage();
        };
        Set<String> english = textsOf(robot, Locale.ENGLISH, help);
        Set<String> french = textsOf(robot, Locale.FRENCH, help);
        assertTrue(english.contains("Glossary") && english.contains("shadow driver") && english.contains("what it does")
                && english.stream().anyMatch(t -> t.startsWith("Phoenix Lab keeps its own files in "))
                && english.stream().anyMatch(t -> t.startsWith("The model follows:")), "every page is walked: " + english);
        assertTrue(french.contains("Glossaire") && french.contains("pilote fantôme") && french.contains("ce qu'elle fait"), french.toString());
        assertEquals(List.of(), englishLeft(english, french), "English words left in the French Help window");
    }

    @Test
    void theCompareAndWhatIfWindowSpeaksFrench(FxRobot robot) {
        Opener compare = w -> {
            CompareWindow c = w.openCompare();
            return c.stage();
        };
        Set<String> english = textsOf(robot, Locale.ENGLISH, compare);
        Set<String> french = textsOf(robot, Locale.FRENCH, compare);
        assertTrue(english.contains("Compare") && english.contains("What-if") && english.contains("detection (ms)")
                && english.contains("No comparison yet: choose a fault and press Run."), "both tabs are walked: " + english);
        assertTrue(french.contains("Comparer") && french.contains("Et si"), french.toString());
        assertEquals(List.of(), englishLeft(english, french), "English words left in the French Compare window");
    }
}
