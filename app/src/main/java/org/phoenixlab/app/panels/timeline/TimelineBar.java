package org.phoenixlab.app.panels.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.phoenixlab.engine.trace.Moment;
import org.phoenixlab.engine.trace.TraceEvent;

/**
 * The run's timeline: a slider over the whole run (the scenario's length, or an open-ended session
 * so far) and above it a marker for every moment of the story, coloured by its stage (fault, noticed,
 * repair decided, healed). Markers closer than a few pixels merge into one that shows how many it
 * holds; a click on a marker goes to its moment (a merged one offers the list). Moments still ahead
 * of the present after a seek back stay, faded: they are the run's, until the student changes its
 * course. The knob stays under the pointer while it is dragged.
 */
public final class TimelineBar extends GridPane {
    /** Markers closer than this (pixels) are merged. */
    static final double MERGE_PX = 12;

    private final Slider slider = new Slider(0, 10_000_000, 0);
    private final Pane markers = new Pane();
    private final Label label = new Label();
    private final LongConsumer onSeek;
    private final Consumer<TraceEvent> onMoment;
    private final Function<TraceEvent, String> explain;
    private final List<Button> shown = new ArrayList<>();
    private boolean updating;
    private long lengthUs = -1;
    private long pendingLengthUs = -1;
    private List<TraceEvent> moments = List.of();
    private int traceSize;
    private double drawnWidth = -1;
    private long pendingSeek = -1;

    /**
     * {@code onSeek} moves the run to a time (the slider), {@code onMoment} to just after a moment's
     * event (a marker); {@code explain} says why a moment happened (a marker's tooltip).
     */
    public TimelineBar(LongConsumer onSeek, Consumer<TraceEvent> onMoment, Function<TraceEvent, String> explain) {
        this.onSeek = onSeek;
        this.onMoment = onMoment;
        this.explain = explain;
        getStyleClass().add("timeline");
        setHgap(8);
        setVgap(1);
        markers.setPrefHeight(16);
        markers.setMinHeight(16);
        markers.getStyleClass().add("timeline-markers");
        markers.setId("timeline-markers");
        slider.setId("timeline-slider");
        org.phoenixlab.app.util.Tips.install(slider, org.phoenixlab.app.util.Messages.get("timeline.tooltip"));
        slider.valueProperty().addListener((o, was, v) -> {
            if (!updating) {
                seek(Math.round(v.doubleValue()));
            }
        });
        slider.valueChangingProperty().addListener((o, was, dragging) -> {
            if (!dragging) {
                onSeek.accept(Math.round(slider.getValue())); // where the knob was let go
                if (pendingLengthUs >= 0) {
                    setLength(pendingLengthUs);
                }
            }
        });
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setId("timeline-time");
        HBox legend = new HBox(8, legend(org.phoenixlab.app.util.Messages.get("timeline.fault"), "marker-fault"), legend(org.phoenixlab.app.util.Messages.get("timeline.noticed"), "marker-detected"),
                legend(org.phoenixlab.app.util.Messages.get("timeline.repair"), "marker-decided"), legend(org.phoenixlab.app.util.Messages.get("timeline.repaired"), "marker-repaired"),
                legend(org.phoenixlab.app.util.Messages.get("timeline.other"), "marker-other"));
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grow.setFillWidth(true);
        getColumnConstraints().addAll(grow, new ColumnConstraints());
        add(markers, 0, 0);
        add(legend, 1, 0);
        add(slider, 0, 1);
        add(label, 1, 1);
        markers.widthProperty().addListener((o, was, w) -> redraw());
    }

    public Slider slider() {
        return slider;
    }

    /** The run's length the timeline spans now (µs). */
    public long lengthUs() {
        return lengthUs;
    }

    /** The markers on screen, each a button for one moment or a few merged (for tests). */
    public List<Button> markers() {
        return List.copyOf(shown);
    }

    /** The moments a marker stands for (for tests and its menu). */
    @SuppressWarnings("unchecked")
    public static List<TraceEvent> momentsOf(Button marker) {
        return (List<TraceEvent>) marker.getUserData();
    }

    private void seek(long us) {
        if (!slider.isValueChanging()) {
            onSeek.accept(us);
            return;
        }
        // While dragging, one seek per pulse at most: the knob follows the pointer, the run catches up.
        boolean scheduled = pendingSeek >= 0;
        pendingSeek = us;
        if (!scheduled) {
            Platform.runLater(() -> {
                long to = pendingSeek;
                pendingSeek = -1;
                if (slider.isValueChanging()) {
                    onSeek.accept(to);
                }
            });
        }
    }

    /**
     * Shows the present {@code nowUs} of a run {@code lengthUs} long whose trace holds
     * {@code traceSize} events, and the run's {@code moments} (those at or past {@code traceSize} are
     * still ahead).
     */
    public void update(long nowUs, long lengthUs, List<TraceEvent> moments, int traceSize) {
        updating = true;
        try {
            if (lengthUs != this.lengthUs) {
                if (slider.isValueChanging()) {
                    pendingLengthUs = lengthUs; // the scale does not change under the pointer
                } else {
                    setLength(lengthUs);
                }
            }
            if (!slider.isValueChanging()) {
                slider.setValue(Math.min(nowUs, slider.getMax()));
            }
            label.setText(String.format(org.phoenixlab.app.util.Messages.locale(), "%.3f / %s", nowUs / 1e6, seconds(this.lengthUs)));
            boolean changed = moments != this.moments;
            this.moments = moments;
            if (changed) {
                this.traceSize = traceSize;
                redraw();
            } else if (traceSize != this.traceSize) {
                this.traceSize = traceSize;
                for (Button b : shown) {
                    b.pseudoClassStateChanged(FUTURE, momentsOf(b).get(0).seq() >= traceSize);
                }
            }
        } finally {
            updating = false;
        }
    }

    private static final javafx.css.PseudoClass FUTURE = javafx.css.PseudoClass.getPseudoClass("future");

    private void setLength(long us) {
        pendingLengthUs = -1;
        lengthUs = Math.max(1, us);
        boolean was = updating;
        updating = true;
        slider.setMax(lengthUs);
        slider.setMajorTickUnit(Math.max(1, lengthUs / 10.0));
        updating = was;
        redraw();
    }

    private static String seconds(long us) {
        return us % 1_000_000 == 0 ? us / 1_000_000 + " s" : String.format(Locale.ROOT, "%.3f s", us / 1e6);
    }

    /** Where time {@code us} is on the markers' pane: over the same point of the slider's track. */
    private double xOf(long us) {
        Node thumb = slider.lookup(".thumb");
        double inset = thumb == null ? 7 : thumb.getLayoutBounds().getWidth() / 2;
        double track = Math.max(1, markers.getWidth() - 2 * inset);
        return inset + track * Math.min(1.0, us / (double) Math.max(1, lengthUs));
    }

    private void redraw() {
        markers.getChildren().clear();
        shown.clear();
        drawnWidth = markers.getWidth();
        if (lengthUs <= 0 || drawnWidth <= 0) {
            return;
        }
        List<TraceEvent> group = new ArrayList<>();
        double groupX = -1;
        for (TraceEvent e : moments) {
            double x = xOf(e.timeUs());
            if (!group.isEmpty() && x - groupX >= MERGE_PX) {
                place(group, groupX);
                group = new ArrayList<>();
            }
            if (group.isEmpty()) {
                groupX = x;
            }
            group.add(e);
        }
        if (!group.isEmpty()) {
            place(group, groupX);
        }
    }

    private void place(List<TraceEvent> group, double x) {
        List<TraceEvent> mine = List.copyOf(group);
        Button b = new Button(mine.size() == 1 ? "" : String.valueOf(mine.size()));
        b.setUserData(mine);
        b.getStyleClass().setAll("timeline-marker", styleOf(mine));
        b.setMnemonicParsing(false);
        b.setFocusTraversable(true);
        b.pseudoClassStateChanged(FUTURE, mine.get(0).seq() >= traceSize);
        double w = mine.size() == 1 ? 6 : 16;
        b.setMinSize(w, 14);
        b.setPrefSize(w, 14);
        b.setMaxSize(w, 14);
        b.relocate(Math.max(0, x - w / 2), 1);
        String head = describe(mine);
        b.setAccessibleText(head);
        Tooltip tip = new Tooltip(head);
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        tip.setOnShowing(ev -> tip.setText(head + (mine.size() == 1 ? "\n" + explain.apply(mine.get(0)) : "")
                + (mine.get(0).seq() >= traceSize ? "\n(still ahead of the present in this run)" : "")));
        b.setTooltip(tip);
        b.setOnAction(ev -> {
            if (mine.size() == 1) {
                onMoment.accept(mine.get(0));
            } else {
                ContextMenu menu = new ContextMenu();
                for (TraceEvent e : mine) {
                    MenuItem item = new MenuItem(line(e));
                    item.setMnemonicParsing(false);
                    item.setOnAction(x2 -> onMoment.accept(e));
                    menu.getItems().add(item);
                }
                menu.show(b, javafx.geometry.Side.BOTTOM, 0, 0);
            }
        });
        markers.getChildren().add(b);
        shown.add(b);
    }

    private static String describe(List<TraceEvent> group) {
        if (group.size() == 1) {
            return line(group.get(0));
        }
        StringBuilder sb = new StringBuilder(group.size() + " moments close together (click to choose one):");
        for (TraceEvent e : group) {
            sb.append('\n').append(line(e));
        }
        return sb.toString();
    }

    private static String line(TraceEvent e) {
        return String.format(Locale.ROOT, "%.3f s  %s: %s", e.timeUs() / 1e6,
                Moment.of(e).map(Moment::title).orElse(e.kind()), e.component());
    }

    /** The style of a marker: its moments' stage, or "mixed" for a merged one of several stages. */
    static String styleOf(List<TraceEvent> group) {
        List<Moment.Stage> stages = group.stream().map(e -> Moment.of(e).map(Moment::stage).orElse(Moment.Stage.OTHER))
                .distinct().toList();
        if (stages.size() > 1) {
            return stages.contains(Moment.Stage.BREAKS) ? "marker-fault" : "marker-mixed";
        }
        return switch (stages.get(0)) {
            case BREAKS -> "marker-fault";
            case NOTICED -> "marker-detected";
            case DECIDED -> "marker-decided";
            case HEALED -> "marker-repaired";
            case OTHER -> "marker-other";
        };
    }

    private static HBox legend(String text, String style) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("timeline-marker", style);
        swatch.setPrefSize(8, 12);
        swatch.setMinSize(8, 12);
        Label l = new Label(text);
        l.getStyleClass().add("timeline-legend");
        HBox box = new HBox(4, swatch, l);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }
}
