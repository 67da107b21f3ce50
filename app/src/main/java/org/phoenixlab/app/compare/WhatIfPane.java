package org.phoenixlab.app.compare;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.phoenixlab.app.export.Pictures;
import org.phoenixlab.app.util.TableFiles;
import org.phoenixlab.app.util.FxDialogService;
import org.phoenixlab.app.util.Writing;
import org.phoenixlab.engine.experiment.Comparison;
import org.phoenixlab.engine.experiment.Sweep;

/**
 * What-if: a slider per input; letting one go re-runs the NIC-driver comparison with those inputs and
 * shows how each figure moved from the defaults. Below, a sweep draws one figure as a function of one
 * input, one line per strategy. The runs are {@link WhatIfViewModel}'s, in the background.
 */
public final class WhatIfPane extends VBox {
    private final WhatIfViewModel model;
    private final FxDialogService dialogs;
    private final Map<Sweep.Knob, Slider> sliders = new EnumMap<>(Sweep.Knob.class);
    private final GridPane figures = new GridPane();
    private final Label status = new Label();
    private final LineChart<Number, Number> linear = new LineChart<>(new NumberAxis(), new NumberAxis());
    private final LineChart<Number, Number> logarithmic = new LineChart<>(new NumberAxis(), new LogAxis(""));
    private LineChart<Number, Number> chart = linear;

    public WhatIfPane(WhatIfViewModel model, FxDialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        setSpacing(10);
        setPadding(new Insets(10));
        Button reset = new Button("Back to the defaults");
        reset.setOnAction(e -> model.resetDefaults());
        figures.setHgap(14);
        figures.setVgap(4);
        figures.setId("whatif-figures");
        HBox top = new HBox(24, new VBox(8, sliderGrid(), reset), figures);
        status.setId("whatif-status");
        status.textProperty().bind(model.statusProperty());
        for (LineChart<Number, Number> c : List.of(linear, logarithmic)) {
            ((NumberAxis) c.getXAxis()).setForceZeroInRange(false);
            c.setAnimated(false);
            c.setId("sweep-chart");
            c.setPrefHeight(300);
            VBox.setVgrow(c, Priority.ALWAYS);
        }
        linear.setTitle("Choose an input and press Sweep: the figure is drawn against it, one line per strategy");
        model.figuresProperty().addListener(o -> showFigures(model.figuresProperty().get()));
        model.sweepProperty().addListener(o -> drawSweep());
        model.figureProperty().addListener(o -> drawSweep());
        model.logarithmicProperty().addListener(o -> drawSweep());
        // The figures with the defaults, once, when the pane first appears.
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null && !model.hasBaseline() && !model.running()) {
                model.rerun();
            }
        });
        getChildren().addAll(top, status, sweepControls(), chart);
    }

    private GridPane sliderGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        for (Sweep.Knob k : Sweep.Knob.values()) {
            double[] range = WhatIfViewModel.range(k);
            Slider s = new Slider(range[0], range[1], model.valueProperty(k).get());
            s.valueProperty().bindBidirectional(model.valueProperty(k));
            s.setPrefWidth(320);
            s.setId("slider-" + k.id());
            Label value = new Label();
            value.setMinWidth(110);
            value.textProperty().bind(Bindings.createStringBinding(() -> WhatIfViewModel.shown(k, s.getValue()), s.valueProperty()));
            s.valueChangingProperty().addListener((o, was, changing) -> {
                if (!changing) {
                    model.commit(k);
                }
            });
            s.setOnMouseReleased(e -> {
                if (!s.isValueChanging()) {
                    model.commit(k);
                }
            });
            s.setTooltip(new Tooltip("Let go to run the comparison again with this " + k.label()));
            sliders.put(k, s);
            grid.addRow(row++, new Label(capitalise(k.label())), s, value);
        }
        return grid;
    }

    private FlowPane sweepControls() {
        ComboBox<Sweep.Knob> knob = new ComboBox<>();
        knob.getItems().setAll(Sweep.Knob.values());
        knob.setConverter(new StringConverter<>() {
            @Override
            public String toString(Sweep.Knob k) {
                return k == null ? "" : k.label();
            }

            @Override
            public Sweep.Knob fromString(String text) {
                return null;
            }
        });
        knob.valueProperty().bindBidirectional(model.knobProperty());
        knob.setId("sweep-knob");
        Label unit = new Label();
        unit.textProperty().bind(Bindings.createStringBinding(() -> WhatIfViewModel.unit(model.knobProperty().get()),
                model.knobProperty()));
        Spinner<Double> from = new Spinner<>(1.0, 100_000.0, model.fromProperty().get(), 5.0);
        from.getValueFactory().valueProperty().bindBidirectional(model.fromProperty());
        Spinner<Double> to = new Spinner<>(1.0, 100_000.0, model.toProperty().get(), 5.0);
        to.getValueFactory().valueProperty().bindBidirectional(model.toProperty());
        Spinner<Integer> steps = new Spinner<>(2, 40, model.stepsProperty().get());
        steps.getValueFactory().valueProperty().bindBidirectional(model.stepsProperty());
        from.setEditable(true);
        to.setEditable(true);
        ComboBox<WhatIfViewModel.Figure> figure = new ComboBox<>();
        figure.getItems().setAll(WhatIfViewModel.Figure.values());
        figure.valueProperty().bindBidirectional(model.figureProperty());
        CheckBox log = new CheckBox("logarithmic axis");
        log.selectedProperty().bindBidirectional(model.logarithmicProperty());
        Button runSweep = new Button("Sweep");
        runSweep.setId("sweep-run");
        runSweep.setOnAction(e -> model.runSweep());
        Button cancel = new Button("Cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar progress = new ProgressBar(0);
        progress.progressProperty().bind(model.progressProperty());
        Button png = new Button("Chart as PNG\u2026");
        png.setOnAction(e -> save("what-if.png", "PNG images", "*.png", f -> Pictures.png(Pictures.picture(chartNode(), 1), f)));
        Button csv = new Button("Sweep as CSV\u2026");
        csv.setOnAction(e -> save("what-if.csv", "CSV tables", "*.csv", f -> TableFiles.csv(model.sweepRows(), f)));
        FlowPane controls = new FlowPane(8, 6, new Label("Sweep the"), knob, new Label("from"), from, new Label("to"), to, unit,
                new Label("in"), steps, new Label("steps, and draw the"), figure, log, runSweep, cancel, progress, png, csv);
        controls.setAlignment(Pos.CENTER_LEFT);
        for (Node n : controls.getChildren()) {
            if (n instanceof Control c) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        from.setPrefWidth(100);
        to.setPrefWidth(100);
        steps.setPrefWidth(70);
        return controls;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public WhatIfViewModel viewModel() {
        return model;
    }

    public Slider slider(Sweep.Knob k) {
        return sliders.get(k);
    }

    public LineChart<Number, Number> chartNode() {
        return chart;
    }

    public List<Sweep.Point> sweep() {
        return model.sweepProperty().get();
    }

    /** Whether a run is under way (readable from any thread, for tests). */
    public boolean running() {
        return model.running();
    }

    /** The setup the sliders describe (only the inputs the user moved are changed). */
    public Comparison.Setup setup(int runs) {
        return model.setup(runs);
    }

    /** Sets the sweep to draw (for tests) and runs it. */
    public void sweep(Sweep.Knob k, double fromShown, double toShown, int n) {
        model.knobProperty().set(k);
        model.fromProperty().set(fromShown);
        model.toProperty().set(toShown);
        model.stepsProperty().set(n);
        model.runSweep();
    }

    private void showFigures(List<WhatIfViewModel.FigureRow> rows) {
        figures.getChildren().clear();
        figures.addRow(0, bold("strategy"), bold("detection (ms)"), bold("recovery (s)"), bold("lost packets"));
        for (int i = 0; i < rows.size(); i++) {
            WhatIfViewModel.FigureRow r = rows.get(i);
            figures.addRow(i + 1, new Label(r.strategy()), new Label(r.detection()), new Label(r.recovery()), new Label(r.lost()));
        }
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.setStyle("-fx-font-weight: bold");
        return l;
    }

    private void drawSweep() {
        List<Sweep.Point> sweep = model.sweepProperty().get();
        if (sweep.isEmpty()) {
            return;
        }
        Sweep.Knob k = model.swept();
        WhatIfViewModel.Figure f = model.figureProperty().get();
        boolean log = model.logarithmicProperty().get();
        LineChart<Number, Number> target = log ? logarithmic : linear;
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        for (int i = 0; i < sweep.get(0).rows().size(); i++) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(sweep.get(0).rows().get(i).title());
            for (Sweep.Point p : sweep) {
                Double v = f.of(p.rows().get(i));
                if (v != null && (!log || v > 0)) {
                    series.getData().add(new XYChart.Data<>(k.isDuration() ? p.value() / 1000.0 : p.value(), v));
                }
            }
            all.add(series);
        }
        linear.getData().clear();
        logarithmic.getData().clear();
        target.getData().setAll(all);
        target.setTitle(capitalise(f.label()) + " against the " + k.label());
        target.getXAxis().setLabel(capitalise(k.label()) + (k.isDuration() ? " (ms)" : ""));
        target.getYAxis().setLabel(f.label());
        if (target != chart) {
            getChildren().set(getChildren().indexOf(chart), target);
            chart = target;
        }
    }

    private void save(String name, String description, String pattern, Writing writing) {
        dialogs.chooseToSave("Export", description, pattern, name).ifPresent(f -> {
            try {
                writing.to(f);
            } catch (IOException e) {
                model.report("The export failed: " + f + ": " + e.getMessage());
            }
        });
    }
}
