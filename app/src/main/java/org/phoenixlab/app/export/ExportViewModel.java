package org.phoenixlab.app.export;

import org.phoenixlab.app.util.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.phoenixlab.app.session.SessionControl;
import org.phoenixlab.app.util.DialogService;
import org.phoenixlab.app.util.TableFiles;
import org.phoenixlab.app.util.Writing;
import org.phoenixlab.engine.sim.FaultMetrics;
import org.phoenixlab.engine.sim.Simulation;

/**
 * The tables of the Export menu (the metrics and the throughput as CSV, the trace as JSON Lines)
 * made from the running session, and the one way every export is written: a failure says which
 * file and why, and leaves any older file of that name as it was.
 */
public final class ExportViewModel {
    private static final System.Logger LOG = System.getLogger(ExportViewModel.class.getName());

    private final SessionControl control;
    private final DialogService dialogs;

    public ExportViewModel(SessionControl control, DialogService dialogs) {
        this.control = control;
        this.dialogs = dialogs;
    }

    private Simulation simulation() {
        return control.session().simulation();
    }

    /** Writes one file; on failure an error dialog, and false. */
    public boolean run(Path file, Writing writing) {
        try {
            writing.to(file);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "export to " + file + " failed", e);
            dialogs.error(Messages.get("export.failed"), file + ": " + e.getMessage() + Messages.get("export.intact"));
            return false;
        }
    }

    /** Asks where, then writes. */
    public void choose(String name, String description, String pattern, Writing writing) {
        dialogs.chooseToSave(Messages.get("export.title"), description, pattern, name).ifPresent(f -> run(f, writing));
    }

    public void metricsCsv(Path file) throws IOException {
        TableFiles.csv(metricsRows(simulation()), file);
    }

    public void throughputCsv(Path file) throws IOException {
        TableFiles.csv(throughputRows(simulation()), file);
    }

    public void traceJsonLines(Path file) throws IOException {
        TableFiles.trace(simulation().trace(), file);
    }

    /** One row per fault, as the Metrics panel shows them. */
    public static List<List<String>> metricsRows(Simulation sim) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("strategy", "target", "fault", "injected_s", "detected_by", "detection_ms", "repair_action",
                "recovery_s", "downtime_s", "lost_packets", "shadow_peak"));
        for (FaultMetrics f : sim.faults()) {
            rows.add(List.of(sim.strategy().name(), f.target(), f.kind(), seconds(f.injectedUs()),
                    f.detected() ? f.detectedBy() : "",
                    f.detectionUs().isPresent() ? String.format(Locale.ROOT, "%.2f", f.detectionUs().getAsLong() / 1e3) : "",
                    f.actuator() == null ? "" : f.actuator(),
                    f.recoveryUs().isPresent() ? seconds(f.recoveryUs().getAsLong()) : "",
                    f.downtimeUs().isPresent() ? seconds(f.downtimeUs().getAsLong()) : "",
                    Long.toString(f.lostPackets()), Long.toString(f.peakBuffered())));
        }
        return rows;
    }

    /** Packets per second over each complete bucket of virtual time (the last one is still filling). */
    public static List<List<String>> throughputRows(Simulation sim) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("time_s", "packets_per_s"));
        List<Long> tp = sim.throughput();
        double bucketS = Simulation.throughputBucketUs() / 1e6;
        for (int i = 0; i < tp.size() - 1; i++) {
            rows.add(List.of(String.format(Locale.ROOT, "%.3f", i * bucketS),
                    String.format(Locale.ROOT, "%.0f", tp.get(i) / bucketS)));
        }
        return rows;
    }

    private static String seconds(long us) {
        return String.format(Locale.ROOT, "%.3f", us / 1e6);
    }
}
