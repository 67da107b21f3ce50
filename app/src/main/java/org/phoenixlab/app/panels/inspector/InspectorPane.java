package org.phoenixlab.app.panels.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.phoenixlab.app.architecture.ComponentNode;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.sim.ComponentView;
import org.phoenixlab.engine.sim.RingView;
import org.phoenixlab.engine.sim.Snapshot;

/** Every field of the selected component, read from the snapshot (ControlsFX property sheet). */
public final class InspectorPane extends VBox {
    private final PropertySheet sheet = new PropertySheet();
    /** One item per (category, name), kept across frames so that the sheet keeps its open sections. */
    private final java.util.LinkedHashMap<String, Item> items = new java.util.LinkedHashMap<>();
    private java.util.List<String> shownKeys = java.util.List.of();
    private final Label title = new Label("Click a component to inspect it.");
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
    }

    /** Values shown now, by name (for tests). */
    public Optional<Object> value(String name) {
        return sheet.getItems().stream().filter(i -> i.getName().endsWith(": " + name)).map(PropertySheet.Item::getValue).findFirst();
    }

    public void update(Snapshot s, Topology topology) {
        if (selected == null) {
            return;
        }
        ComponentView c = s.component(selected).orElse(null);
        ComponentSpec spec = topology.find(selected).orElse(null);
        if (c == null || spec == null) {
            return;
        }
        title.setText(spec.label() + " (" + spec.id() + ")");
        List<Item> items = new ArrayList<>();
        items.add(item("Component", "what it is", spec.description()));
        items.add(item("Component", "kind", spec.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        items.add(item("State", "state", ComponentNode.symbol(c.state()) + " " + c.state().label()));
        items.add(item("State", "why", c.reason()));
        items.add(item("State", "waits for", c.waitingFor()));
        items.add(item("State", "fault", c.failure().isEmpty() ? "none" : c.failure()));
        if (!c.repairAction().isEmpty()) {
            items.add(item("Repair", "action", c.repairAction()));
            items.add(item("Repair", "progress", Math.round(c.repairProgress() * 100) + " %"));
        }
        for (RingView r : s.rings()) {
            if (r.id().equals(selected)) {
                items.add(item("Ring", "slots", r.slots()));
                items.add(item("Ring", "producer index", r.producer()));
                items.add(item("Ring", "consumer index (shared)", r.consumer()));
                items.add(item("Ring", "back end's private index", r.privateConsumer()));
                items.add(item("Ring", "requests waiting", r.occupancy()));
            }
        }
        switch (selected) {
            case "net_uk/netback" -> {
                items.add(item("Shadow driver", "packets held now", s.traffic().buffered()));
                items.add(item("Shadow driver", "most held", s.traffic().peakBuffered()));
                items.add(item("Shadow driver", "replayed so far", s.traffic().replayed()));
            }
            case "vmm" -> {
                items.add(item("Heartbeats", "explicit pings", s.heartbeats().explicit()));
                items.add(item("Heartbeats", "implicit (recent traffic)", s.heartbeats().implicit()));
                items.add(item("Heartbeats", "missed", s.heartbeats().missed()));
                items.add(item("Heartbeats", "CPU spent (us)", s.heartbeats().cpuUs()));
            }
            case "xenstore" -> {
                items.add(item("XenStore", "master replica", s.xenstore().masterReplica()));
                items.add(item("XenStore", "master coordinator", s.xenstore().masterCoordinator()));
                items.add(item("XenStore", "requests served", s.xenstore().served()));
                items.add(item("XenStore", "held until it came back", s.xenstore().delayed()));
                items.add(item("XenStore", "failed", s.xenstore().failed()));
                items.add(item("XenStore", "mean latency (us)", Math.round(s.xenstore().meanLatencyUs())));
            }
            case "nic", "nic-backup" -> items.add(item("Device", "carrying traffic", selected.equals(s.traffic().activeNic())));
            default -> {
            }
        }
        List<String> keys = items.stream().map(i -> i.key).toList();
        if (!keys.equals(shownKeys)) {
            shownKeys = keys;
            sheet.getItems().setAll(FXCollections.observableArrayList(items));
        }
    }

    /** The item for (category, name), created once, its value refreshed every frame. */
    private Item item(String category, String name, Object value) {
        Item it = items.computeIfAbsent(category + "/" + name, k -> new Item(k, category, name));
        it.value.set(String.valueOf(value));
        return it;
    }

    /** A read-only row; values are shown as text. */
    private static final class Item implements PropertySheet.Item {
        final String key;
        final String category;
        final String name;
        final javafx.beans.property.SimpleObjectProperty<Object> value = new javafx.beans.property.SimpleObjectProperty<>("");

        Item(String key, String category, String name) {
            this.key = key;
            this.category = category;
            this.name = name;
        }

        public Class<?> getType() {
            return String.class;
        }

        public String getCategory() {
            return category;
        }

        public String getName() {
            return category + ": " + name;
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
