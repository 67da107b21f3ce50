package org.phoenixlab.app.compare;

import org.phoenixlab.app.util.Messages;
import org.phoenixlab.app.util.PhraseWords;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.phoenixlab.app.util.BackgroundTask;
import org.phoenixlab.app.util.TaskExecutor;
import org.phoenixlab.engine.experiment.Comparison;
import org.phoenixlab.engine.experiment.Sweep;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/**
 * What-if: one value per input (heartbeat period, driver timeout, packet rate, reboot and reload
 * durations, guests, physical CPUs) and two switches (implicit heartbeats, the scheduler marking).
 * Every change, while a slider is still being dragged, asks the NIC-driver comparison again with the
 * inputs moved so far: the question goes to a {@link Comparison.Lane}, which cancels the runs of the
 * question before, and each strategy's figures are shown as soon as its seeds are in (the others keep
 * their previous figures, marked as not yet updated). A sweep runs one input from a value to another
 * for a figure to be drawn against it.
 */
public final class WhatIfViewModel {
    /** Seeds per strategy of a what-if question: few enough to answer while the slider moves. */
    public static final int SEEDS = 3;
    /** Seeds per value of a sweep. */
    public static final int SWEEP_SEEDS = 2;
    /** The mechanisms a what-if can switch off, in the order they are shown. */
    public static final List<Mechanism> SWITCHES = List.of(Mechanism.IMPLICIT_HEARTBEAT, Mechanism.SCHEDULER_MARKING);

    /** A figure that can be drawn against an input. */
    public enum Figure {
        DETECTION("detection time (ms)", Comparison.Row::detectionMs),
        RECOVERY("recovery time (s)", Comparison.Row::recoveryS),
        LOST("lost packets", Comparison.Row::lostPackets),
        MONITORING("monitoring CPU (\u00b5s per s)", r -> r.monitoringCpuUsPerS());

        private final String label;
        private final Function<Comparison.Row, Double> value;

        Figure(String label, Function<Comparison.Row, Double> value) {
            this.label = label;
            this.value = value;
        }

        /** The figure's name in the window's language ({@code whatif.figure.<name>}). */
        public String label() {
            return Messages.get("whatif.figure." + name(), label);
        }

        public Double of(Comparison.Row row) {
            return value.apply(row);
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /**
     * One strategy's figures with the inputs moved, each as "default → now" when it moved.
     * {@code current}: false while the strategy's runs for the newest inputs are still under way (the
     * figures shown are those of the question before).
     */
    public record FigureRow(String strategy, String title, String detection, String recovery, String lost, String monitoring,
                            boolean current) {
    }

    private static final List<String> SWEPT = List.of("phoenix-fine", "phoenix-coarse", "tfd-xen", "xoar");

    private final TaskExecutor executor;
    private final Comparison.Lane lane = new Comparison.Lane();
    private final Map<Sweep.Knob, DoubleProperty> values = new EnumMap<>(Sweep.Knob.class);
    private final Map<Sweep.Knob, Boolean> moved = new EnumMap<>(Sweep.Knob.class);
    /** The value of each input last accepted (engine units): what a refused value goes back to. */
    private final Map<Sweep.Knob, Long> accepted = new EnumMap<>(Sweep.Knob.class);
    private final Map<Mechanism, BooleanProperty> switches = new EnumMap<>(Mechanism.class);
    private final ReadOnlyObjectWrapper<List<FigureRow>> figures = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Comparison.Setup> figuresSetup = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(
            "Move a slider or a switch: the comparison runs again with that input while you move it.");
    private final ReadOnlyStringWrapper seedsNote = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final IntegerProperty compareSeeds = new SimpleIntegerProperty(10);
    private final ObjectProperty<Sweep.Knob> knob = new SimpleObjectProperty<>(Sweep.Knob.HEARTBEAT_PERIOD);
    private final ObjectProperty<Double> from = new SimpleObjectProperty<>(20.0);
    private final ObjectProperty<Double> to = new SimpleObjectProperty<>(120.0);
    private final ObjectProperty<Integer> steps = new SimpleObjectProperty<>(6);
    private final ObjectProperty<Figure> figure = new SimpleObjectProperty<>(Figure.DETECTION);
    private final BooleanProperty logarithmic = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<List<Sweep.Point>> sweep = new ReadOnlyObjectWrapper<>(List.of());
    private Sweep.Knob swept = Sweep.Knob.HEARTBEAT_PERIOD;
    private Comparison.Result baseline;
    /** The newest figures per strategy, and whether they belong to the newest question. */
    private final Map<String, Comparison.Row> latest = new TreeMap<>();
    private final Map<String, Boolean> fresh = new TreeMap<>();
    private BackgroundTask<?> question;
    private Comparison.Request baselineRequest;
    private final ReadOnlyObjectWrapper<Comparison.Request> request = new ReadOnlyObjectWrapper<>();
    private BackgroundTask<?> sweepTask;
    /** Set while values are changed by the model itself (defaults, a refusal): no question per change. */
    private boolean adjusting;
    /** Whether a run is under way, readable from any thread (tests wait on it). */
    private volatile boolean asking;
    private volatile boolean sweeping;

    public WhatIfViewModel(TaskExecutor executor) {
        this.executor = executor;
        for (Sweep.Knob k : Sweep.Knob.values()) {
            DoubleProperty p = new SimpleDoubleProperty(defaultValue(k));
            values.put(k, p);
            accepted.put(k, engineValue(k, defaultValue(k)));
            p.addListener((o, was, now) -> changed(k));
        }
        for (Mechanism m : SWITCHES) {
            BooleanProperty on = new SimpleBooleanProperty(true);
            on.addListener((o, was, now) -> {
                if (!adjusting) {
                    rerun();
                }
            });
            switches.put(m, on);
        }
        knob.addListener((o, was, k) -> {
            double[] r = range(k);
            from.set(k.isDuration() ? r[0] : Math.max(r[0], 1));
            to.set(r[1]);
        });
        figure.addListener((o, was, f) -> logarithmic.set(spansOrdersOfMagnitude(f)));
        compareSeeds.addListener(o -> seedsNote.set(seedsNote()));
        seedsNote.set(seedsNote());
    }

    // ------------------------------------------------------------------ inputs

    /** The input's value in the units shown (milliseconds, packets/s, guests, CPUs). */
    public DoubleProperty valueProperty(Sweep.Knob k) {
        return values.get(k);
    }

    /** Whether a mechanism is on (in the designs that have it); only {@link #SWITCHES} can be switched. */
    public BooleanProperty switchProperty(Mechanism m) {
        BooleanProperty p = switches.get(m);
        if (p == null) {
            throw new IllegalArgumentException(m.id() + " cannot be switched in a what-if");
        }
        return p;
    }

    /**
     * Slider ranges, in the units shown: a span a student explores, within the engine's limits for
     * the input ({@link Sweep.Knob#min()}, {@link Sweep.Knob#max()}).
     */
    public static double[] range(Sweep.Knob k) {
        double[] span = switch (k) {
            case HEARTBEAT_PERIOD -> new double[] {5, 500};
            case DRIVER_TIMEOUT -> new double[] {5, 200};
            case PACKET_RATE -> new double[] {5_000, 150_000};
            case REBOOT -> new double[] {500, 20_000};
            case RELOAD -> new double[] {200, 10_000};
            case GUESTS -> new double[] {1, 64};
            case PHYSICAL_CPUS -> new double[] {1, 8};
        };
        double scale = k.isDuration() ? 1000.0 : 1.0; // durations are shown in milliseconds
        return new double[] {Math.max(span[0], k.min() / scale), Math.min(span[1], k.max() / scale)};
    }

    /** Whether the input takes whole numbers only (a slider snaps to them). */
    public static boolean whole(Sweep.Knob k) {
        return k == Sweep.Knob.GUESTS || k == Sweep.Knob.PHYSICAL_CPUS;
    }

    /** The value the strategies use when nothing is changed (phoenix-fine's, for the parameters). */
    public static double defaultValue(Sweep.Knob k) {
        return switch (k) {
            case PACKET_RATE -> Scenario.PAPER_LINE_RATE_PPS;
            case GUESTS -> 3;
            case REBOOT -> StrategyCatalog.load("phoenix-coarse").get(Parameter.UNIKERNEL_REBOOT_US) / 1000.0;
            case HEARTBEAT_PERIOD -> StrategyCatalog.load("phoenix-coarse").get(Parameter.HEARTBEAT_PERIOD_US) / 1000.0;
            case DRIVER_TIMEOUT -> StrategyCatalog.load("phoenix-fine").get(Parameter.DRIVER_TIMEOUT_US) / 1000.0;
            case RELOAD -> StrategyCatalog.load("phoenix-fine").get(Parameter.DRIVER_RELOAD_US) / 1000.0;
            case PHYSICAL_CPUS -> StrategyCatalog.load("phoenix-fine").get(Parameter.PHYSICAL_CPUS);
        };
    }

    /** A value in words: "120 ms", "81,274 packets/s", "3 guests", "2 CPUs". */
    public static String shown(Sweep.Knob k, double v) {
        return switch (k) {
            case PACKET_RATE -> String.format(Messages.locale(), "%,.0f ", v) + unit(k);
            case GUESTS -> String.format(Messages.locale(), "%d ", Math.round(v)) + unit(k);
            case PHYSICAL_CPUS -> Math.round(v) == 1 ? "1 CPU" : String.format(Messages.locale(), "%d ", Math.round(v)) + unit(k);
            default -> String.format(Messages.locale(), "%,.0f ms", v);
        };
    }

    /** The unit of a knob's values as shown. */
    public static String unit(Sweep.Knob k) {
        return k.isDuration() ? "ms" : k == Sweep.Knob.GUESTS ? Messages.get("whatif.unit.guests")
                : k == Sweep.Knob.PHYSICAL_CPUS ? Messages.get("whatif.unit.cpus") : Messages.get("whatif.unit.rate");
    }

    /** A knob's name in the window's language ({@code whatif.knob.<id>}), else the engine's. */
    public static String knob(Sweep.Knob k) {
        return Messages.get("whatif.knob." + k.id(), k.label());
    }

    /** The engine's unit for a knob's shown value: durations in microseconds, whole milliseconds as shown. */
    static long engineValue(Sweep.Knob k, double shownValue) {
        return k.isDuration() ? Math.round(shownValue) * 1000 : Math.round(shownValue);
    }

    private void changed(Sweep.Knob k) {
        if (adjusting) {
            return;
        }
        long v = engineValue(k, values.get(k).get());
        if (v == accepted.get(k)) {
            return; // the slider moved within one step: the same question
        }
        Optional<String> problem = refusal(k, v);
        if (problem.isPresent()) {
            refusal.set(problem.get());
            status.set(Messages.format("whatif.status.notUsed", problem.get()));
            adjust(() -> values.get(k).set(shownValue(k, accepted.get(k))));
            return;
        }
        refusal.set("");
        accepted.put(k, v);
        moved.put(k, true);
        rerun();
    }

    /** Why a value cannot be used, in the validator's words; empty when it can. */
    private Optional<String> refusal(Sweep.Knob k, long engineValue) {
        return k.problemPhrase(setup(SEEDS), engineValue, StrategyCatalog.NAMES).map(p -> PhraseWords.of(p, null));
    }

    private static double shownValue(Sweep.Knob k, long engineValue) {
        return k.isDuration() ? engineValue / 1000.0 : engineValue;
    }

    /** The last value refused, in the validator's words; empty when the last value was used. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /**
     * A value typed by the user, in the units shown ("120" or "120 ms" for a duration): used when the
     * validator accepts it, otherwise refused with its reason (and the input keeps its value).
     */
    public Optional<String> type(Sweep.Knob k, String text) {
        // Grouping as the window writes it ("6,900" in English, "6 900" in French) and as people type it.
        String t = text.trim().replace(",", "").replace("_", "").replace('\u202F', ' ').replace('\u00A0', ' ');
        String u = unit(k);
        if (t.endsWith(u)) {
            t = t.substring(0, t.length() - u.length()).trim();
        } else if (k == Sweep.Knob.PHYSICAL_CPUS && t.endsWith("CPU")) {
            t = t.substring(0, t.length() - 3).trim();
        }
        t = t.replace(" ", "");
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            String problem = Messages.format("whatif.notANumber", knob(k), u, text.trim());
            refusal.set(problem);
            status.set(Messages.format("whatif.status.notUsed", problem));
            return Optional.of(problem);
        }
        Optional<String> problem = refusal(k, engineValue(k, v));
        if (problem.isPresent()) {
            refusal.set(problem.get());
            status.set(Messages.format("whatif.status.notUsed", problem.get()));
            return problem;
        }
        values.get(k).set(v);
        return Optional.empty();
    }

    /** The user let go of an input: it counts as changed, and the comparison runs again if needed. */
    public void commit(Sweep.Knob k) {
        if (!moved.getOrDefault(k, false)) {
            moved.put(k, true);
            accepted.put(k, engineValue(k, values.get(k).get()));
            rerun();
        }
    }

    /** Every input and switch back to its default, and the comparison again. */
    public void resetDefaults() {
        adjust(() -> {
            for (Sweep.Knob k : Sweep.Knob.values()) {
                values.get(k).set(defaultValue(k));
                accepted.put(k, engineValue(k, defaultValue(k)));
            }
            switches.values().forEach(p -> p.set(true));
        });
        moved.clear();
        refusal.set("");
        rerun();
    }

    private void adjust(Runnable r) {
        adjusting = true;
        try {
            r.run();
        } finally {
            adjusting = false;
        }
    }

    /** The setup the inputs describe (only the inputs the user moved are changed). */
    public Comparison.Setup setup(int runs) {
        Comparison.Setup s = Comparison.Setup.nicDriverCrash(runs);
        for (Sweep.Knob k : Sweep.Knob.values()) {
            if (moved.getOrDefault(k, false)) {
                s = k.apply(s, accepted.get(k));
            }
        }
        for (Mechanism m : SWITCHES) {
            if (!switches.get(m).get()) {
                s = s.withMechanism(m, false);
            }
        }
        return s;
    }

    // ------------------------------------------------------------------ outputs

    public ReadOnlyObjectProperty<List<FigureRow>> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** The question the figures shown answer once every row is current. */
    public ReadOnlyObjectProperty<Comparison.Setup> figuresSetupProperty() {
        return figuresSetup.getReadOnlyProperty();
    }

    /** The newest question's runs on the engine's pool (a newer question cancels them). */
    public ReadOnlyObjectProperty<Comparison.Request> requestProperty() {
        return request.getReadOnlyProperty();
    }

    /** Whether every figure shown belongs to the newest inputs. */
    public boolean figuresCurrent() {
        return !figures.get().isEmpty() && figures.get().stream().allMatch(FigureRow::current);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** How many seeds the figures are means over, and why they may differ from the Compare tab's. */
    public ReadOnlyStringProperty seedsNoteProperty() {
        return seedsNote.getReadOnlyProperty();
    }

    /** The Compare tab's seeds per strategy (the window binds it), for the note on seeds. */
    public IntegerProperty compareSeedsProperty() {
        return compareSeeds;
    }

    private String seedsNote() {
        int c = compareSeeds.get();
        if (c == SEEDS) {
            return Messages.format("whatif.seeds.same", SEEDS);
        }
        return Messages.format("whatif.seeds.other", SEEDS, c);
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Whether a what-if question or a sweep is under way (readable from any thread). */
    public boolean running() {
        return asking || sweeping;
    }

    /** Whether a sweep is under way. */
    public boolean sweeping() {
        return sweeping;
    }

    /** Whether the figures with the defaults are known yet. */
    public boolean hasBaseline() {
        return baseline != null;
    }

    // ------------------------------------------------------------------ runs

    /**
     * Asks the comparison with the inputs ({@link #SEEDS} seeds): the runs of any earlier question stop,
     * and each strategy's row replaces the one shown as soon as its seeds are in.
     */
    public void rerun() {
        if (question != null) {
            question.cancel(); // a newer question replaces the old one
        }
        Comparison.Setup setup = setup(SEEDS);
        var problem = Comparison.problem(setup, StrategyCatalog.NAMES); // the engine's one validator, before any run
        if (problem.isPresent()) {
            question = null;
            asking = false;
            updateRunning();
            status.set(Messages.format("whatif.status.cannotRun", problem.get()));
            return;
        }
        fresh.replaceAll((s, was) -> false);
        showFigures(setup);
        CompareViewModel.Arrivals relay = new CompareViewModel.Arrivals();
        // The defaults' figures, asked once and shared by every question until they are in.
        if (baseline == null && (baselineRequest == null || baselineRequest.result().isCompletedExceptionally())) {
            baselineRequest = Comparison.start(Comparison.Setup.nicDriverCrash(SEEDS), StrategyCatalog.NAMES, new Comparison.Listener() {
            });
        }
        Comparison.Request base = baseline == null ? baselineRequest : null;
        Comparison.Request now = lane.submit(setup, StrategyCatalog.NAMES, relay); // the lane cancels the runs of the question before
        request.set(now);
        BackgroundTask<Comparison.Result[]> t = BackgroundTask.of("what-if", p -> {
            Comparison.Result b = null;
            if (base != null) {
                b = relay.await(base, p, false);
                relay.baseline(b);
            }
            return new Comparison.Result[] {b, relay.await(now, p, true)};
        });
        t.onProgress(f -> {
            progress.set(f);
            arrived(relay, setup);
        });
        t.onSuccess(r -> {
            if (r[0] != null && baseline == null) {
                baseline = r[0];
            }
            asking = false;
            updateRunning();
            arrived(relay, setup);
            for (Comparison.Row row : r[1].rows()) {
                latest.put(row.strategy(), row);
                fresh.put(row.strategy(), true);
            }
            showFigures(setup);
            if (refusal.get().isEmpty()) {
                status.set(setup.equals(Comparison.Setup.nicDriverCrash(SEEDS))
                        ? Messages.get("whatif.status.defaults")
                        : Messages.get("whatif.status.yours"));
            }
        });
        t.onCancelled(() -> {
            if (question == t) {
                asking = false;
                updateRunning();
                status.set(Messages.get("whatif.status.cancelled"));
            }
        });
        t.onFailure(e -> {
            if (question == t) {
                asking = false;
                updateRunning();
                status.set(Messages.get("whatif.status.failed") + e.getMessage());
            }
        });
        question = t;
        asking = true;
        updateRunning();
        if (refusal.get().isEmpty()) {
            status.set(Messages.get("whatif.status.running"));
        }
        progress.set(0);
        executor.execute(t);
    }

    /** Rows that came in for {@code setup} (on the UI thread): each replaces its strategy's figures. */
    private void arrived(CompareViewModel.Arrivals relay, Comparison.Setup setup) {
        boolean first = false;
        if (baseline == null) {
            baseline = relay.baseline();
            first = baseline != null;
        }
        if (baseline == null) {
            return; // the rows wait for the defaults' figures, to be shown beside them
        }
        List<Comparison.Row> rows = relay.drain();
        for (Comparison.Row row : rows) {
            latest.put(row.strategy(), row);
            fresh.put(row.strategy(), true);
        }
        if (first || !rows.isEmpty()) {
            showFigures(setup);
        }
    }

    private void showFigures(Comparison.Setup setup) {
        if (baseline == null) {
            return;
        }
        List<FigureRow> rows = new ArrayList<>();
        for (Comparison.Row b : baseline.rows()) {
            Comparison.Row r = latest.getOrDefault(b.strategy(), b);
            rows.add(new FigureRow(r.strategy(), r.title(), moved(b.detectionMs(), r.detectionMs(), 1),
                    moved(b.recoveryS(), r.recoveryS(), 2), moved(b.lostPackets(), r.lostPackets(), 0),
                    moved(b.monitoringCpuUsPerS(), r.monitoringCpuUsPerS(), 0), fresh.getOrDefault(r.strategy(), false)));
        }
        figuresSetup.set(setup);
        figures.set(rows);
    }

    /** "before → after", or one figure when it did not move. */
    public static String moved(Double before, Double after, int decimals) {
        String b = CompareViewModel.fmt(before, decimals);
        String a = CompareViewModel.fmt(after, decimals);
        return b.equals(a) ? a : b + " \u2192 " + a;
    }

    public ObjectProperty<Sweep.Knob> knobProperty() {
        return knob;
    }

    public ObjectProperty<Double> fromProperty() {
        return from;
    }

    public ObjectProperty<Double> toProperty() {
        return to;
    }

    public ObjectProperty<Integer> stepsProperty() {
        return steps;
    }

    public ObjectProperty<Figure> figureProperty() {
        return figure;
    }

    /** Whether the sweep's chart has a logarithmic axis (chosen for the figure, changeable). */
    public BooleanProperty logarithmicProperty() {
        return logarithmic;
    }

    /** The last sweep that ran to its end; empty before. */
    public ReadOnlyObjectProperty<List<Sweep.Point>> sweepProperty() {
        return sweep.getReadOnlyProperty();
    }

    /** The input the last sweep ran over. */
    public Sweep.Knob swept() {
        return swept;
    }

    /** Runs the sweep the inputs describe ({@link #SWEEP_SEEDS} seeds per value); ignored while a sweep runs. */
    public void runSweep() {
        if (sweeping) {
            return;
        }
        Sweep.Knob k = knob.get();
        long a = engineValue(k, from.get());
        long z = engineValue(k, to.get());
        int n = steps.get();
        Comparison.Setup base = setup(SWEEP_SEEDS);
        for (long v : List.of(a, z)) {
            Optional<String> problem = refusal(k, v);
            if (problem.isPresent()) {
                status.set(Messages.format("whatif.status.sweepCannotRun", problem.get()));
                return;
            }
        }
        BackgroundTask<List<Sweep.Point>> t = BackgroundTask.of("sweep",
                p -> Sweep.run(k, a, z, n, base, SWEPT, p::cancelled, p::report));
        t.onProgress(progress::set);
        t.onSuccess(points -> {
            swept = k;
            sweeping = false;
            updateRunning();
            status.set(Messages.format("whatif.status.swept", knob(k), points.size(), SWEEP_SEEDS));
            sweep.set(points);
            logarithmic.set(spansOrdersOfMagnitude(figure.get()));
        });
        t.onCancelled(() -> {
            if (sweepTask == t) {
                sweeping = false;
                updateRunning();
                status.set(Messages.get("whatif.status.sweepCancelled"));
            }
        });
        t.onFailure(e -> {
            if (sweepTask == t) {
                sweeping = false;
                updateRunning();
                status.set(Messages.get("whatif.status.sweepFailed") + e.getMessage());
            }
        });
        sweepTask = t;
        sweeping = true;
        updateRunning();
        status.set(Messages.format("whatif.status.sweeping", knob(k)));
        progress.set(0);
        executor.execute(t);
    }

    /** Whether the figure's values over the sweep span more than a hundredfold (then a log axis reads better). */
    private boolean spansOrdersOfMagnitude(Figure f) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (Sweep.Point p : sweep.get()) {
            for (Comparison.Row r : p.rows()) {
                Double v = f.of(r);
                if (v != null && v > 0) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return max > 0 && max / min > 100;
    }

    /** The sweep as rows: a header, then one row per value and strategy. */
    public List<List<String>> sweepRows() {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of("parameter", "value", "strategy", "seeds", "detection_ms", "recovery_s", "lost_packets", "monitoring_cpu_us_per_s"));
        for (Sweep.Point p : sweep.get()) {
            for (Comparison.Row r : p.rows()) {
                out.add(List.of(swept.id(), Long.toString(p.value()), r.strategy(), Integer.toString(r.runs()),
                        r.detectionMs() == null ? "" : String.format(Locale.ROOT, "%.2f", r.detectionMs()),
                        r.recoveryS() == null ? "" : String.format(Locale.ROOT, "%.3f", r.recoveryS()),
                        r.lostPackets() == null ? "" : String.format(Locale.ROOT, "%.0f", r.lostPackets()),
                        String.format(Locale.ROOT, "%.1f", r.monitoringCpuUsPerS())));
            }
        }
        return out;
    }

    /** Says something in the status line (an export that failed). */
    public void report(String message) {
        status.set(message);
    }

    /** Stops the question and the sweep under way. */
    public void cancel() {
        lane.cancel();
        if (question != null) {
            question.cancel();
        }
        if (sweepTask != null) {
            sweepTask.cancel();
        }
    }

    private void updateRunning() {
        running.set(asking || sweeping);
    }
}
