package org.phoenixlab.app.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.phoenixlab.app.main.MainWindow;
import org.phoenixlab.assets.Assets;
import org.phoenixlab.engine.experiment.Comparison;
import org.phoenixlab.engine.experiment.NicFaultExperiment;
import org.phoenixlab.engine.experiment.NicFaultRow;
import org.phoenixlab.engine.experiment.Sweep;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.trace.Payload;
import org.phoenixlab.engine.trace.TraceEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Compare and What-if window, and the explanations of events, through the real controls. */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow();
        Scene scene = new Scene(window, 1400, 900);
        scene.getStylesheets().add(Assets.stylesheet());
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    private CompareWindow compare() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.openCompare()).get(10, TimeUnit.SECONDS);
    }

    private static String cell(Comparison.Row row, TableColumn<Comparison.Row, ?> column, javafx.scene.control.TableView<Comparison.Row> t) {
        return String.valueOf(column.getCellData(t.getItems().indexOf(row)));
    }

    @Test
    void theComparisonTableShowsTheFiguresOfExperimentPaper(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.clickOn("#compare-button");
        ComparePane pane = compare().compare();
        robot.interact(() -> pane.choose("net_uk/nic-driver", FaultKind.CRASH, 3));
        robot.clickOn("#compare-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !pane.running() && pane.result() != null);
        WaitForAsyncUtils.waitForFxEvents();
        var table = pane.table();
        assertEquals(5, table.getItems().size());
        for (Comparison.Row row : table.getItems()) {
            NicFaultRow paper = NicFaultExperiment.row(row.strategy(), 3); // what `experiment paper --runs 3` prints
            assertEquals(ComparePane.fmt(paper.detectionMs(), 2), cell(row, table.getColumns().get(1), table), row.strategy());
            assertEquals(ComparePane.fmt(paper.recoveryS(), 3), cell(row, table.getColumns().get(3), table), row.strategy());
            String lost = paper.lostPackets() == null ? "does not complete" : ComparePane.fmt(paper.lostPackets(), 0);
            assertEquals(lost, cell(row, table.getColumns().get(5), table), row.strategy());
            paper.paper().ifPresent(p -> assertEquals(ComparePane.fmt(p.detectionMs(), 2),
                    cell(row, table.getColumns().get(2), table), "the paper's figure beside ours"));
        }
        assertEquals(6, pane.throughputChart().getData().size(), "five strategies and the fault marker");

        Path csv = dir.resolve("comparison.csv");
        Path png = dir.resolve("comparison.png");
        robot.interact(() -> {
            try {
                pane.exportCsv(csv);
                pane.exportPng(png);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        List<String> lines = Files.readAllLines(csv);
        assertEquals(6, lines.size());
        NicFaultRow fine = NicFaultExperiment.row("phoenix-fine", 3);
        assertTrue(lines.get(1).startsWith(String.format(java.util.Locale.ROOT, "phoenix-fine,3,3,%.2f,27.27,%.3f,4.700,0,0",
                fine.detectionMs(), fine.recoveryS())), lines.get(1));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals((int) pane.getWidth(), image.getWidth());
    }

    @Test
    void theDarkThemeReachesAnOpenCompareWindowAndLeavesIt(FxRobot robot) throws Exception {
        CompareWindow cw = compare();
        boolean was = window.themes().isDark();
        robot.interact(() -> window.actions().get(org.phoenixlab.app.main.ActionId.DARK_THEME).run()); // Ctrl+T's action
        try {
            assertEquals(!was, cw.stage().getScene().getStylesheets().contains(Assets.darkStylesheet()), "the open Compare window follows");
            assertEquals(!was, window.getScene().getStylesheets().contains(Assets.darkStylesheet()), "and the main window");
        } finally {
            robot.interact(() -> window.actions().get(org.phoenixlab.app.main.ActionId.DARK_THEME).run());
        }
        assertEquals(was, cw.stage().getScene().getStylesheets().contains(Assets.darkStylesheet()));
    }

    @Test
    void aCancelledComparisonKeepsTheWindowResponsive(FxRobot robot) throws Exception {
        ComparePane pane = compare().compare();
        robot.interact(() -> pane.choose("net_uk", FaultKind.CRASH, 500));
        robot.clickOn("#compare-run");
        assertTrue(pane.running());
        robot.clickOn("#compare-cancel");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !pane.running());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#compare-status").queryAs(Label.class).getText().startsWith("Cancelled"));
    }

    @Test
    void aSliderReRunsTheComparisonAndASweepDrawsTheFigureAgainstTheInput(FxRobot robot) throws Exception {
        CompareWindow cw = compare();
        WhatIfPane whatIf = cw.whatIf();
        robot.interact(() -> cw.tabs().getSelectionModel().select(1));
        robot.interact(() -> {
            whatIf.slider(Sweep.Knob.HEARTBEAT_PERIOD).setValue(200);
            whatIf.slider(Sweep.Knob.HEARTBEAT_PERIOD).setValueChanging(true);
            whatIf.slider(Sweep.Knob.HEARTBEAT_PERIOD).setValueChanging(false);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !whatIf.running()
                && robot.lookup("#whatif-figures").queryAs(javafx.scene.layout.GridPane.class).getChildren().size() > 4);
        WaitForAsyncUtils.waitForFxEvents(); // the rows are read once the UI thread has put them all in
        String figures = robot.lookup("#whatif-figures .label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + "|" + b);
        assertTrue(figures.contains("\u2192"), "a figure moved from the default: " + figures);
        assertEquals(200_000L, whatIf.setup(1).overrides().get("heartbeatPeriodUs"));

        robot.interact(() -> whatIf.sweep(Sweep.Knob.DRIVER_TIMEOUT, 10, 90, 3));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !whatIf.running() && !whatIf.sweep().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        var chart = whatIf.chartNode();
        assertEquals(4, chart.getData().size(), "one line per strategy");
        var fine = chart.getData().get(0);
        assertEquals(3, fine.getData().size());
        double first = fine.getData().get(0).getYValue().doubleValue();
        double last = fine.getData().get(2).getYValue().doubleValue();
        assertTrue(last > first, "a longer poll timeout detects later: " + first + " then " + last);
    }

    @Test
    void selectingADetectionExplainsWhichProbeSawItAndADeferredRepairNamesItsDependency(FxRobot robot) {
        robot.interact(() -> {
            window.advance(1_000_000);
            window.inject("vmm", FaultKind.CRASH_ALL_PVM);
            window.advance(30_000_000);
        });
        robot.clickOn("Events");
        var table = window.eventLog().table();
        TraceEvent detection = table.getItems().stream().filter(e -> e.payload() instanceof Payload.Detected).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(detection));
        String why = window.eventLog().explanation().getText();
        String probe = ((Payload.Detected) detection.payload()).probe();
        assertTrue(why.contains("The " + probe + " probe found a fault on " + detection.component()), why);

        robot.interact(() -> window.seek(31_000_000)); // back to the end of the run
        TraceEvent deferred = window.eventLog().table().getItems().stream()
                .filter(e -> e.payload() instanceof Payload.RepairDeferred).findFirst().orElseThrow();
        String waiting = ((Payload.RepairDeferred) deferred.payload()).waitingFor();
        robot.interact(() -> window.eventLog().table().getSelectionModel().select(deferred));
        String held = window.eventLog().explanation().getText();
        assertTrue(held.contains("needs " + waiting), held);
        assertFalse(held.isBlank());
    }
}
