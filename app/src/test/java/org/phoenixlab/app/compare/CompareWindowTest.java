package org.phoenixlab.app.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.phoenixlab.app.main.MainWindow;
import org.phoenixlab.app.main.TestWindows;
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
    void start(Stage stage) throws Exception {
        window = TestWindows.show(stage);
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
        List<String> arrivals = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> pane.table().getItems().addListener((javafx.collections.ListChangeListener<Comparison.Row>) c ->
                arrivals.add(pane.table().getItems().size() + (pane.result() == null ? " before the end" : " at the end"))));
        robot.clickOn("#compare-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !pane.running() && pane.result() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(arrivals.contains("1 before the end") && arrivals.contains("4 before the end"),
                "each strategy's row is in the table as soon as its seeds are, before the comparison is done: " + arrivals);
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
        assertEquals("3 of 3", cell(table.getItems().get(0), table.getColumns().get(7), table), "the seeds beside the figures");

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
        assertTrue(figures.contains("|was "), "a figure moved from the default, and says what it was: " + figures);
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

    private ComparePane comparedOnThreeSeeds(FxRobot robot) throws Exception {
        ComparePane pane = compare().compare();
        robot.interact(() -> pane.choose("net_uk/nic-driver", FaultKind.CRASH, 3));
        robot.interact(() -> pane.viewModel().start());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !pane.running() && pane.result() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return pane;
    }

    private static String web(javafx.scene.paint.Paint p) {
        javafx.scene.paint.Color c = (javafx.scene.paint.Color) p;
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    @Test
    void barsAreInTheStrategiesColoursOfTheLinesWithALabelledZeroAndVanillaAsNever(FxRobot robot) throws Exception {
        ComparePane pane = comparedOnThreeSeeds(robot);
        List<FigureBars> bars = pane.figureBars();
        assertEquals(4, bars.size(), "detection, recovery, lost packets, throughput without a fault");
        var lines = pane.throughputChart().getData();
        for (String s : org.phoenixlab.engine.strategy.StrategyCatalog.NAMES) {
            var series = lines.stream().filter(x -> x.getName().equals(org.phoenixlab.engine.strategy.StrategyCatalog.load(s).title()))
                    .findFirst().orElseThrow();
            String line = web(((javafx.scene.shape.Path) series.getNode()).getStroke());
            assertEquals(StrategyColours.web(s), line, s + "'s line");
            for (FigureBars b : bars) {
                javafx.scene.Node bar = b.bar(s);
                if (bar != null) {
                    assertEquals(line, web(((javafx.scene.layout.Region) bar).getBackground().getFills().get(0).getFill()),
                            s + "'s bar in " + b.getTitle() + " has the colour of its line");
                }
            }
        }
        FigureBars lost = bars.get(2);
        assertEquals("0", lost.label("phoenix-fine").getText(), "fine-grained Phoenix loses nothing, and says so");
        assertTrue(lost.label("phoenix-fine").isVisible() && lost.label("phoenix-fine").getHeight() > 0);
        for (FigureBars b : bars.subList(0, 2)) {
            assertEquals("never", b.label("vanilla").getText(), "vanilla Xen keeps its place: " + b.getTitle());
            assertEquals(null, b.bar("vanilla"));
        }
        assertEquals("never ends", lost.label("vanilla").getText());
        for (FigureBars b : bars.subList(0, 3)) {
            assertTrue(b.getTitle().contains("mean of 3 seeds"), "the seeds beside the figure: " + b.getTitle());
        }
        assertTrue(bars.get(3).getTitle().contains("mean of 3 seeds"), bars.get(3).getTitle());

        // The key beside the chart draws each line as the chart does: the fault red and dashed, not a purple circle.
        var swatches = pane.key().swatches();
        assertEquals(lines.size(), swatches.size());
        for (int i = 0; i < lines.size(); i++) {
            javafx.scene.shape.Path path = (javafx.scene.shape.Path) lines.get(i).getNode();
            assertEquals(web(path.getStroke()), web(swatches.get(i).getStroke()), lines.get(i).getName());
            assertEquals(path.getStrokeDashArray(), swatches.get(i).getStrokeDashArray(), lines.get(i).getName());
            assertEquals(path.getStrokeWidth(), swatches.get(i).getStrokeWidth(), 1e-9, lines.get(i).getName());
        }
        javafx.scene.shape.Path fault = (javafx.scene.shape.Path) lines.get(lines.size() - 1).getNode();
        assertEquals(StrategyColours.FAULT, web(fault.getStroke()));
        assertEquals(List.of(6.0, 4.0), List.copyOf(fault.getStrokeDashArray()));
    }

    @Test
    void theFaultFreeFigureIsTheEnginesThroughputSection(FxRobot robot) throws Exception {
        ComparePane pane = comparedOnThreeSeeds(robot);
        List<org.phoenixlab.engine.experiment.FidelityExperiments.ThroughputRow> engine =
                org.phoenixlab.engine.experiment.FidelityExperiments.throughput(3); // experiment paper --pvm-runs 3
        FigureBars free = pane.figureBars().get(3);
        for (var t : engine) {
            assertEquals(ComparePane.compact(t.faultFreePps()), free.label(t.strategy()).getText(), t.strategy());
        }
        String key = robot.lookup("#compare-key .label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + "|" + b);
        for (var t : engine) {
            assertTrue(key.contains(String.format(java.util.Locale.ROOT, "%,.0f without a fault", t.faultFreePps())), t.strategy() + ": " + key);
            assertTrue(key.contains(String.format(java.util.Locale.ROOT, "%,.0f with the NIC crash", t.withFaultMeanPps())), t.strategy() + ": " + key);
        }
    }

    @Test
    void aNewerSliderValueCancelsTheRunsOfTheOlderOne(FxRobot robot) throws Exception {
        CompareWindow cw = compare();
        WhatIfPane whatIf = cw.whatIf();
        WhatIfViewModel vm = whatIf.viewModel();
        robot.interact(() -> cw.tabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.hasBaseline() && !whatIf.running());
        Comparison.Request[] asked = new Comparison.Request[2];
        long[] nanos = new long[2];
        robot.interact(() -> {
            whatIf.slider(Sweep.Knob.HEARTBEAT_PERIOD).setValueChanging(true); // the hand is on the knob
            whatIf.slider(Sweep.Knob.HEARTBEAT_PERIOD).setValue(377);
            asked[0] = vm.requestProperty().get();
            whatIf.slider(Sweep.Knob.HEARTBEAT_PERIOD).setValue(388);
            asked[1] = vm.requestProperty().get();
            nanos[0] = System.nanoTime();
        });
        assertTrue(asked[0] != asked[1], "each value is a question of its own, asked while the slider moves");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> asked[1].result().isDone() && vm.figuresCurrent());
        nanos[1] = System.nanoTime();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(asked[0].isCancelled() && asked[0].result().isCompletedExceptionally(),
                "the older value's runs were stopped before they were all in");
        assertEquals(388_000L, vm.figuresSetupProperty().get().overrides().get("heartbeatPeriodUs"));
        Comparison.Row coarse = Comparison.run(vm.setup(3), () -> false, f -> { }).rows().get(1);
        String shown = robot.lookup("#whatif-figures .label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + "|" + b);
        assertTrue(shown.contains("|" + CompareViewModel.fmt(coarse.detectionMs(), 1) + "|"), "the newest value's figures: " + shown);
        robot.interact(() -> whatIf.slider(Sweep.Knob.HEARTBEAT_PERIOD).setValueChanging(false));
        System.out.printf(java.util.Locale.ROOT, "what-if in the window: %.1f ms from the newer value to every figure current%n",
                (nanos[1] - nanos[0]) / 1e6); // a measurement, not a test of speed
    }

    @Test
    void theSwitchesAndTheCpuSliderChangeTheFiguresAsTheEngineSays(FxRobot robot) throws Exception {
        CompareWindow cw = compare();
        WhatIfPane whatIf = cw.whatIf();
        WhatIfViewModel vm = whatIf.viewModel();
        robot.interact(() -> cw.tabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.hasBaseline() && !whatIf.running());
        robot.interact(() -> whatIf.slider(Sweep.Knob.PHYSICAL_CPUS).setValue(1));
        robot.clickOn("#switch-scheduler-marking");
        assertFalse(vm.switchProperty(org.phoenixlab.engine.strategy.Mechanism.SCHEDULER_MARKING).get());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !whatIf.running() && vm.figuresCurrent());
        WaitForAsyncUtils.waitForFxEvents();
        Comparison.Setup busy = Comparison.Setup.nicDriverCrash(3).withOverride("physicalCpus", 1)
                .withMechanism(org.phoenixlab.engine.strategy.Mechanism.SCHEDULER_MARKING, false);
        assertEquals(busy, vm.figuresSetupProperty().get());
        Comparison.Result engine = Comparison.run(busy, () -> false, f -> { });
        Comparison.Result defaults = Comparison.run(Comparison.Setup.nicDriverCrash(3), () -> false, f -> { });
        String shown = robot.lookup("#whatif-figures .label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + "|" + b);
        assertTrue(shown.contains("|" + CompareViewModel.fmt(engine.rows().get(0).detectionMs(), 1) + "|"), shown);
        assertTrue(shown.contains("|was " + CompareViewModel.fmt(defaults.rows().get(0).detectionMs(), 1) + "|"), shown);

        robot.interact(vm::resetDefaults);
        robot.clickOn("#switch-implicit-heartbeat");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !whatIf.running() && vm.figuresCurrent()
                && !vm.figuresSetupProperty().get().switchedOff().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Comparison.Result explicit = Comparison.run(Comparison.Setup.nicDriverCrash(3)
                .withMechanism(org.phoenixlab.engine.strategy.Mechanism.IMPLICIT_HEARTBEAT, false), () -> false, f -> { });
        assertEquals(WhatIfViewModel.moved(defaults.rows().get(1).monitoringCpuUsPerS(), explicit.rows().get(1).monitoringCpuUsPerS(), 0),
                vm.figuresProperty().get().get(1).monitoring(), "coarse-grained Phoenix pings more without implicit heartbeats");
        assertTrue(explicit.rows().get(1).monitoringCpuUsPerS() > defaults.rows().get(1).monitoringCpuUsPerS());
    }

    @Test
    void theNumberOfSeedsIsShownAndWhyTheTabsMayDiffer(FxRobot robot) throws Exception {
        CompareWindow cw = compare();
        robot.interact(() -> cw.tabs().getSelectionModel().select(1));
        String note = robot.lookup("#whatif-seeds").queryAs(Label.class).getText();
        assertTrue(note.contains("3 seeds per strategy (the Compare tab uses 10)"), note);
        robot.interact(() -> cw.compare().viewModel().runsProperty().set(3));
        assertTrue(robot.lookup("#whatif-seeds").queryAs(Label.class).getText().endsWith("as in the Compare tab."));
        robot.interact(() -> cw.compare().viewModel().runsProperty().set(10));
    }

    @Test
    void noTextIsCutAt1280By720NorAtTheDefaultSizeInEitherTheme(FxRobot robot) throws Exception {
        ComparePane pane = comparedOnThreeSeeds(robot);
        CompareWindow cw = compare();
        WhatIfViewModel vm = cw.whatIf().viewModel();
        robot.interact(() -> cw.tabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.hasBaseline() && !cw.whatIf().running());
        robot.interact(() -> vm.valueProperty(Sweep.Knob.PHYSICAL_CPUS).set(1)); // figures with "was …" under them
        robot.interact(() -> vm.switchProperty(org.phoenixlab.engine.strategy.Mechanism.SCHEDULER_MARKING).set(false));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !cw.whatIf().running() && vm.figuresCurrent());
        robot.interact(() -> cw.whatIf().sweep(Sweep.Knob.DRIVER_TIMEOUT, 10, 90, 3));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !cw.whatIf().running() && !cw.whatIf().sweep().isEmpty());
        List<String> problems = new java.util.ArrayList<>();
        boolean wasDark = window.themes().isDark();
        try {
            for (boolean dark : List.of(false, true)) {
                robot.interact(() -> window.themes().darkProperty().set(dark));
                for (double[] size : List.of(new double[] {1280, 720}, new double[] {CompareWindow.DEFAULT_WIDTH, CompareWindow.DEFAULT_HEIGHT})) {
                    robot.interact(() -> {
                        cw.stage().setWidth(size[0]);
                        cw.stage().setHeight(size[1]);
                    });
                    for (int tab = 0; tab < 2; tab++) {
                        int t = tab;
                        robot.interact(() -> cw.tabs().getSelectionModel().select(t));
                        WaitForAsyncUtils.waitForFxEvents();
                        robot.interact(() -> {
                            cw.stage().getScene().getRoot().applyCss();
                            cw.stage().getScene().getRoot().layout();
                            String where = (dark ? "dark" : "light") + " " + (int) size[0] + "x" + (int) size[1] + " tab " + t + ": ";
                            TextCheck.cut(cw.tabs().getTabs().get(t).getContent()).forEach(p -> problems.add(where + p));
                            for (FigureBars b : pane.figureBars()) {
                                TextCheck.overlapping(b).forEach(p -> problems.add(where + p));
                            }
                        });
                    }
                }
            }
        } finally {
            robot.interact(() -> window.themes().darkProperty().set(wasDark));
            robot.interact(() -> vm.resetDefaults());
        }
        assertEquals(List.of(), problems);
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
