package org.phoenixlab.app.panels.events;

import java.util.Locale;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.phoenixlab.engine.trace.Trace;
import org.phoenixlab.engine.trace.TraceEvent;

/**
 * The engine's trace as a table, each event described in words: filter by words, hide routine events;
 * selecting an event seeks there and says why it happened.
 */
public final class EventLogPane extends VBox {
    /**
     * The log holds at most this many of the newest engine events (before its filter): a long run's
     * millions of events are never all decoded into the window; a seek back brings earlier ones.
     */
    public static final int WINDOW = 50_000;
    private final ObservableList<TraceEvent> all = FXCollections.observableArrayList();
    private final FilteredList<TraceEvent> shown = new FilteredList<>(all, e -> true);
    private final TableView<TraceEvent> table = new TableView<>(shown);
    private final TextField filter = new TextField();
    private final CheckBox heartbeats = new CheckBox(org.phoenixlab.app.util.Messages.get("events.routine"));
    private final CheckBox momentsOnly = new CheckBox(org.phoenixlab.app.util.Messages.get("events.momentsOnly"));
    private Trace trace;
    private int loadedTo; // trace index after the last event in {@link #all}
    private int noteFor = -1; // the first index the window line was written for
    private final Label older = new Label();
    private VirtualFlow<?> flow;
    private boolean seeking;
    private final String noExplanation = org.phoenixlab.app.util.Messages.get("events.noExplanation"); // per pane: the language of its window
    private final Label explanation = new Label(noExplanation);

    public EventLogPane(LongConsumer onSeek, java.util.function.Function<TraceEvent, String> explain) {
        setSpacing(4);
        filter.setPromptText(org.phoenixlab.app.util.Messages.get("events.filter"));
        org.phoenixlab.app.util.Tips.install(filter, org.phoenixlab.app.util.Messages.get("events.filter.tooltip"));
        HBox.setHgrow(filter, Priority.ALWAYS);
        org.phoenixlab.app.util.Tips.install(heartbeats, org.phoenixlab.app.util.Messages.get("events.routine.tooltip"));
        filter.textProperty().addListener((o, a, b) -> refilter());
        heartbeats.selectedProperty().addListener((o, a, b) -> refilter());
        momentsOnly.setId("events-moments-only");
        org.phoenixlab.app.util.Tips.install(momentsOnly, org.phoenixlab.app.util.Messages.get("events.momentsOnly.tooltip"));
        momentsOnly.selectedProperty().addListener((o, a, b) -> refilter());
        HBox bar = new HBox(8, new Label(org.phoenixlab.app.util.Messages.get("tab.events")), filter, momentsOnly, heartbeats);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        table.getColumns().add(column(org.phoenixlab.app.util.Messages.get("events.column.time"), 90, e -> String.format(Locale.ROOT, "%.6f", e.timeUs() / 1e6)));
        table.getColumns().add(column(org.phoenixlab.app.util.Messages.get("events.column.event"), 130, EventLogPane::kind));
        table.getColumns().add(column(org.phoenixlab.app.util.Messages.get("events.column.component"), 160, TraceEvent::component));
        table.getColumns().add(column(org.phoenixlab.app.util.Messages.get("events.column.details"), 600, EventLogPane::details));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY); // details take the rest of the width
        table.setPlaceholder(new Label(org.phoenixlab.app.util.Messages.get("events.none")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, e) -> {
            if (e != null && !seeking) {
                explanation.setText(org.phoenixlab.app.util.Messages.format("events.why", explain.apply(e))); // before the seek, which may rebuild the trace
                seeking = true;
                onSeek.accept(e.timeUs());
                seeking = false;
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        table.heightProperty().addListener((o, was, now) -> {
            // Read before the rows are laid out again at the new height: a table following the newest
            // event keeps following it when it shrinks (the divider moved, the window got smaller).
            if (table.getSelectionModel().isEmpty() && showingNewest()) {
                javafx.application.Platform.runLater(this::scrollToNewest); // once this layout pass is over
            }
        });
        explanation.setWrapText(true);
        explanation.setId("event-explanation");
        explanation.getStyleClass().add("event-explanation");
        explanation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        older.setId("events-window");
        older.getStyleClass().add("detail");
        older.managedProperty().bind(older.visibleProperty());
        older.setVisible(false);
        getChildren().addAll(bar, older, table, explanation);
        refilter(); // routine events start hidden, as the unticked box says
    }

    public TableView<TraceEvent> table() {
        return table;
    }

    public CheckBox routine() {
        return heartbeats;
    }

    public CheckBox momentsOnly() {
        return momentsOnly;
    }

    /** A new session: no event picked, nothing explained (the filter the student typed stays). */
    public void reset() {
        seeking = true;
        table.getSelectionModel().clearSelection();
        seeking = false;
        explanation.setText(noExplanation);
    }

    public Label explanation() {
        return explanation;
    }

    public TextField filter() {
        return filter;
    }

    private static TableColumn<TraceEvent, String> column(String name, double width,
                                                        java.util.function.Function<TraceEvent, String> f) {
        TableColumn<TraceEvent, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        if (width < 300) { // time, kind and component keep about their size; the details take the rest
            c.setMinWidth(width);
            c.setMaxWidth(width * 1.25);
        }
        c.setSortable(false);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        return c;
    }

    /** The details column: what happened, in words (the engine's description of the event, in the window's language). */
    public static String details(TraceEvent e) {
        return org.phoenixlab.app.util.PhraseWords.of(e.payload().phrase(), null); // ids, as in the component column
    }

    /** The event column: the kind of event, in the window's language. */
    public static String kind(TraceEvent e) {
        return org.phoenixlab.app.util.PhraseWords.kind(e.kind());
    }

    private void refilter() {
        shown.setPredicate(new EventFilter(filter.getText(), heartbeats.isSelected(), momentsOnly.isSelected()));
    }

    /**
     * Adds the events not shown yet (or starts again when the run was rebuilt). The table follows the
     * newest event, as the timeline does, unless the student has scrolled up to read or picked an event.
     */
    public void update(Trace current) {
        if (current != trace || current.size() < loadedTo) {
            trace = current;
            seeking = true;
            int from = Math.max(0, current.size() - WINDOW);
            all.setAll(current.events().subList(from, current.size()));
            loadedTo = current.size();
            seeking = false;
            windowNote(from);
            scrollToNewest(); // after a seek the newest events are those at the moment sought
            return;
        }
        if (current.size() > loadedTo) {
            boolean follow = table.getSelectionModel().isEmpty() && showingNewest();
            all.addAll(current.events().subList(loadedTo, current.size()));
            loadedTo = current.size();
            if (all.size() > WINDOW + WINDOW / 4) { // trimmed in chunks: removing from the front moves the rest
                seeking = true;
                all.remove(0, all.size() - WINDOW);
                seeking = false;
            }
            windowNote(loadedTo - all.size());
            if (follow) {
                scrollToNewest();
            }
        }
    }

    /** The line that says the log starts later than the run, when it does (written again only when that changes). */
    private void windowNote(int firstIndex) {
        if (firstIndex == noteFor) {
            return; // called every frame while playing: the start moves only when the front is trimmed
        }
        noteFor = firstIndex;
        older.setVisible(firstIndex > 0);
        if (firstIndex > 0) {
            older.setText(org.phoenixlab.app.util.Messages.format("events.window", all.size(), all.get(0).timeUs() / 1e6));
        }
    }

    /** The trace index of the first event the log holds (0 unless the run is longer than the window). */
    public int firstHeld() {
        return loadedTo - all.size();
    }

    private void scrollToNewest() {
        if (!shown.isEmpty()) {
            table.scrollTo(shown.size() - 1);
        }
    }

    /** Whether the last row is on screen (true before the table is first drawn). */
    public boolean showingNewest() {
        if (flow == null && table.lookup(".virtual-flow") instanceof VirtualFlow<?> found) {
            flow = found; // looked up once: the table's skin keeps it
        }
        if (shown.isEmpty() || flow == null) {
            return true;
        }
        IndexedCell<?> last = flow.getLastVisibleCell();
        return last == null || last.getIndex() >= shown.size() - 1;
    }
}
