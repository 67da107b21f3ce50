package org.phoenixlab.app.compare;

import org.phoenixlab.app.util.Messages;
import org.phoenixlab.app.util.ModelWords;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
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
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.phoenixlab.app.export.Pictures;
import org.phoenixlab.app.util.FxDialogService;
import org.phoenixlab.app.util.TableFiles;
import org.phoenixlab.app.util.Writing;
import org.phoenixlab.engine.experiment.Comparison;
import org.phoenixlab.engine.experiment.Sweep;
import org.phoenixlab.engine.strategy.Mechanism;

/**
 * What-if: a slider (and a field to type a value) per input and a switch per mechanism; each change
 * asks the NIC-driver comparison again while the slider still moves, and the figures follow, each
 * strategy's as soon as its runs are in (a strategy still running keeps its previous figures, greyed).
 * Below, a sweep draws one figure as a function of one input, one line per strategy in its colour.
 * The runs are {@link WhatIfViewModel}'s, in the background.
 */
public final class WhatIfPane extends ScrollPane {
    private final WhatIfViewModel model;
    private final FxDialogService dialogs;
    private final VBox content = new VBox(10);
    private final Map<Sweep.Knob, Slider> sliders = new EnumMap<>(Sweep.Knob.class);
    private final Map<Sweep.Knob, TextField> fields = new EnumMap<>(Sweep.Knob.class);
    private final Map<Mechanism, CheckBox> switchBoxes = new EnumMap<>(Mechanism.class);
    private final GridPane figures = new GridPane();
    private final LineChart<Number, Number> linear = new LineChart<>(new NumberAxis(), new NumberAxis());
    private final LineChart<Number, Number> logarithmic = new LineChart<>(new NumberAxis(), new LogAxis(""));
    private final ChartKey sweepKey = new ChartKey(true);
    private LineChart<Number, Number> chart = linear;

    public WhatIfPane(WhatIfViewModel model, FxDialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        setFitToWidth(true);
        setFitToHeight(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.setPadding(new Insets(10));
        setContent(content);
        Button reset = new Button(Messages.get("whatif.reset"));
        reset.setId("whatif-reset");
        reset.setOnAction(e -> model.resetDefaults());
        figures.setHgap(16);
        figures.setVgap(4);
        figures.setId("whatif-figures");
        Label seeds = new Label();
        seeds.setId("whatif-seeds");
        seeds.textProperty().bind(model.seedsNoteProperty());
        seeds.setWrapText(true);
        seeds.getStyleClass().add("note");
        seeds.setMinHeight(Region.USE_PREF_SIZE);
        figures.setMinHeight(Region.USE_PREF_SIZE);
        VBox right = new VBox(8, switches(), figures, seeds);
        HBox.setHgrow(right, Priority.ALWAYS);
        VBox left = new VBox(8, sliderGrid(), reset);
        HBox top = new HBox(24, left, right);
        Label status = new Label();
        status.setId("whatif-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.styleProperty().bind(Bindings.when(model.refusalProperty().isEmpty()).then("")
                .otherwise("-fx-text-fill: " + StrategyColours.FAULT + ";"));
        for (LineChart<Number, Number> c : List.of(linear, logarithmic)) {
            ((NumberAxis) c.getXAxis()).setForceZeroInRange(false);
            c.setAnimated(false);
            c.setLegendVisible(false);
            c.setId("sweep-chart");
            c.setPrefHeight(300);
            c.setMinHeight(230);
            VBox.setVgrow(c, Priority.ALWAYS);
        }
        linear.setTitle(Messages.get("whatif.chart.none"));
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
        content.getChildren().addAll(top, status, sweepControls(), chart, sweepKey);
    }

    private GridPane sliderGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        for (Sweep.Knob k : Sweep.Knob.values()) {
            double[] range = WhatIfViewModel.range(k);
            Slider s = new Slider(range[0], range[1], model.valueProperty(k).get());
            if (WhatIfViewModel.whole(k)) {
                s.setMajorTickUnit(1);
                s.setMinorTickCount(0);
                s.setSnapToTicks(true);
                s.setBlockIncrement(1);
            } else {
                s.setBlockIncrement((range[1] - range[0]) / 50);
            }
            s.valueProperty().bindBidirectional(model.valueProperty(k));
            s.setPrefWidth(200);
            s.setMinWidth(160);
            s.setId("slider-" + k.id());
            s.valueChangingProperty().addListener((o, was, changing) -> {
                if (!changing) {
                    model.commit(k);
                }
            });
            s.setTooltip(new Tooltip(Messages.get("whatif.slider.tooltip")));
            sliders.put(k, s);
            TextField field = new TextField();
            field.setId("value-" + k.id());
            field.setPrefColumnCount(9);
            field.setMinWidth(Region.USE_PREF_SIZE);
            Runnable showValue = () -> field.setText(WhatIfViewModel.shown(k, model.valueProperty(k).get()));
            showValue.run();
            model.valueProperty(k).addListener(o -> {
                if (!field.isFocused()) {
                    showValue.run();
                }
            });
            field.setOnAction(e -> {
                if (model.type(k, field.getText()).isEmpty()) {
                    showValue.run();
                }
            });
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    showValue.run();
                }
            });
            field.setTooltip(new Tooltip(Messages.format("whatif.field.tooltip", WhatIfViewModel.unit(k))));
            fields.put(k, field);
            Label name = new Label(capitalise(WhatIfViewModel.knob(k)));
            name.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, name, s, field);
        }
        return grid;
    }

    private VBox switches() {
        VBox box = new VBox(4);
        for (Mechanism m : WhatIfViewModel.SWITCHES) {
            CheckBox c = new CheckBox(switchLabel(m));
            c.setId("switch-" + m.id());
            c.selectedProperty().bindBidirectional(model.switchProperty(m));
            c.setTooltip(new Tooltip(switchHelp(m)));
            c.setWrapText(true);
            c.setMinHeight(Region.USE_PREF_SIZE);
            switchBoxes.put(m, c);
            box.getChildren().add(c);
        }
        return box;
    }

    private static String switchLabel(Mechanism m) {
        return switch (m) {
            case IMPLICIT_HEARTBEAT -> Messages.get("whatif.switch.implicit");
            case SCHEDULER_MARKING -> Messages.get("whatif.switch.marking");
            default -> m.id();
        };
    }

    private static String switchHelp(Mechanism m) {
        return switch (m) {
            case IMPLICIT_HEARTBEAT -> Messages.get("whatif.switch.implicit.off");
            case SCHEDULER_MARKING -> Messages.get("whatif.switch.marking.off");
            default -> "";
        };
    }

    private FlowPane sweepControls() {
        ComboBox<Sweep.Knob> knob = new ComboBox<>();
        knob.getItems().setAll(Sweep.Knob.values());
        knob.setConverter(new StringConverter<>() {
            @Override
            public String toString(Sweep.Knob k) {
                return k == null ? "" : WhatIfViewModel.knob(k);
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
        CheckBox log = new CheckBox(Messages.get("whatif.log"));
        log.selectedProperty().bindBidirectional(model.logarithmicProperty());
        Button runSweep = new Button(Messages.get("whatif.sweep"));
        runSweep.setId("sweep-run");
        runSweep.setOnAction(e -> model.runSweep());
        Button cancel = new Button(Messages.get("compare.cancel"));
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar progress = new ProgressBar(0);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        Button png = new Button(Messages.get("whatif.png"));
        png.setOnAction(e -> save("what-if.png", Messages.get("compare.png.files"), "*.png", f -> Pictures.png(Pictures.picture(chartNode(), 1), f)));
        Button csv = new Button(Messages.get("whatif.csv"));
        csv.setOnAction(e -> save("what-if.csv", Messages.get("compare.csv.files"), "*.csv", f -> TableFiles.csv(model.sweepRows(), f)));
        FlowPane controls = new FlowPane(8, 6, new Label(Messages.get("whatif.sweepThe")), knob, new Label(Messages.get("whatif.from")), from, new Label(Messages.get("whatif.to")), to, unit,
                new Label(Messages.get("whatif.in")), steps, new Label(Messages.format("whatif.steps", WhatIfViewModel.SWEEP_SEEDS)), figure, log,
                runSweep, cancel, progress, png, csv);
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

    /** The field beside a slider, where a value can be typed. */
    public TextField field(Sweep.Knob k) {
        return fields.get(k);
    }

    public CheckBox switchBox(Mechanism m) {
        return switchBoxes.get(m);
    }

    public LineChart<Number, Number> chartNode() {
        return chart;
    }

    /** The key under the sweep's chart. */
    public ChartKey sweepKey() {
        return sweepKey;
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
        figures.addRow(0, bold(Messages.get("compare.column.strategy")), bold(Messages.get("whatif.head.detection")), bold(Messages.get("whatif.head.recovery")), bold(Messages.get("whatif.head.lost")),
                bold(Messages.get("whatif.head.monitoring")));
        for (int i = 0; i < rows.size(); i++) {
            WhatIfViewModel.FigureRow r = rows.get(i);
            Label name = new Label(ModelWords.strategy(r.strategy(), r.title()), ComparePane.swatch(r.strategy()));
            name.setMinWidth(Region.USE_PREF_SIZE);
            Node[] cells = {name, cell(r.detection(), r.current()), cell(r.recovery(), r.current()), cell(r.lost(), r.current()),
                    cell(r.monitoring(), r.current())};
            figures.addRow(i + 1, cells);
            for (Node n : cells) {
                GridPane.setValignment(n, VPos.TOP);
                if (!r.current()) {
                    n.setOpacity(0.5);
                    if (n instanceof Control c) {
                        c.setTooltip(new Tooltip(Messages.get("whatif.stale")));
                    }
                }
            }
        }
    }

    /** A figure: the new value, and under it what it was with the defaults when it moved. */
    private static Node cell(String text, boolean current) {
        int arrow = text.indexOf(" \u2192 ");
        if (arrow < 0) {
            Label l = new Label(text);
            l.getStyleClass().add("figure");
            l.setMinWidth(Region.USE_PREF_SIZE);
            return l;
        }
        Label now = new Label(text.substring(arrow + 3));
        now.setStyle("-fx-font-weight: bold;");
        Label was = new Label(Messages.format("whatif.was", text.substring(0, arrow)));
        was.getStyleClass().add("note");
        was.setStyle("-fx-font-size: 11px;");
        now.setMinWidth(Region.USE_PREF_SIZE);
        was.setMinWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(0, now, was);
        box.getStyleClass().add("figure");
        return box;
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.setStyle("-fx-font-weight: bold");
        l.setMinWidth(Region.USE_PREF_SIZE);
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
        List<ChartKey.Entry> entries = new ArrayList<>();
        for (int i = 0; i < sweep.get(0).rows().size(); i++) {
            Comparison.Row first = sweep.get(0).rows().get(i);
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(ModelWords.strategy(first.strategy(), first.title()));
            for (Sweep.Point p : sweep) {
                Double v = f.of(p.rows().get(i));
                if (v != null && (!log || v > 0)) {
                    series.getData().add(new XYChart.Data<>(k.isDuration() ? p.value() / 1000.0 : p.value(), v));
                }
            }
            all.add(series);
            entries.add(new ChartKey.Entry(ModelWords.strategy(first.strategy(), first.title()), StrategyColours.web(first.strategy()), 2, List.of(), null, null));
        }
        linear.getData().clear();
        logarithmic.getData().clear();
        target.getData().setAll(all);
        for (int i = 0; i < all.size(); i++) {
            String colour = entries.get(i).colour();
            all.get(i).getNode().setStyle(entries.get(i).lineStyle());
            for (XYChart.Data<Number, Number> d : all.get(i).getData()) {
                if (d.getNode() != null) {
                    d.getNode().setStyle("-fx-background-color: " + colour + ", white;");
                }
            }
        }
        sweepKey.show(entries);
        int seeds = sweep.get(0).rows().get(0).runs();
        target.setTitle(Messages.format("whatif.chart.title", capitalise(f.label()), WhatIfViewModel.knob(k), seeds));
        target.getXAxis().setLabel(capitalise(WhatIfViewModel.knob(k)) + (k.isDuration() ? " (ms)" : ""));
        target.getYAxis().setLabel(f.label());
        if (target != chart) {
            content.getChildren().set(content.getChildren().indexOf(chart), target);
            chart = target;
        }
    }

    private void save(String name, String description, String pattern, Writing writing) {
        dialogs.chooseToSave(Messages.get("compare.export"), description, pattern, name).ifPresent(f -> {
            try {
                writing.to(f);
            } catch (IOException e) {
                model.report(Messages.get("compare.export.failed") + ": " + f + ": " + e.getMessage());
            }
        });
    }
}
