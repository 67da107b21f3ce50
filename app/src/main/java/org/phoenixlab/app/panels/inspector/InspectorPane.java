package org.phoenixlab.app.panels.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.sim.Snapshot;

/** Every field of the selected component, read from the snapshot (ControlsFX property sheet). */
public final class InspectorPane extends VBox {
    private final PropertySheet sheet = new PropertySheet();
    /** One item per (category, name), kept across frames so that the sheet keeps its open sections. */
    private final java.util.LinkedHashMap<String, Item> items = new java.util.LinkedHashMap<>();
    private java.util.List<String> shownKeys = java.util.List.of();
    private static final String NOTHING = org.phoenixlab.app.util.Messages.get("inspector.nothing");
    private final Label title = new Label(NOTHING);
    private String selected;

    public InspectorPane() {
        setSpacing(6);
        title.getStyleClass().add("inspector-title");
        title.setWrapText(true);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.NAME);
        VBox.setVgrow(sheet, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(title, sheet);
    }

    public String selected() {
        return selected;
    }

    public void select(String componentId) {
        selected = componentId;
        items.clear();
        shownKeys = java.util.List.of();
        if (componentId == null) {
            title.setText(NOTHING);
            sheet.getItems().clear(); // nothing of another session's component stays on show
        }
    }

    /** The title shown now (for tests). */
    public String title() {
        return title.getText();
    }

    /** Every field shown now, by its English name (for tests and the lessons' list of what the screen shows). */
    public java.util.List<String> fieldNames() {
        return sheet.getItems().stream().map(i -> ((Item) i).english).toList();
    }

    /** Values shown now, by English name (for tests). */
    public Optional<Object> value(String name) {
        return sheet.getItems().stream().filter(i -> ((Item) i).english.equals(name)).map(PropertySheet.Item::getValue).findFirst();
    }

    public void update(Snapshot s, Topology topology) {
        if (selected == null) {
            return;
        }
        List<InspectorRows.Row> rows = InspectorRows.of(s, topology, selected);
        if (rows.isEmpty()) {
            select(null); // not part of this session's host
            return;
        }
        ComponentSpec spec = topology.find(selected).orElseThrow();
        title.setText(org.phoenixlab.app.util.ModelWords.name(topology, spec) + " (" + spec.id() + ")");
        List<Item> shownItems = new ArrayList<>();
        for (InspectorRows.Row r : rows) {
            // One item per (category, name), created once, its value refreshed every frame.
            Item it = items.computeIfAbsent(r.key(), k -> new Item(k, r.category(), r.name()));
            it.value.set(r.value());
            shownItems.add(it);
        }
        List<String> keys = rows.stream().map(InspectorRows.Row::key).toList();
        if (!keys.equals(shownKeys)) {
            shownKeys = keys;
            sheet.getItems().setAll(FXCollections.observableArrayList(shownItems));
        }
    }

    /** A read-only row; values are shown as text. */
    private static final class Item implements PropertySheet.Item {
        final String key;
        final String category;
        final String name;
        final String english;
        final javafx.beans.property.SimpleObjectProperty<Object> value = new javafx.beans.property.SimpleObjectProperty<>("");

        Item(String key, String category, String name) {
            this.key = key;
            this.category = InspectorRows.section(category);
            this.name = InspectorRows.shown(name);
            this.english = name;
        }

        public Class<?> getType() {
            return String.class;
        }

        public String getCategory() {
            return category;
        }

        public String getName() {
            return org.phoenixlab.app.util.Messages.format("inspector.row", category, name);
        }

        public String getDescription() {
            return name;
        }

        public Object getValue() {
            return value.get();
        }

        public void setValue(Object v) {
            // read-only: the engine owns every value
        }

        public boolean isEditable() {
            return false;
        }

        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.of(value);
        }
    }
}
