package org.phoenixlab.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phoenixlab.app.prefs.Settings;
import org.phoenixlab.app.util.Messages;
import org.phoenixlab.app.util.PhraseFrenchTest;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.trace.Payload;
import org.phoenixlab.engine.trace.TraceEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The engine's sentences in the French window: a crash of the NIC driver played moment by moment to its
 * repair, then the caption of each moment, every row of the event log (the cells shown and every event's
 * details and kind), the explanation of a selected detection, the Inspector on the driver and the driver's
 * accessible description hold no English word ({@link PhraseFrenchTest#ENGLISH}).
 */
@ExtendWith(ApplicationExtension.class)
class FrenchSentencesTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void aCrashToItsRepairIsToldInFrench(FxRobot robot) {
        List<String> said = new ArrayList<>();
        robot.interact(() -> {
            try {
                Settings.preferences().clear();
            } catch (java.util.prefs.BackingStoreException e) {
                throw new IllegalStateException(e);
            }
            Messages.use(Locale.FRENCH);
            MainWindow window = new MainWindow();
            stage.setScene(new Scene(window, 1400, 900));
            stage.show();
            window.advance(1_000_000);
            window.inject("net_uk/nic-driver", FaultKind.CRASH);
            said.add(window.caption().text());
            for (int i = 0; i < 5; i++) {
                window.stepForward();
                said.add(window.caption().text());
            }
            assertEquals(ComponentState.HEALTHY, window.viewModel().snapshotProperty().get().component("net_uk/nic-driver").orElseThrow().state(),
                    "the story reached the repair: " + said);
            window.advance(500_000);
            window.applyCss();
            window.layout();
            // The event log: every event's row, and the cells the table shows.
            window.selectPanel(0);
            var log = window.eventLog();
            log.applyCss();
            log.layout();
            List<TraceEvent> rows = List.copyOf(log.table().getItems());
            assertTrue(rows.size() > 5, "the log has rows: " + rows.size());
            for (TraceEvent e : rows) {
                said.add(org.phoenixlab.app.panels.events.EventLogPane.kind(e) + " " + org.phoenixlab.app.panels.events.EventLogPane.details(e));
            }
            texts(log.table(), said);
            TraceEvent detected = rows.stream().filter(e -> e.payload() instanceof Payload.Detected).findFirst().orElseThrow();
            log.table().getSelectionModel().select(detected);
            said.add(log.explanation().getText());
            // The Inspector on the driver, and the driver's description for a screen reader.
            window.viewModel().select("net_uk/nic-driver");
            window.selectPanel(1);
            window.applyCss();
            window.layout();
            texts(window.inspector(), said);
            Object help = window.architecture().nodeFor("net_uk/nic-driver").queryAccessibleAttribute(AccessibleAttribute.HELP);
            said.add(String.valueOf(help));
            window.closing();
        });
        assertTrue(said.get(0).startsWith("Pilote de la carte réseau : panne injectée (plantage)"), said.get(0));
        assertTrue(said.stream().anyMatch(s -> s.startsWith("Pourquoi : ")), "the explanation is read: " + said);
        assertTrue(said.stream().anyMatch(s -> s.contains("trouvé par la sonde")), "the detection's row is read: " + said);
        if (Boolean.getBoolean("phrases.print")) {
            said.forEach(s -> System.out.println("SAID " + s));
        }
        Set<String> english = new LinkedHashSet<>();
        for (String s : said) {
            String padded = " " + s.toLowerCase(Locale.ROOT) + " ";
            for (String w : PhraseFrenchTest.ENGLISH) {
                if (padded.contains(w)) {
                    english.add("\"" + w.strip() + "\" in: " + s);
                }
            }
        }
        assertEquals(List.of(), List.copyOf(english), "English words in the French window's sentences");
    }

    private static void texts(Node n, List<String> out) {
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            out.add(l.getText());
        }
        if (n instanceof Text t && t.getText() != null && !t.getText().isBlank()) {
            out.add(t.getText());
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                texts(child, out);
            }
        }
    }
}
