package org.phoenixlab.app.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.phoenixlab.app.util.BackgroundTask;
import org.phoenixlab.app.util.TableFiles;
import org.phoenixlab.app.util.TaskExecutor;
import org.phoenixlab.engine.experiment.Comparison;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.fault.FaultTargets;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.scenario.Scenario;

/**
 * The comparison: one fault under all five strategies on the same seeds, run by the background
 * executor with progress and cancellation; its result, and the status line that says what happened.
 */
public final class CompareViewModel {
    private static final Topology TOPOLOGY = Topology.standard(3, true);

    private final TaskExecutor executor;
    private final ObservableList<FaultKind> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<FaultKind> kind = new SimpleObjectProperty<>();
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final ObjectProperty<String> target = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> runs = new SimpleObjectProperty<>(10);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(
            "Choose a fault and press Run: it runs under every strategy on the same seeds.");
    private final ReadOnlyObjectWrapper<Comparison.Result> result = new ReadOnlyObjectWrapper<>();
    private BackgroundTask<Comparison.Result> task;
    /** Whether a run is under way, readable from any thread (tests wait on it). */
    private volatile boolean busy;

    public CompareViewModel(TaskExecutor executor) {
        this.executor = executor;
        for (FaultKind k : FaultKind.values()) {
            if (!targetsFor(k).isEmpty()) {
                kinds.add(k);
            }
        }
        kind.addListener((o, was, k) -> {
            targets.setAll(targetsFor(k));
            target.set(targets.contains(ComponentIds.NIC_DRIVER) ? ComponentIds.NIC_DRIVER : targets.get(0));
        });
        kind.set(FaultKind.CRASH);
    }

    private static List<String> targetsFor(FaultKind k) {
        List<String> out = new ArrayList<>();
        for (ComponentSpec c : TOPOLOGY.components()) {
            if (FaultTargets.faultsFor(TOPOLOGY, c.id(), true).contains(k)) {
                out.add(c.id());
            }
        }
        return out;
    }

    /** The faults some component can suffer. */
    public ObservableList<FaultKind> kinds() {
        return kinds;
    }

    public ObjectProperty<FaultKind> kindProperty() {
        return kind;
    }

    /** The components the chosen fault makes sense for. */
    public ObservableList<String> targets() {
        return targets;
    }

    public ObjectProperty<String> targetProperty() {
        return target;
    }

    /** Seeds per strategy. */
    public ObjectProperty<Integer> runsProperty() {
        return runs;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean running() {
        return busy;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last comparison that ran to its end, or null. */
    public ReadOnlyObjectProperty<Comparison.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Comparison.Result result() {
        return result.get();
    }

    /** Chooses the fault and the number of seeds. */
    public void choose(String targetId, FaultKind k, int seeds) {
        kind.set(k);
        target.set(targetId);
        runs.set(seeds);
    }

    /** Runs the comparison in the background; ignored while one runs. */
    public void start() {
        if (busy) {
            return;
        }
        Comparison.Setup setup = new Comparison.Setup(target.get(), kind.get(), runs.get(), 3,
                Scenario.PAPER_LINE_RATE_PPS, Map.of());
        busy = true;
        running.set(true);
        progress.set(0);
        status.set("Running " + kind.get().label() + " on " + target.get() + " under five strategies, "
                + runs.get() + " seed(s) each\u2026");
        task = BackgroundTask.<Comparison.Result>of("comparison", p -> Comparison.run(setup, p::cancelled, p::report))
                .onProgress(progress::set)
                .onSuccess(r -> {
                    done();
                    show(r);
                })
                .onCancelled(() -> {
                    done();
                    status.set("Cancelled; the previous results (if any) are still shown.");
                })
                .onFailure(e -> {
                    done();
                    status.set("The comparison could not run: " + e.getMessage());
                });
        executor.execute(task); // known as the current task before it runs: Cancel reaches it at once
    }

    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    private void done() {
        busy = false;
        running.set(false);
    }

    /** Shows a result (the run's own, or one given by a test). */
    public void show(Comparison.Result r) {
        Comparison.Setup s = r.setup();
        String text = String.format(Locale.ROOT, "%s on %s, %d seed(s) per strategy. Paper figures exist for the NIC-driver crash only.",
                s.kind().label(), s.target(), s.runs());
        if (r.rows().stream().allMatch(row -> row.detectedRuns() == 0)) {
            text += " No strategy detected this fault during the network benchmark: some faults"
                    + " only show during a VM operation (a lost acknowledgement, a toolstack crash: see lesson 9).";
        }
        status.set(text);
        result.set(r);
    }

    /** The result as rows: a header, then one row per strategy with the paper's figures beside ours. */
    public List<List<String>> rows() {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of("strategy", "runs", "completed_runs", "detection_ms", "paper_detection_ms", "recovery_s", "paper_recovery_s",
                "lost_packets", "paper_lost_packets"));
        for (Comparison.Row r : result.get().rows()) {
            out.add(List.of(r.strategy(), Integer.toString(r.runs()), Integer.toString(r.completedRuns()), raw(r.detectionMs(), 2),
                    r.paper().map(p -> raw(p.detectionMs(), 2)).orElse(""), raw(r.recoveryS(), 3),
                    r.paper().map(p -> raw(p.recoveryS(), 3)).orElse(""), raw(r.lostPackets(), 0),
                    r.paper().map(p -> Long.toString(p.lostPackets())).orElse("")));
        }
        return out;
    }

    public void exportCsv(Path file) throws IOException {
        if (result.get() == null) {
            throw new IOException("run a comparison first");
        }
        TableFiles.csv(rows(), file);
    }

    /** A figure as the table shows it: "never" when absent. */
    public static String fmt(Double v, int decimals) {
        return v == null ? "never" : String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    private static String raw(Double v, int decimals) {
        return v == null ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
