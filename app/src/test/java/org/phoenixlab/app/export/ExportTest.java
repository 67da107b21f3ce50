package org.phoenixlab.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.phoenixlab.app.main.MainWindow;
import org.phoenixlab.app.main.TestWindows;
import org.phoenixlab.app.util.TableFiles;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.trace.Trace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Exported files are read back: they hold what the screen showed. */
@ExtendWith(ApplicationExtension.class)
class ExportTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindows.show(stage);
    }

    private void crashAndRepair(FxRobot robot) {
        robot.interact(() -> {
            window.advance(1_000_000);
            window.inject("net_uk/nic-driver", FaultKind.CRASH);
            window.advance(6_000_000);
        });
    }

    @Test
    void theArchitecturePngHoldsThePixelsOnScreen(FxRobot robot, @TempDir Path dir) throws Exception {
        crashAndRepair(robot);
        Path png = dir.resolve("architecture.png");
        WritableImage[] shown = new WritableImage[1];
        robot.interact(() -> {
            assertTrue(window.exports().run(png, window.exports()::architecturePng));
            shown[0] = Pictures.picture(window.architecture(), ExportActions.PICTURE_SCALE);
        });
        BufferedImage read = ImageIO.read(png.toFile());
        assertEquals((int) shown[0].getWidth(), read.getWidth());
        assertEquals((int) shown[0].getHeight(), read.getHeight());
        int differing = 0;
        for (int y = 0; y < read.getHeight(); y += 7) {
            for (int x = 0; x < read.getWidth(); x += 7) {
                if ((read.getRGB(x, y) & 0xFFFFFF) != (shown[0].getPixelReader().getArgb(x, y) & 0xFFFFFF)) {
                    differing++;
                }
            }
        }
        assertEquals(0, differing, "pixels that differ from the drawing on screen");
    }

    @Test
    void theMetricsCsvHoldsTheFiguresOfTheMetricsPanel(FxRobot robot, @TempDir Path dir) throws Exception {
        crashAndRepair(robot);
        robot.clickOn("Metrics");
        Path csv = dir.resolve("metrics.csv");
        robot.interact(() -> assertTrue(window.exports().run(csv, window.exports()::metricsCsv)));
        List<String> lines = Files.readAllLines(csv);
        assertEquals(2, lines.size());
        String[] header = lines.get(0).split(",");
        String[] row = lines.get(1).split(",");
        assertEquals("detection_ms", header[5]);
        assertEquals(window.metrics().detection().getText(), row[5] + " ms", "the detection the panel shows");
        assertEquals(window.metrics().recovery().getText(), row[7] + " s", "the recovery the panel shows");
        assertEquals("net_uk/nic-driver", row[1]);
    }

    @Test
    void theThroughputCsvAndChartPngAndTraceAreWritten(FxRobot robot, @TempDir Path dir) throws Exception {
        crashAndRepair(robot);
        robot.clickOn("Metrics");
        Path csv = dir.resolve("throughput.csv");
        Path png = dir.resolve("chart.png");
        Path trace = dir.resolve("trace.jsonl");
        robot.interact(() -> {
            assertTrue(window.exports().run(csv, window.exports()::throughputCsv));
            assertTrue(window.exports().run(png, f -> Pictures.png(Pictures.picture(window.metrics().chart(), 1), f)));
            assertTrue(window.exports().run(trace, f -> TableFiles.trace(window.viewModel().simulation().trace(), f)));
        });
        List<String> rows = Files.readAllLines(csv);
        assertEquals(window.viewModel().simulation().throughput().size(), rows.size(), "a header and every complete bucket");
        assertTrue(rows.stream().skip(1).anyMatch(r -> r.endsWith(",0")) || rows.size() > 2);
        BufferedImage chart = ImageIO.read(png.toFile());
        assertEquals((int) window.metrics().chart().getWidth(), chart.getWidth());
        Trace t = window.viewModel().simulation().trace();
        List<String> lines = Files.readAllLines(trace);
        assertEquals(t.size(), lines.size());
        java.io.StringWriter expected = new java.io.StringWriter();
        t.writeJsonLines(expected);
        assertEquals(expected.toString(), Files.readString(trace));
    }

    @Test
    void anAnimatedGifOfATimeRangeHasEveryFrameAndTheSessionComesBack(FxRobot robot, @TempDir Path dir) throws Exception {
        crashAndRepair(robot);
        long before = window.session().nowUs();
        Path gif = dir.resolve("anim.gif");
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        robot.interact(() -> window.exports().animation(900_000, 1_200_000, 6, gif, done::complete));
        assertTrue(done.get(60, TimeUnit.SECONDS));
        var reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (var in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(6, reader.getNumImages(true));
        }
        assertEquals(before, window.session().nowUs(), "the session is back where it was");
        assertFalse(window.playButton().isSelected());
    }

    private static long tempBytes(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".anim.gif.") && f.getFileName().toString().endsWith(".tmp")).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    @Test
    void theGifIsWrittenToDiskFrameByFrameNotKeptInMemory(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("anim.gif");
        List<Long> onDisk = new java.util.ArrayList<>();
        int[] asked = {0};
        Pictures.gif(gif, 100, () -> {
            if (asked[0] > 0) {
                onDisk.add(tempBytes(dir)); // what the frames before this one already put in the file
            }
            if (asked[0] == 6) {
                return null;
            }
            WritableImage frame = new WritableImage(160, 90);
            for (int y = 0; y < 90; y++) {
                for (int x = 0; x < 160; x++) {
                    frame.getPixelWriter().setArgb(x, y, 0xff000000 | (x * 1_000 + y * 37 + asked[0] * 4_093) & 0xffffff);
                }
            }
            asked[0]++;
            return frame;
        });
        assertEquals(6, onDisk.size());
        for (int i = 1; i < onDisk.size(); i++) {
            assertTrue(onDisk.get(i) > onDisk.get(i - 1), "each frame is in the file before the next is drawn: " + onDisk);
        }
        assertEquals(0, tempBytes(dir), "the temporary file became the GIF");
        var reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (var in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(6, reader.getNumImages(true));
        }
    }

    @Test
    void aCancelledGifLeavesNoFileBehind(FxRobot robot, @TempDir Path dir) throws Exception {
        crashAndRepair(robot);
        long before = window.session().nowUs();
        Path gif = dir.resolve("anim.gif");
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        robot.interact(() -> window.exports().animation(0, 6_000_000, 200, gif, done::complete));
        org.testfx.util.WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tempBytes(dir) > 0); // some frames are encoded
        robot.clickOn("Cancel");
        assertFalse(done.get(30, TimeUnit.SECONDS));
        org.testfx.util.WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            try (var files = Files.list(dir)) {
                return files.findAny().isEmpty();
            }
        });
        assertFalse(Files.exists(gif));
        assertEquals(before, window.session().nowUs(), "the session is back where it was");
    }

    @Test
    void aFailedExportSaysWhyAndLeavesNoFile(FxRobot robot, @TempDir Path dir) {
        Path nowhere = dir.resolve("missing-folder").resolve("metrics.csv");
        robot.interact(() -> assertFalse(window.exports().run(nowhere, window.exports()::metricsCsv)));
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertFalse(Files.exists(nowhere));
    }

    @Test
    void csvFieldsWithCommasAndQuotesAreQuoted() {
        assertEquals("\"a,b\"", TableFiles.csvField("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", TableFiles.csvField("say \"hi\""));
        assertEquals("plain", TableFiles.csvField("plain"));
    }
}
