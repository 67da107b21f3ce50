package org.phoenixlab.app.architecture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.fault.FaultTargets;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.sim.ComponentView;
import org.phoenixlab.engine.sim.RingView;
import org.phoenixlab.engine.sim.Snapshot;

/**
 * The host drawn in layers, as in the paper's figure: guests on top, the disaggregated pVM band,
 * the hypervisor, the hardware at the bottom, and the remote host and Nova at the side. Positions
 * are fixed by the layout below; guests wrap eight to a row so that 1 to 64 never overlap.
 */
public final class ArchitectureView extends Pane {
    private static final double LEFT = 20;
    private static final double MAIN_WIDTH = 1240;
    private static final double SIDE_X = LEFT + MAIN_WIDTH + 24;
    private static final int GUESTS_PER_ROW = 8;
    private static final double GUEST_TOP = 6;
    private static final double GAP = 14; // between bands
    private static final double GUEST_COLUMN = 154;
    private static final double GUEST_ROW = 176;
    private static final PseudoClass FAULT_TARGET = PseudoClass.getPseudoClass("fault-target");

    private final Topology topology;
    private final Map<String, ComponentNode> nodes = new LinkedHashMap<>();
    private final Pane bands = new Pane();
    private final Pane lines = new Pane();
    private final Pane parts = new Pane();
    /** The dependency graph drawn over the components, with repair-order badges; hidden by default. */
    private final Pane overlay = new Pane();
    private final Map<String, Label> badges = new LinkedHashMap<>();
    private PacketLayer packets;
    private FlowLayer flows;
    private BiConsumer<org.phoenixlab.engine.scenario.ScriptedOperation.Kind, String> onOperate = (k, vm) -> { };
    private int traceSeen;
    private org.phoenixlab.engine.trace.Trace traceShown;
    private final BiConsumer<String, FaultKind> onInject;

    private final boolean replicatedXenStore;
    private java.util.function.Consumer<String> onSelect = id -> { };
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    public ArchitectureView(Topology topology, boolean replicatedXenStore, BiConsumer<String, FaultKind> onInject) {
        this.topology = topology;
        this.replicatedXenStore = replicatedXenStore;
        this.onInject = onInject;
        getStyleClass().add("architecture");
        lines.setMouseTransparent(true);
        bands.setMouseTransparent(true);
        overlay.setMouseTransparent(true);
        overlay.setVisible(false);
        overlay.getStyleClass().add("dependency-overlay");
        getChildren().addAll(bands, lines, parts, overlay);
        // The bands and the I/O path's lines never change: drawn once into a bitmap, then copied when the
        // dots over them move (rasterising dozens of dashed lines each frame was a large part of a frame).
        bands.setCache(true);
        lines.setCache(true);
        layoutHost();
        drawDependencies();
        buildPacketLayer();
        buildFlowLayer();
    }

    public void showDependencies(boolean on) {
        overlay.setVisible(on);
    }

    public boolean dependenciesShown() {
        return overlay.isVisible();
    }

    /** The repair-order badge of a component, if it has one now (for tests). */
    public java.util.Optional<String> badge(String id) {
        Label b = badges.get(id);
        return b == null || !b.isVisible() ? java.util.Optional.empty() : java.util.Optional.of(b.getText());
    }

    /** Arrows "A needs B" between the components of the dependency graph that are drawn. */
    private void drawDependencies() {
        for (List<String> edge : topology.dependencies().edges()) {
            ComponentNode from = nodes.get(edge.get(0));
            ComponentNode to = nodes.get(edge.get(1));
            if (from == null || to == null) {
                continue;
            }
            // Edge to edge, never through a box's middle (where a container's parts are drawn):
            // between layers bottom to top, within a row from side to side along the title line.
            double fx = from.getLayoutX();
            double fy = from.getLayoutY();
            double tx = to.getLayoutX();
            double ty = to.getLayoutY();
            double x1;
            double y1;
            double x2;
            double y2;
            if (ty >= fy + from.getPrefHeight()) {
                x1 = fx + from.getPrefWidth() / 2;
                y1 = fy + from.getPrefHeight();
                x2 = tx + Math.min(to.getPrefWidth() / 2, 70);
                y2 = ty;
            } else if (ty + to.getPrefHeight() <= fy) {
                x1 = fx + from.getPrefWidth() / 2;
                y1 = fy;
                x2 = tx + to.getPrefWidth() / 2;
                y2 = ty + to.getPrefHeight();
            } else {
                boolean right = tx > fx;
                x1 = right ? fx + from.getPrefWidth() : fx;
                y1 = fy + 14;
                x2 = right ? tx : tx + to.getPrefWidth();
                y2 = ty + 14;
            }
            Line l = new Line(x1, y1, x2, y2);
            l.getStyleClass().add("dependency-edge");
            double angle = Math.atan2(y2 - y1, x2 - x1);
            double hx = x2;
            double hy = y2;
            javafx.scene.shape.Polygon head = new javafx.scene.shape.Polygon(
                    hx, hy,
                    hx - Math.cos(angle - 0.4) * 10, hy - Math.sin(angle - 0.4) * 10,
                    hx - Math.cos(angle + 0.4) * 10, hy - Math.sin(angle + 0.4) * 10);
            head.getStyleClass().add("dependency-head");
            overlay.getChildren().addAll(l, head);
        }
        for (String id : topology.dependencies().nodes()) {
            ComponentNode n = nodes.get(id);
            if (n == null) {
                continue;
            }
            Label b = new Label();
            b.getStyleClass().add("repair-badge");
            b.relocate(n.getLayoutX() + n.getPrefWidth() - 14, n.getLayoutY() - 10);
            b.setVisible(false);
            badges.put(id, b);
            overlay.getChildren().add(b);
        }
        Label legend = new Label("Arrows: A \u2192 B means A needs B healthy. Numbers: the order the global loop repairs in.");
        legend.getStyleClass().add("overlay-legend");
        legend.relocate(LEFT + 170, GUEST_TOP + 3); // beside the guests band's title, above the guests
        overlay.getChildren().add(legend);
    }

    /** Numbers the components the loop still has to repair, in the order of the dependency graph. */
    private void updateBadges(Snapshot s) {
        List<String> pending = new java.util.ArrayList<>();
        for (ComponentView v : s.components()) {
            if (badges.containsKey(v.id()) && (v.state() == org.phoenixlab.engine.model.ComponentState.DETECTED
                    || v.state() == org.phoenixlab.engine.model.ComponentState.REPAIRING
                    || v.state() == org.phoenixlab.engine.model.ComponentState.FAULTY)) {
                pending.add(v.id());
            }
        }
        List<String> order = topology.repairOrder(pending);
        badges.values().forEach(b -> b.setVisible(false));
        for (int i = 0; i < order.size(); i++) {
            Label b = badges.get(order.get(i));
            b.setText(String.valueOf(i + 1));
            b.setVisible(true);
        }
    }

    /** Called with a component's id when the user clicks it. */
    public void onSelect(java.util.function.Consumer<String> handler) {
        this.onSelect = handler;
    }

    private static final PseudoClass FOCUSED = PseudoClass.getPseudoClass("lesson-focus");
    private static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");

    /**
     * A lesson's focus: those components are highlighted and the others dimmed (the boxes that
     * contain a focused one stay clear, so it is not lost in a faded frame). Empty: nothing dimmed.
     */
    public void focus(java.util.Collection<String> ids) {
        java.util.Set<String> clear = new java.util.HashSet<>(ids);
        for (String id : ids) {
            for (String other : nodes.keySet()) {
                if (id.startsWith(other + "/") || other.startsWith(id + "/")) {
                    clear.add(other); // a container of a focused part, or a part of a focused container
                }
            }
        }
        if (ids.contains(ComponentIds.XENSTORE) || ids.stream().anyMatch(i -> i.startsWith("xenstore_uk") || i.startsWith("xs_coord"))) {
            clear.add(ComponentIds.XENSTORE);
            clear.add(ComponentIds.XS_COORD);
        }
        nodes.forEach((k, n) -> {
            n.pseudoClassStateChanged(FOCUSED, ids.contains(k));
            n.pseudoClassStateChanged(DIMMED, !ids.isEmpty() && !clear.contains(k));
        });
    }

    /** Whether a component is dimmed now (for tests). */
    public boolean dimmed(String id) {
        return nodes.get(id).getPseudoClassStates().contains(DIMMED);
    }

    /** Marks one component as selected (and no other). */
    public void select(String id) {
        nodes.forEach((k, n) -> n.pseudoClassStateChanged(SELECTED, k.equals(id)));
    }

    public ComponentNode nodeFor(String id) {
        ComponentNode n = nodes.get(id);
        if (n == null) {
            throw new IllegalArgumentException("no node for " + id);
        }
        return n;
    }

    public Map<String, ComponentNode> nodes() {
        return nodes;
    }

    /** Moves the dots to the snapshot's virtual time, and starts the heartbeats the trace reports. */
    public void animate(org.phoenixlab.engine.sim.Simulation sim) {
        org.phoenixlab.engine.trace.Trace trace = sim.trace();
        if (trace != traceShown || trace.size() < traceSeen) {
            traceShown = trace;
            traceSeen = 0;
            flows.reset();
        }
        for (; traceSeen < trace.size(); traceSeen++) {
            var e = trace.get(traceSeen);
            flows.see(e);
            if (e.payload() instanceof org.phoenixlab.engine.trace.Payload.Heartbeat hb) {
                int target = e.component().equals(ComponentIds.NET_UK) ? 0 : e.component().equals(ComponentIds.DISK_UK) ? 1 : -1;
                if (target >= 0) {
                    packets.heartbeat(target, e.timeUs(), hb.explicit());
                }
            }
        }
        packets.draw(sim.nowUs(), sim.networkTraffic(), sim.networkBackendStalled());
        flows.draw(sim.nowUs());
    }

    /** The XenStore and migration animation (for tests). */
    public FlowLayer flows() {
        return flows;
    }

    /** Called with an operation and a guest id when the user starts a VM operation from a guest's menu. */
    public void onOperate(BiConsumer<org.phoenixlab.engine.scenario.ScriptedOperation.Kind, String> handler) {
        this.onOperate = handler;
    }

    private javafx.geometry.Bounds box(String id) {
        ComponentNode n = nodes.get(id);
        return new javafx.geometry.BoundingBox(n.getLayoutX(), n.getLayoutY(), n.getPrefWidth(), n.getPrefHeight());
    }

    private void buildFlowLayer() {
        javafx.geometry.Bounds[] replicas = new javafx.geometry.Bounds[3];
        javafx.geometry.Bounds[] coords = new javafx.geometry.Bounds[3];
        for (int i = 1; i <= 3; i++) {
            replicas[i - 1] = box(ComponentIds.xenstoreReplica(i));
            coords[i - 1] = box(ComponentIds.coordinator(i));
        }
        Map<String, javafx.geometry.Bounds> guests = new LinkedHashMap<>();
        for (int n = 1; n <= topology.guests(); n++) {
            guests.put(ComponentIds.guest(n), box(ComponentIds.guest(n)));
        }
        flows = new FlowLayer(new FlowLayer.Places(box(ComponentIds.TOOL_UK), replicas, coords,
                box(ComponentIds.REMOTE_HOST), guests, GUEST_TOP + 23));
        getChildren().add(getChildren().indexOf(overlay), flows);
    }

    private void buildPacketLayer() {
        ComponentNode netback = nodes.get(ComponentIds.NETBACK);
        ComponentNode driver = nodes.get(ComponentIds.NIC_DRIVER);
        ComponentNode nic = nodes.get(ComponentIds.NIC);
        ComponentNode vmm = nodes.get(ComponentIds.VMM);
        packets = new PacketLayer(2);
        // With more than one row of guests, dots travel only the strip between the guest band and
        // NetBack (where the lines do not cross other guests): a small area to repaint.
        double stripTop = nodes.get(ComponentIds.netRing(topology.guests())).getLayoutY()
                + nodes.get(ComponentIds.netRing(topology.guests())).getPrefHeight();
        boolean oneRow = topology.guests() <= GUESTS_PER_ROW;
        for (int n = 1; n <= topology.guests(); n++) {
            ComponentNode ring = nodes.get(ComponentIds.netRing(n));
            double rx = ring.getLayoutX() + ring.getPrefWidth() / 2;
            double ry = ring.getLayoutY() + ring.getPrefHeight();
            double nx = netback.getLayoutX() + netback.getPrefWidth() / 2;
            double ny = netback.getLayoutY();
            if (!oneRow) {
                double f = (stripTop - ry) / (ny - ry);
                rx = rx + (nx - rx) * f;
                ry = stripTop;
            }
            packets.addPath(new PacketLayer.GuestPath(
                    new PacketLayer.Segment(rx, ry, nx, ny),
                    new PacketLayer.Segment(netback.getLayoutX(), netback.getLayoutY() + 60,
                            driver.getLayoutX() + driver.getPrefWidth(), driver.getLayoutY() + 60),
                    new PacketLayer.Segment(driver.getLayoutX() + driver.getPrefWidth() / 2, driver.getLayoutY() + driver.getPrefHeight(),
                            nic.getLayoutX() + nic.getPrefWidth() / 2, nic.getLayoutY()),
                    rx, ry));
        }
        for (String uk : List.of(ComponentIds.NET_UK, ComponentIds.DISK_UK)) {
            ComponentNode u = nodes.get(uk);
            double x = u.getLayoutX() + u.getPrefWidth() - 30;
            packets.addHeartbeatLine(new PacketLayer.Segment(x, vmm.getLayoutY(), x, u.getLayoutY() + u.getPrefHeight()));
        }
        packets.build();
        getChildren().add(getChildren().indexOf(overlay), packets); // above the boxes: the path runs through net_uk
    }

    public void update(Snapshot snapshot) {
        updateBadges(snapshot);
        Map<String, RingView> rings = new LinkedHashMap<>();
        for (RingView r : snapshot.rings()) {
            rings.put(r.id(), r);
        }
        for (ComponentView v : snapshot.components()) {
            ComponentNode n = nodes.get(v.id());
            if (n != null) {
                RingView r = rings.get(v.id());
                String note = r != null ? String.format(Locale.ROOT, "%d/%d slots", r.occupancy(), r.slots()) : note(v.id(), snapshot);
                n.update(v, note);
            }
        }
    }

    private static String note(String id, Snapshot s) {
        return switch (id) {
            case ComponentIds.VMM -> String.format(Locale.ROOT,
                    "global feedback loop (UKmonitor) \u00B7 heartbeats: %,d explicit, %,d implicit, %,d missed \u00B7 %,d \u00B5s CPU",
                    s.heartbeats().explicit(), s.heartbeats().implicit(), s.heartbeats().missed(), s.heartbeats().cpuUs());
            case ComponentIds.NETBACK -> s.traffic().buffered() > 0
                    ? String.format(Locale.ROOT, "shadow buffer: %,d packets", s.traffic().buffered()) : "";
            case ComponentIds.NIC, ComponentIds.NIC_BACKUP -> id.equals(s.traffic().activeNic())
                    ? (s.traffic().forwarding() ? "carrying traffic" : "idle: nothing to send") : "standby";
            default -> "";
        };
    }

    private void layoutHost() {
        int guests = topology.guests();
        int rows = (guests + GUESTS_PER_ROW - 1) / GUESTS_PER_ROW;
        double guestTop = GUEST_TOP;
        double guestHeight = 30 + rows * GUEST_ROW;
        band("Guest VMs (domU)", LEFT, guestTop, MAIN_WIDTH, guestHeight);
        for (int n = 1; n <= guests; n++) {
            int row = (n - 1) / GUESTS_PER_ROW;
            int col = (n - 1) % GUESTS_PER_ROW;
            guest(n, LEFT + 12 + col * GUEST_COLUMN, guestTop + 30 + row * GUEST_ROW);
        }

        // Bands are packed so that, in the default window, the whole I/O path (rings, NetBack, the driver,
        // the NIC) is visible at 100 % without scrolling.
        double p = guestTop + guestHeight + GAP;
        band("Disaggregated privileged VM (pVM): one unikernel per service", LEFT, p, MAIN_WIDTH, 216);
        place(ComponentIds.NET_UK, 30, p + 28, 340, 176);
        place(ComponentIds.NIC_DRIVER, 40, p + 92, 155, 102);
        place(ComponentIds.NETBACK, 205, p + 92, 155, 102);
        place(ComponentIds.DISK_UK, 385, p + 28, 310, 176);
        place(ComponentIds.DISK_DRIVER, 395, p + 92, 140, 102);
        place(ComponentIds.BLKBACK, 545, p + 92, 140, 102);
        place(ComponentIds.XENSTORE, 710, p + 28, 390, 176);
        for (int i = 1; i <= 3; i++) {
            place(ComponentIds.xenstoreReplica(i), 720 + (i - 1) * 124, p + 80, 118, 48, "replica " + i);
        }
        place(ComponentIds.XS_COORD, 720, p + 134, 370, 64);
        for (int i = 1; i <= 3; i++) {
            place(ComponentIds.coordinator(i), 838 + (i - 1) * 83, p + 139, 78, 54, "coord. " + i);
        }
        place(ComponentIds.TOOL_UK, 1115, p + 28, 135, 96);

        double h = p + 216 + GAP;
        place(ComponentIds.VMM, LEFT, h, MAIN_WIDTH, 58);

        double w = h + 58 + GAP;
        band("Hardware", LEFT, w, MAIN_WIDTH, 88);
        place(ComponentIds.NIC, 120, w + 24, 150, 56);
        if (topology.hasBackupNic()) {
            place(ComponentIds.NIC_BACKUP, 290, w + 24, 150, 56);
        }
        place(ComponentIds.DISK, 470, w + 24, 150, 56);

        band("Elsewhere", SIDE_X - 10, p, 190, 216);
        place(ComponentIds.REMOTE_HOST, SIDE_X, p + 28, 170, 80);
        place(ComponentIds.NOVA, SIDE_X, p + 120, 170, 80);

        drawIoPath();
        setPrefSize(SIDE_X + 200, w + 88 + 4);
        for (ComponentSpec spec : topology.components()) {
            if (!nodes.containsKey(spec.id())) {
                throw new IllegalStateException("the layout forgot " + spec.id());
            }
        }
    }

    private void guest(int n, double x, double y) {
        place(ComponentIds.guest(n), x, y, 146, 112);
        place(ComponentIds.netfront(n), x + 6, y + 60, 66, 46, "NetFront");
        place(ComponentIds.blkfront(n), x + 74, y + 60, 66, 46, "BlkFront");
        place(ComponentIds.netRing(n), x, y + 118, 72, 50, "net ring");
        place(ComponentIds.blkRing(n), x + 74, y + 118, 72, 50, "blk ring");
    }

    private void drawIoPath() {
        ComponentNode netback = nodes.get(ComponentIds.NETBACK);
        ComponentNode driver = nodes.get(ComponentIds.NIC_DRIVER);
        ComponentNode nic = nodes.get(ComponentIds.NIC);
        for (int n = 1; n <= topology.guests(); n++) {
            ComponentNode ring = nodes.get(ComponentIds.netRing(n));
            line(ring.getLayoutX() + ring.getPrefWidth() / 2, ring.getLayoutY() + ring.getPrefHeight(),
                    netback.getLayoutX() + netback.getPrefWidth() / 2, netback.getLayoutY());
        }
        line(netback.getLayoutX(), netback.getLayoutY() + 60, driver.getLayoutX() + driver.getPrefWidth(), driver.getLayoutY() + 60);
        line(driver.getLayoutX() + driver.getPrefWidth() / 2, driver.getLayoutY() + driver.getPrefHeight(),
                nic.getLayoutX() + nic.getPrefWidth() / 2, nic.getLayoutY());
    }

    private void line(double x1, double y1, double x2, double y2) {
        Line l = new Line(x1, y1, x2, y2);
        l.getStyleClass().add("io-path");
        lines.getChildren().add(l);
    }

    private void band(String title, double x, double y, double w, double h) {
        Region r = new Region();
        r.getStyleClass().add("band");
        r.relocate(x, y);
        r.setPrefSize(w, h);
        Label t = new Label(title);
        t.getStyleClass().add("band-title");
        t.relocate(x + 10, y + 6);
        bands.getChildren().addAll(r, t);
    }

    private void place(String id, double x, double y, double w, double h) {
        place(id, x, y, w, h, null);
    }

    /** Places a component; a short title is used in small boxes, and marks the node as compact. */
    private void place(String id, double x, double y, double w, double h, String shortTitle) {
        ComponentSpec spec = topology.find(id).orElseThrow(() -> new IllegalArgumentException("unknown " + id));
        ComponentNode node = new ComponentNode(spec, shortTitle);
        node.relocate(x, y);
        node.setPrefSize(w, h);
        node.setMinSize(w, h);
        node.setMaxSize(w, h);
        node.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                select(id);
                onSelect.accept(id);
                e.consume();
            }
        });
        List<FaultKind> faults = FaultTargets.faultsFor(topology, id, replicatedXenStore);
        boolean guest = id.matches("guest/\\d+");
        if (!faults.isEmpty() || guest) {
            node.pseudoClassStateChanged(FAULT_TARGET, true);
            ContextMenu menu = new ContextMenu();
            for (FaultKind kind : faults) {
                boolean simple = kind == FaultKind.CRASH || kind == FaultKind.HANG;
                MenuItem item = new MenuItem(capitalise(kind.label()) + (simple ? " " + spec.label() : ""));
                item.setId("inject-" + kind.id());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> onInject.accept(id, kind));
                menu.getItems().add(item);
            }
            if (guest) {
                menu.getItems().addAll(operationItems(id, node));
            }
            // A secondary press opens the menu (some platforms send no context-menu event for it);
            // the context-menu event covers the keyboard's menu key.
            node.setOnMousePressed(e -> {
                if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY) {
                    menu.show(node, e.getScreenX(), e.getScreenY());
                    e.consume();
                }
            });
            node.setOnContextMenuRequested(e -> {
                if (!menu.isShowing()) {
                    menu.show(node, e.getScreenX(), e.getScreenY());
                }
                e.consume();
            });
        }
        nodes.put(id, node);
        parts.getChildren().add(node);
    }

    /** A guest's VM operations (tool_uk carries them out): the ones that make sense in its state. */
    private List<javafx.scene.control.MenuItem> operationItems(String vm, ComponentNode node) {
        var kinds = org.phoenixlab.engine.scenario.ScriptedOperation.Kind.values();
        List<javafx.scene.control.MenuItem> items = new java.util.ArrayList<>();
        items.add(new javafx.scene.control.SeparatorMenuItem());
        for (var kind : kinds) {
            MenuItem item = new MenuItem(switch (kind) {
                case CREATE -> "Create this VM (tool_uk)";
                case MIGRATE -> "Migrate to the remote host (tool_uk)";
                case CHECKPOINT -> "Checkpoint to disk (tool_uk)";
                case DESTROY -> "Destroy this VM (tool_uk)";
            });
            item.setId("operate-" + kind.id());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> onOperate.accept(kind, vm));
            items.add(item);
        }
        // Enabled according to the guest's state when the menu opens: create a stopped guest, the rest a running one.
        for (javafx.scene.control.MenuItem item : items) {
            if (item.getId() == null) {
                continue;
            }
            boolean create = item.getId().equals("operate-create");
            item.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> create == (node.state() != org.phoenixlab.engine.model.ComponentState.STOPPED),
                    node.stateProperty()));
        }
        return items;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Every node, for tests: the one whose component id is {@code id}, found by its property. */
    public static String componentIdOf(Node n) {
        Object v = n.getProperties().get(ComponentNode.ID_KEY);
        return v == null ? null : v.toString();
    }
}
