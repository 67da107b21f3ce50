package org.phoenixlab.app.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.MouseButton;
import org.phoenixlab.app.util.ModelWords;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.fault.FaultTargets;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.scenario.ScriptedOperation;

/**
 * The right-click menu of a component: the faults that make sense for it (as the engine says), and
 * for a guest the VM operations tool_uk carries out, enabled according to the guest's state.
 */
final class ComponentMenus {
    private final Topology topology;
    private final boolean replicatedXenStore;
    private final BiConsumer<String, FaultKind> onInject;
    private final BiConsumer<ScriptedOperation.Kind, String> onOperate;
    private final java.util.Map<ComponentNode, ContextMenu> menus = new java.util.IdentityHashMap<>();

    ComponentMenus(Topology topology, boolean replicatedXenStore, BiConsumer<String, FaultKind> onInject,
                   BiConsumer<ScriptedOperation.Kind, String> onOperate) {
        this.topology = topology;
        this.replicatedXenStore = replicatedXenStore;
        this.onInject = onInject;
        this.onOperate = onOperate;
    }

    /** Whether {@code spec} gets a menu at all (something can be injected or started on it). */
    boolean hasMenu(ComponentSpec spec) {
        return !FaultTargets.faultsFor(topology, spec.id(), replicatedXenStore).isEmpty() || topology.isGuest(spec.id());
    }

    /**
     * Gives {@code node} its menu: a secondary press or the keyboard's menu key opens it. The menu itself
     * (a popup window with a scene of its own) is made the first time it opens, not with the drawing.
     */
    void install(ComponentNode node, ComponentSpec spec) {
        specs.put(node, spec);
        node.onActivate(() -> showFor(node));
        // A secondary press opens the menu (some platforms send no context-menu event for it);
        // the context-menu event covers the keyboard's menu key.
        node.setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                menu(node).show(node, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        node.setOnContextMenuRequested(e -> {
            ContextMenu menu = menu(node);
            if (!menu.isShowing()) {
                menu.show(node, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
    }

    private final java.util.Map<ComponentNode, ComponentSpec> specs = new java.util.IdentityHashMap<>();

    /** The menu of an installed node, made the first time it is asked for. */
    private ContextMenu menu(ComponentNode node) {
        return menus.computeIfAbsent(node, n -> build(n, specs.get(n)));
    }

    private ContextMenu build(ComponentNode node, ComponentSpec spec) {
        String id = spec.id();
        ContextMenu menu = new ContextMenu();
        for (FaultKind kind : FaultTargets.faultsFor(topology, id, replicatedXenStore)) {
            boolean simple = kind == FaultKind.CRASH || kind == FaultKind.HANG;
            MenuItem item = new MenuItem(simple ? ModelWords.faultOf(kind, ModelWords.name(topology, spec)) : ModelWords.faultCapitalised(kind));
            item.setId("inject-" + kind.id());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> onInject.accept(id, kind));
            menu.getItems().add(item);
        }
        if (topology.isGuest(id)) {
            menu.getItems().add(new SeparatorMenuItem());
            menu.getItems().addAll(operations(id, node));
        }
        return menu;
    }

    /**
     * Opens the menu of {@code node} below its top left corner, as the keyboard asks (Enter, the menu key,
     * Shift+F10); false if it has none.
     */
    boolean showFor(ComponentNode node) {
        if (!specs.containsKey(node) || node.getScene() == null) {
            return false;
        }
        ContextMenu menu = menu(node);
        if (!menu.isShowing()) {
            javafx.geometry.Bounds b = node.localToScreen(node.getBoundsInLocal());
            menu.show(node, b.getMinX() + 8, b.getMinY() + Math.min(b.getHeight(), 24));
        }
        return true;
    }

    /** The menu of {@code node}, if it has one (for tests). */
    java.util.Optional<ContextMenu> menuOf(ComponentNode node) {
        return specs.containsKey(node) ? java.util.Optional.of(menu(node)) : java.util.Optional.empty();
    }

    /** A guest's operations: create a stopped guest, the rest on a running one. */
    private List<MenuItem> operations(String vm, ComponentNode node) {
        List<MenuItem> items = new ArrayList<>();
        for (ScriptedOperation.Kind kind : ScriptedOperation.Kind.values()) {
            MenuItem item = new MenuItem(ModelWords.operation(kind));
            item.setId("operate-" + kind.id());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> onOperate.accept(kind, vm));
            boolean create = kind == ScriptedOperation.Kind.CREATE;
            item.disableProperty().bind(Bindings.createBooleanBinding(
                    () -> create == (node.state() != ComponentState.STOPPED), node.stateProperty()));
            items.add(item);
        }
        return items;
    }
}
