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
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phoenixlab.app.architecture.ArchitectureView;
import org.phoenixlab.app.architecture.Legend;
import org.phoenixlab.app.panels.inspector.InspectorPane;
import org.phoenixlab.app.panels.metrics.MetricsPane;
import org.phoenixlab.app.prefs.Settings;
import org.phoenixlab.app.util.Messages;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.strategy.StrategyCatalog;
import org.phoenixlab.lessons.Lesson;
import org.phoenixlab.lessons.LessonStep;
import org.phoenixlab.lessons.StepEnd;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The main window in French: every word of its frame (menus and their items, the toolbar and its tooltips,
 * the panels' tabs, the event log's bar and columns, the timeline, the status line, the caption's fixed words),
 * of its panels with something in them (the legend shown, the Inspector on NetBack, the Metrics of a NIC
 * driver crash, the lessons' list and a lesson started), of the drawing (bands, frames, component names,
 * states, details and counters, tooltips: after the crash, then every design's drawing and 64 guests as
 * tiles) and of the menus (every component's faults and a guest's operations, the toolbar's inject menu)
 * comes from the French bundle. The check: the same window is built in English and in French, and no text of
 * the French one is a text of the English one, apart from an explicit list of proper names, ids and figures.
 * Left out here, explicitly: the event log's rows and the caption's sentences (the engine's phrases, which
 * FrenchSentencesTest and PhraseFrenchTest check), the Inspector's title (a component's name and id), and what
 * the lessons say (their titles, goals, steps, questions and choices, in English for now).
 */
@ExtendWith(ApplicationExtension.class)
class FrenchWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH); // the other test classes of this JVM speak English
    }

    /** The texts of the window's frame, shown in {@code locale}. */
    private Set<String> textsOfTheWindowIn(FxRobot robot, Locale locale) {
        Set<String> out = new LinkedHashSet<>();
        robot.interact(() -> {
            try {
                Settings.preferences().clear();
            } catch (java.util.prefs.BackingStoreException e) {
                throw new IllegalStateException(e);
            }
            Messages.use(locale);
            MainWindow window = new MainWindow();
            Scene scene = new Scene(window, 1400, 900);
            stage.setScene(scene);
            stage.show();
            window.applyCss();
            window.layout();
            walk(window, out);
            MenuBar bar = (MenuBar) ((Parent) window.getTop()).getChildrenUnmodifiable().get(0);
            for (Menu m : bar.getMenus()) {
                menu(m, out);
            }
            window.toggleKeyOverlay(); // the overlay's fixed words (its rows are the actions')
            ShortcutOverlay overlay = window.keyOverlay().orElseThrow();
            overlay.applyCss(); // its scroll pane's content is walked once the pane has its skin
            overlay.layout();
            walk(overlay, out);
            window.toggleKeyOverlay();
            // The panels with something in them: the legend, NetBack in the Inspector, a crash in Metrics.
            window.legendButton().setSelected(true);
            window.advance(1_000_000);
            window.inject("net_uk/nic-driver", FaultKind.CRASH);
            window.advance(1_500_000); // detected, the driver being reloaded
            settle(window);
            // The drawing after the crash: bands, frames, titles, states, details, counters, tooltips.
            walkDrawing(window.architecture(), out);
            // Every component's fault menu (and a guest's operations), and the toolbar's inject menu on the driver.
            for (ComponentSpec c : window.viewModel().topology().components()) {
                if (window.architecture().drawn(c.id())) {
                    window.architecture().menuOf(c.id()).ifPresent(m -> m.getItems().forEach(i -> menu(i, out)));
                }
            }
            window.viewModel().select("net_uk/nic-driver");
            window.injectButton().show();
            window.injectButton().getItems().forEach(i -> menu(i, out));
            add(window.injectButton().getText(), out);
            add(org.phoenixlab.app.util.Tips.text(window.injectButton()), out);
            window.injectButton().hide();
            window.viewModel().select("net_uk/netback");
            window.selectPanel(1);
            settle(window);
            inspectorTitles.add(window.inspector().title());
            walkPanel(window.inspector(), out);
            window.selectPanel(2);
            settle(window);
            walkPanel(window.metrics(), out);
            walkPanel(window.legend(), out);
            window.closing();
            // The lessons, in a window of their own (no work of the student's to lose): the list, then a lesson.
            MainWindow lessons = new MainWindow();
            stage.setScene(new Scene(lessons, 1400, 900));
            lessons.lessonsButton().setSelected(true);
            settle(lessons);
            walkPanel(lessons.lessons(), out);
            shownLessons = lessons.lessons().lessons();
            Lesson first = shownLessons.get(0);
            lessons.lessons().start(first);
            settle(lessons);
            assertTrue(lessons.lessons().inLesson(), "the lesson started");
            walkPanel(lessons.lessons(), out);
            lessons.closing();
            // Every design's drawing, each in a window of its own, and the drawing of 64 guests as tiles.
            List<String> designs = new ArrayList<>(StrategyCatalog.NAMES);
            designs.add("64 guests");
            for (String strategy : designs) {
                MainWindow design = strategy.equals("64 guests") ? new MainWindow(64) : new MainWindow();
                stage.setScene(new Scene(design, 1400, 900));
                if (!strategy.equals("64 guests")) {
                    design.viewModel().strategyProperty().set(strategy);
                }
                design.advance(100_000);
                settle(design);
                walkDrawing(design.architecture(), out);
                design.closing();
            }
        });
        return out;
    }

    /** Texts the Inspector showed as its title (a component's name and id: the engine's words). */
    private final Set<String> inspectorTitles = new LinkedHashSet<>();
    /** The lessons the panel lists. */
    private List<Lesson> shownLessons = List.of();

    private static void settle(MainWindow w) {
        w.applyCss();
        w.layout();
    }

    /** What the lessons say, in English for now: titles, goals, steps, questions, choices. */
    private static Set<String> lessonWords(List<Lesson> lessons) {
        Set<String> out = new LinkedHashSet<>();
        for (Lesson l : lessons) {
            out.add(l.title());
            out.add(String.join(" \u00B7 ", l.goals()));
            for (int i = 0; i < lessons.size(); i++) {
                out.add((i + 1) + ". " + l.title()); // the list's numbered names
            }
            for (LessonStep step : l.steps()) {
                out.add(step.text());
                if (step.until() instanceof StepEnd.Quiz q) {
                    out.add(q.question());
                    q.choices().forEach(c -> out.add(c.text()));
                }
            }
        }
        return out;
    }

    /** A panel's texts, its list cells included (the lessons' list), nothing skipped. */
    private static void walkPanel(Node n, Set<String> out) {
        collect(n, out);
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walkPanel(child, out);
            }
        }
    }

    /** The drawing's words: every label and text, and the tooltips of its boxes and frames. */
    private static void walkDrawing(Node n, Set<String> out) {
        collect(n, out);
        if (n instanceof Text t) {
            add(t.getText(), out);
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walkDrawing(child, out);
            }
        }
    }

    private static void menu(MenuItem item, Set<String> out) {
        add(item.getText(), out);
        if (item instanceof Menu m) {
            for (MenuItem child : m.getItems()) {
                menu(child, out);
            }
        }
    }

    private static void walk(Node n, Set<String> out) {
        if (n instanceof ArchitectureView || n instanceof Legend || n instanceof MetricsPane || n instanceof InspectorPane
                || n instanceof javafx.scene.control.IndexedCell<?>) {
            return; // the drawing, the figures and the rows of tables: the engine's words and the run's figures
        }
        collect(n, out);
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, out);
            }
        }
    }

    /** The texts of one node: its label, its tooltip, its tabs' names. */
    private static void collect(Node n, Set<String> out) {
        if (n instanceof Labeled l) {
            add(l.getText(), out);
        }
        add(org.phoenixlab.app.util.Tips.text(n), out); // made, or waiting for the pointer
        for (Object v : n.getProperties().values()) {
            if (v instanceof Tooltip t) {
                add(t.getText(), out); // installed on a node that is not a control (the caption)
            }
        }
        if (n instanceof org.phoenixlab.app.architecture.ComponentNode c) {
            add(c.tooltipText(), out); // its tooltip is made when the pointer first comes over it
        }
        if (n instanceof TabPane tabs) {
            for (Tab t : tabs.getTabs()) {
                add(t.getText(), out);
            }
        }
    }

    private static void add(String s, Set<String> out) {
        if (s != null && !s.isBlank()) {
            out.add(s);
        }
    }

    /**
     * Proper names, the same in French: the components' and designs' own names (the words of the paper and of
     * Xen), and the abbreviations French shares: "coord. 2" (a coordinator in a small box), "Net" and "Blk" (NetFront
     * and BlkFront in a small box).
     */
    private static final Set<String> PROPER_NAMES = Set.of("net_uk", "disk_uk", "tool_uk", "dom0", "NetBack", "BlockBack",
            "NetFront", "BlkFront", "XenStore", "XenStore-State", "XenStore-Logic", "xenstored", "UKmonitor", "Nova", "Net", "Blk");

    /** Names and figures, the same in every language. */
    private static boolean neutral(String s) {
        return PROPER_NAMES.contains(s) || s.matches("coord\\. \\d") || !s.matches("(?s).*\\p{L}{2,}.*") || s.replace("Ctrl", "").replaceAll("F\\d+", "").matches("[^\\p{L}]*(\\p{L}[^\\p{L}]*)?")
                || s.startsWith("t = ") || s.equals("Phoenix Lab") || s.equals("English")
                || s.equals("Français") || StrategyCatalog.NAMES.contains(s) || s.matches("\\d+(,\\d+)?x");
    }

    @Test
    void noEnglishWordIsLeftInTheFrameOfTheWindowInFrench(FxRobot robot) {
        Set<String> english = textsOfTheWindowIn(robot, Locale.ENGLISH);
        Set<String> french = textsOfTheWindowIn(robot, Locale.FRENCH);
        assertTrue(english.size() > 60, "the walk sees the window's words: " + english.size());
        assertTrue(english.contains("Strategy") && english.contains("_File") && english.contains("Events"), english.toString());
        assertTrue(english.contains("Move to the nearest component in that direction"), "the key overlay's rows are walked");
        assertTrue(english.contains("Select an event to read why it happened."), "the event log's hint is walked");
        assertTrue(french.contains("Stratégie") && french.contains("_Fichier") && french.contains("Événements"), french.toString());
        assertTrue(english.contains("Legend") && english.contains("a packet on the I/O path") && english.contains("Being repaired"),
                "the legend is walked: " + english);
        assertTrue(english.contains("Shadow driver: packets held now") && english.contains("State: waits for"),
                "the Inspector's rows are walked: " + english);
        assertTrue(english.stream().anyMatch(t -> t.startsWith("Last fault: crash of net_uk/nic-driver")) && english.contains("packets lost"),
                "the Metrics of the crash are walked: " + english);
        assertTrue(english.contains("Start the lesson") && english.stream().anyMatch(t -> t.matches("Step 1 of \\d+")),
                "the lessons' list and a started lesson are walked: " + english);
        assertTrue(french.contains("Légende") && french.contains("Pilote fantôme : paquets retenus maintenant")
                && french.contains("Commencer la leçon"), french.toString());
        assertTrue(english.contains("Crash NIC driver") && english.contains("Hang NetBack") && english.contains("Create this VM (tool_uk)")
                && english.contains("Crash (net_uk/nic-driver)") && english.contains("Silent corruption of an entry"),
                "the components' menus and the toolbar's inject menu are walked: " + english);
        assertTrue(english.contains("Guest VMs (domU)") && english.contains("NIC driver") && english.contains("XenStore replica 2")
                && english.contains("Being repaired") && english.stream().anyMatch(t -> t.startsWith("heartbeats: "))
                && english.contains("privileged VM: one monolithic dom0") && english.contains("Toolstack VM")
                && english.stream().anyMatch(t -> t.startsWith("64 guests: ")), "the drawings of every design are walked: " + english);
        assertTrue(french.contains("Plantage : pilote de la carte réseau") && french.contains("VM invitées (domU)")
                && french.contains("Plantage : réplique XenStore 2") && french.stream().anyMatch(t -> t.startsWith("battements : ")), french.toString());
        Set<String> engineAndLessons = new LinkedHashSet<>(inspectorTitles);
        engineAndLessons.addAll(lessonWords(shownLessons));
        List<String> left = new ArrayList<>();
        for (String s : french) {
            if (english.contains(s) && !neutral(s) && !engineAndLessons.contains(s)) {
                left.add(s);
            }
        }
        assertEquals(List.of(), left, "English words left in the French window");
    }

    @Test
    void theLanguageIsTheRememberedChoiceElseTheJvmsAndAnUnknownOneIsEnglish() {
        var prefs = Settings.preferences();
        prefs.put(Messages.LANGUAGE_KEY, "fr");
        Messages.choose(prefs);
        assertEquals(Locale.FRENCH, Messages.locale());
        assertEquals("Stratégie", Messages.get("toolbar.strategy"));
        assertEquals("paquets livrés 12\u202F345 · perdus 0 · retenus par le pilote fantôme 7",
                Messages.format("status.traffic", 12_345, 0, 7).replace('\u00A0', '\u202F'), "numbers written the French way");
        prefs.remove(Messages.LANGUAGE_KEY);
        Messages.use(Locale.forLanguageTag("de"));
        assertEquals(Locale.ENGLISH, Messages.locale(), "a language the window does not speak: English");
        assertEquals("Strategy", Messages.get("toolbar.strategy"));
    }
}
