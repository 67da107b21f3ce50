package org.phoenixlab.app.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.phoenixlab.app.export.Pictures;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.trace.Moment;

/**
 * The documentation's pictures of a fault's story (not a test): the real window, Phoenix fine-grained,
 * the NIC driver crashing 2 s into the benchmark, and a picture at each moment: the fault, its
 * detection, the reload with the shadow driver holding the packets, the traffic back. Run it under a
 * display; DOC_OUT (default docs), DOC_SIZE (default 1540x960) and DOC_THEME (light or dark) say where
 * and how:
 * {@code DOC_SIZE=1280x720 mvn -q -pl app -am javafx:run -Djavafx.mainClass=org.phoenixlab.app.main.DocPictures}
 */
public final class DocPictures extends Application {
    private final List<Runnable> steps = new ArrayList<>();
    private MainWindow window;
    private Path out;
    private String suffix;

    @Override
    public void start(Stage stage) throws Exception {
        out = Path.of(System.getenv().getOrDefault("DOC_OUT", "docs"));
        Files.createDirectories(out);
        String[] size = System.getenv().getOrDefault("DOC_SIZE", "1540x960").split("x");
        boolean dark = System.getenv().getOrDefault("DOC_THEME", "light").equals("dark");
        suffix = (size[0].equals("1540") ? "" : "-" + size[0]) + (dark ? "-dark" : "");
        window = new MainWindow();
        Scene scene = new Scene(window, Double.parseDouble(size[0]), Double.parseDouble(size[1]));
        Shortcuts.install(scene, window);
        stage.setTitle("Phoenix Lab");
        stage.setScene(scene);
        window.themes().darkProperty().set(dark);
        stage.show();
        MainViewModel vm = window.viewModel();
        steps.add(() -> {
            vm.advance(2_000_000);
            window.revealIoPath();
        });
        steps.add(() -> {
            vm.inject("net_uk/nic-driver", FaultKind.CRASH);
            window.eventLog().momentsOnly().setSelected(true);
        });
        steps.add(() -> shoot("fault"));
        steps.add(() -> stepTo(vm, Moment.DETECTED));
        steps.add(() -> shoot("detected"));
        steps.add(() -> {
            stepTo(vm, Moment.REPAIR_STARTED);
            vm.advance(1_500_000); // the reload under way, the shadow driver's pile growing
            window.selectPanel(1); // the Inspector, on NetBack and its shadow driver
            vm.select("net_uk/netback");
        });
        steps.add(() -> {
            if (window.inspector().lookup(".scroll-pane") instanceof javafx.scene.control.ScrollPane sheet) {
                sheet.setVvalue(1); // down to the shadow driver's rows
            }
        });
        steps.add(() -> shoot("repairing"));
        steps.add(() -> {
            stepTo(vm, Moment.TRAFFIC_RESTORED);
            window.selectPanel(2); // Metrics
        });
        steps.add(() -> shoot("repaired"));
        steps.add(() -> {
            window.closing();
            Platform.exit();
        });
        next();
    }

    private static void stepTo(MainViewModel vm, Moment m) {
        for (int i = 0; i < 20 && vm.story().captionProperty().get().moment().filter(m::equals).isEmpty(); i++) {
            vm.stepForward();
        }
    }

    /** Runs the next step after the window has drawn the last one. */
    private void next() {
        if (steps.isEmpty()) {
            return;
        }
        Runnable step = steps.remove(0);
        PauseTransition settle = new PauseTransition(Duration.millis(700));
        settle.setOnFinished(e -> {
            step.run();
            next();
        });
        settle.play();
    }

    private void shoot(String moment) {
        Path file = out.resolve("story-" + moment + suffix + ".png");
        try {
            Pictures.png(Pictures.picture(window.getScene().getRoot(), 1), file);
            System.out.printf(Locale.ROOT, "%s: %s%n", file, window.caption().title());
        } catch (java.io.IOException e) {
            System.err.println(file + ": " + e.getMessage());
        }
    }
}
