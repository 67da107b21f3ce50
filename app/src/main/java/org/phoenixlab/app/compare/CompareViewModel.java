package org.phoenixlab.app.compare;

import org.phoenixlab.app.util.Messages;
import org.phoenixlab.app.util.ModelWords;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
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
import org.phoenixlab.engine.experiment.FidelityExperiments;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.fault.FaultTargets;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/**
 * The comparison: one fault under all five strategies on the same seeds, run by the background
 * executor with progress and cancellation. Each strategy's row is shown as soon as its seeds are in
 * (the runs go side by side to the engine's pool); once all are in, the throughput without a fault is
 * measured on the same number of seeds (the figures of {@code experiment paper}'s throughput section,
 * remembered per number of seeds). The status line says what happened.
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
            Messages.get("compare.status.start"));
    private final ObservableList<Comparison.Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Comparison.Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<FidelityExperiments.ThroughputRow>> faultFree = new ReadOnlyObjectWrapper<>(List.of());
    /** The throughput figures measured so far, per number of seeds (the engine is deterministic: they never change). */
    private static final Map<Integer, List<FidelityExperiments.ThroughputRow>> FAULT_FREE_BY_SEEDS = new TreeMap<>();
    private BackgroundTask<?> task;
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

    /** The rows of the comparison under way (or the last one), in strategy order, each as soon as it is in. */
    public ObservableList<Comparison.Row> tableRows() {
        return rows;
    }

    /** The last comparison that ran to its end, or null (also while a new one runs). */
    public ReadOnlyObjectProperty<Comparison.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Comparison.Result result() {
        return result.get();
    }

    /**
     * Throughput without a fault, with the NIC-driver crash (mean over its benchmark) and the packets'
     * round trip, per strategy, over as many seeds as the last comparison; empty until measured.
     */
    public ReadOnlyObjectProperty<List<FidelityExperiments.ThroughputRow>> faultFreeProperty() {
        return faultFree.getReadOnlyProperty();
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
        int seeds = runs.get();
        Comparison.Setup setup = new Comparison.Setup(target.get(), kind.get(), seeds, 3,
                Scenario.PAPER_LINE_RATE_PPS, Map.of());
        busy = true;
        running.set(true);
        progress.set(0);
        rows.clear();
        result.set(null);
        String what = Messages.format("compare.status.running", ModelWords.fault(kind.get()), target.get(), seeds);
        status.set(what + "\u2026");
        Arrivals arrivals = new Arrivals();
        BackgroundTask<Comparison.Result> t = BackgroundTask.of("comparison",
                p -> arrivals.await(Comparison.start(setup, StrategyCatalog.NAMES, arrivals), p, true));
        t.onProgress(f -> {
            progress.set(f);
            if (arrived(arrivals) && !t.isCancelled()) {
                status.set(Messages.format("compare.status.arrived", what, rows.size()));
            }
        });
        t.onSuccess(r -> {
            arrived(arrivals);
            rows.setAll(r.rows());
            show(r);
            measureFaultFree(seeds);
        });
        t.onCancelled(() -> {
            done();
            status.set(rows.isEmpty() ? Messages.get("compare.status.cancelled") : rows.size() == 1
                    ? Messages.get("compare.status.cancelled.one")
                    : Messages.format("compare.status.cancelled.some", rows.size()));
        });
        t.onFailure(e -> {
            done();
            status.set(Messages.get("compare.status.failed") + e.getMessage());
        });
        task = t;
        executor.execute(t); // known as the current task before it runs: Cancel reaches it at once
    }

    /** Puts the rows that came in into the table, in strategy order; whether there were any. */
    private boolean arrived(Arrivals arrivals) {
        List<Comparison.Row> in = arrivals.drain();
        for (Comparison.Row r : in) {
            int at = 0;
            int order = StrategyCatalog.NAMES.indexOf(r.strategy());
            while (at < rows.size() && StrategyCatalog.NAMES.indexOf(rows.get(at).strategy()) < order) {
                at++;
            }
            rows.add(at, r);
        }
        return !in.isEmpty();
    }

    /** The throughput figures for {@code seeds} seeds: remembered, or measured now (still under Cancel). */
    private void measureFaultFree(int seeds) {
        List<FidelityExperiments.ThroughputRow> known;
        synchronized (FAULT_FREE_BY_SEEDS) {
            known = FAULT_FREE_BY_SEEDS.get(seeds);
        }
        if (known != null) {
            faultFree.set(known);
            done();
            return;
        }
        String before = status.get();
        status.set(before + Messages.format("compare.status.measuring", seeds));
        progress.set(0);
        BackgroundTask<List<FidelityExperiments.ThroughputRow>> t = BackgroundTask.of("throughput",
                p -> FidelityExperiments.throughput(seeds, p::cancelled, (done, total) -> p.report(done / (double) total)));
        t.onProgress(progress::set);
        t.onSuccess(list -> {
            synchronized (FAULT_FREE_BY_SEEDS) {
                FAULT_FREE_BY_SEEDS.put(seeds, list);
            }
            faultFree.set(list);
            done();
            status.set(before);
        });
        t.onCancelled(() -> {
            done();
            status.set(before + Messages.get("compare.status.measuringCancelled"));
        });
        t.onFailure(e -> {
            done();
            status.set(before + Messages.get("compare.status.measuringFailed") + e.getMessage());
        });
        task = t;
        executor.execute(t);
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
        String text = Messages.format("compare.status.done", ModelWords.fault(s.kind()), s.target(), s.runs());
        if (r.rows().stream().allMatch(row -> row.detectedRuns() == 0)) {
            text += Messages.get("compare.status.noneDetected", " No strategy detected this fault during the network benchmark: some faults"
                    + " only show during a VM operation (a lost acknowledgement, a toolstack crash: see lesson 9).");
        }
        status.set(text);
        if (!rows.equals(r.rows())) {
            rows.setAll(r.rows());
        }
        result.set(r);
    }

    /** The fault-free figures of one strategy, if measured. */
    public Optional<FidelityExperiments.ThroughputRow> faultFree(String strategy) {
        return faultFree.get().stream().filter(t -> t.strategy().equals(strategy)).findFirst();
    }

    /** A strategy's fault-free throughput against vanilla Xen's, as a fraction (-0.021 = 2.1 % less); empty if unknown. */
    public Optional<Double> againstVanilla(String strategy) {
        Optional<FidelityExperiments.ThroughputRow> own = faultFree(strategy);
        Optional<FidelityExperiments.ThroughputRow> vanilla = faultFree("vanilla");
        if (own.isEmpty() || vanilla.isEmpty() || vanilla.get().faultFreePps() == 0) {
            return Optional.empty();
        }
        return Optional.of(own.get().faultFreePps() / vanilla.get().faultFreePps() - 1);
    }

    /** The result as rows: a header, then one row per strategy with the paper's figures beside ours. */
    public List<List<String>> rows() {
        List<List<String>> out = new ArrayList<>();
        {
            out.add(List.of("strategy", "runs", "completed_runs", "detection_ms", "paper_detection_ms", "recovery_s", "paper_recovery_s",
                    "lost_packets", "paper_lost_packets", "fault_free_pps", "nic_crash_mean_pps", "round_trip_us"));
        }
        for (Comparison.Row r : result.get().rows()) {
            Optional<FidelityExperiments.ThroughputRow> t = faultFree(r.strategy());
            out.add(List.of(r.strategy(), Integer.toString(r.runs()), Integer.toString(r.completedRuns()), raw(r.detectionMs(), 2),
                    r.paper().map(p -> raw(p.detectionMs(), 2)).orElse(""), raw(r.recoveryS(), 3),
                    r.paper().map(p -> raw(p.recoveryS(), 3)).orElse(""), raw(r.lostPackets(), 0),
                    r.paper().map(p -> Long.toString(p.lostPackets())).orElse(""),
                    t.map(x -> raw(x.faultFreePps(), 0)).orElse(""), t.map(x -> raw(x.withFaultMeanPps(), 0)).orElse(""),
                    t.map(x -> raw(x.meanLatencyUs(), 2)).orElse("")));
        }
        return out;
    }

    public void exportCsv(Path file) throws IOException {
        if (result.get() == null) {
            throw new IOException("run a comparison first");
        }
        TableFiles.csv(rows(), file);
    }

    /** A figure as the table shows it, written the language's way: "never" when absent (the CSV files use {@code raw}). */
    public static String fmt(Double v, int decimals) {
        return v == null ? Messages.get("compare.never") : String.format(Messages.locale(), "%,." + decimals + "f", v);
    }

    private static String raw(Double v, int decimals) {
        return v == null ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /**
     * A comparison's rows and progress as they arrive on the engine's workers, handed to the UI thread
     * through the task's progress: the task's own thread waits here and reports each arrival (so the
     * executor decides on which thread the view model hears of it), and stops the runs on Cancel.
     */
    static final class Arrivals implements Comparison.Listener {
        private static final Object END = new Object();
        private final LinkedBlockingQueue<Object> events = new LinkedBlockingQueue<>();
        private final ConcurrentLinkedQueue<Comparison.Row> ready = new ConcurrentLinkedQueue<>();
        private volatile Comparison.Result baseline;
        private double fraction;

        @Override
        public void row(Comparison.Row row) {
            events.add(row);
        }

        @Override
        public void progress(int done, int total) {
            events.add(new double[] {done / (double) total});
        }

        /**
         * Waits for {@code request}, relaying what arrives; when the task is cancelled, stops waiting and,
         * if {@code stopRuns}, stops the request's runs too (a request other tasks wait for is left to run).
         */
        Comparison.Result await(Comparison.Request request, BackgroundTask.Progress p, boolean stopRuns) throws InterruptedException {
            request.result().whenComplete((r, e) -> events.add(END));
            while (true) {
                if (p.cancelled()) {
                    if (stopRuns) {
                        request.cancel();
                    }
                    throw new CancellationException("cancelled");
                }
                Object e = events.poll(10, TimeUnit.MILLISECONDS);
                if (e == END) {
                    break;
                }
                if (e instanceof Comparison.Row r) {
                    ready.add(r);
                    p.report(fraction);
                } else if (e instanceof double[] f) {
                    fraction = f[0];
                    p.report(fraction);
                }
            }
            try {
                return request.result().join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }

        /** The rows that arrived since the last call. */
        List<Comparison.Row> drain() {
            List<Comparison.Row> out = new ArrayList<>();
            for (Comparison.Row r = ready.poll(); r != null; r = ready.poll()) {
                out.add(r);
            }
            return out;
        }

        /** The defaults' figures, once the task has them. */
        void baseline(Comparison.Result r) {
            baseline = r;
        }

        Comparison.Result baseline() {
            return baseline;
        }
    }
}
