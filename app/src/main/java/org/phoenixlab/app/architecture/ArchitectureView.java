package org.phoenixlab.app.architecture;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.model.ComponentKind;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.scenario.ScriptedOperation;
import org.phoenixlab.engine.sim.ComponentView;
import org.phoenixlab.engine.sim.RingView;
import org.phoenixlab.engine.sim.Snapshot;
import org.phoenixlab.engine.sim.TrafficView;
import org.phoenixlab.engine.trace.Payload;
import org.phoenixlab.engine.trace.Trace;
import org.phoenixlab.engine.trace.TraceEvent;

/**
 * The host drawn in layers (positions from {@link HostLayout}), each component a {@link ComponentNode}
 * showing its state from the snapshot, with the dependency overlay, the packets and heartbeats
 * ({@link PacketLayer}) and the XenStore and migration flows ({@link FlowLayer}) animated from the
 * trace. It reads snapshots and trace events only; what the user does goes out through callbacks.
 */
public final class ArchitectureView extends Pane {
    private static final PseudoClass FAULT_TARGET = PseudoClass.getPseudoClass("fault-target");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass FOCUSED = PseudoClass.getPseudoClass("lesson-focus");
    private static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");

    private final Topology topology;
    private final HostLayout layout;
    private final Map<String, ComponentNode> nodes = new LinkedHashMap<>();
    private final Pane bands = new Pane();
    private final Pane lines = new Pane();
    private final Pane parts = new Pane();
    private final DependencyOverlay overlay;
    private final PacketLayer packets;
    private final FlowLayer flows;
    private final ComponentMenus menus;
    private BiConsumer<ScriptedOperation.Kind, String> onOperate = (k, vm) -> { };
    private Consumer<String> onSelect = id -> { };
    private int traceSeen;
    private Trace traceShown;

    public ArchitectureView(Topology topology, boolean replicatedXenStore, BiConsumer<String, FaultKind> onInject) {
        this.topology = topology;
        this.layout = new HostLayout(topology);
        this.menus = new ComponentMenus(topology, replicatedXenStore, onInject, (k, vm) -> onOperate.accept(k, vm));
        getStyleClass().add("architecture");
        lines.setMouseTransparent(true);
        bands.setMouseTransparent(true);
        drawBands();
        drawIoPath();
        for (HostLayout.Box box : layout.boxes().values()) {
            place(box);
        }
        overlay = new DependencyOverlay(topology, layout);
        packets = new PacketLayer(2);
        flows = new FlowLayer(flowPlaces());
        buildPacketPaths();
        // The bands and the I/O path's lines never change: drawn once into a bitmap, then copied when the
        // dots over them move (rasterising dozens of dashed lines each frame was a large part of a frame).
        bands.setCache(true);
        lines.setCache(true);
        // Above the boxes (the path runs through net_uk), below the overlay.
        getChildren().addAll(bands, lines, parts, packets, flows, overlay);
        setPrefSize(layout.width(), layout.height());
    }

    public void showDependencies(boolean on) {
        overlay.setVisible(on);
    }

    public boolean dependenciesShown() {
        return overlay.isVisible();
    }

    /** The repair-order badge of a component, if it has one now (for tests). */
    public Optional<String> badge(String id) {
        return overlay.badge(id);
    }

    /** Called with a component's id when the user clicks it. */
    public void onSelect(Consumer<String> handler) {
        this.onSelect = handler;
    }

    /** Called with an operation and a guest id when the user starts a VM operation from a guest's menu. */
    public void onOperate(BiConsumer<ScriptedOperation.Kind, String> handler) {
        this.onOperate = handler;
    }

    /**
     * A lesson's focus: those components are highlighted and the others dimmed. What holds a focused
     * component stays clear, and so do its parts (as the topology says), so that it is not lost in a
     * faded frame; a member of a replicated service keeps the service's boxes clear. Empty: nothing dimmed.
     */
    public void focus(Collection<String> ids) {
        Set<String> clear = new LinkedHashSet<>(ids);
        for (String id : ids) {
            clear.addAll(topology.containersOf(id));
            clear.addAll(topology.partsOf(id));
            topology.serviceGroupOf(id).ifPresent(group -> {
                clear.add(group);
                for (String part : topology.partsOf(group)) {
                    if (topology.find(part).map(s -> s.kind() == ComponentKind.SERVICE_GROUP).orElse(false)) {
                        clear.add(part);
                    }
                }
            });
        }
        nodes.forEach((k, n) -> {
            n.pseudoClassStateChanged(FOCUSED, ids.contains(k));
            n.pseudoClassStateChanged(DIMMED, !ids.isEmpty() && !clear.contains(k));
        });
    }

    /** Whether a component is dimmed now (for tests). */
    public boolean dimmed(String id) {
        return nodeFor(id).getPseudoClassStates().contains(DIMMED);
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

    /** The XenStore and migration animation (for tests). */
    public FlowLayer flows() {
        return flows;
    }

    /**
     * Moves the dots to {@code nowUs} and starts the heartbeats, writes and migrations the trace
     * reports since the last call (all over again when the run was rebuilt).
     */
    public void animate(Trace trace, long nowUs, TrafficView network, boolean backendStalled) {
        if (trace != traceShown || trace.size() < traceSeen) {
            traceShown = trace;
            traceSeen = 0;
            flows.reset();
        }
        for (; traceSeen < trace.size(); traceSeen++) {
            TraceEvent e = trace.get(traceSeen);
            flows.see(e);
            if (e.payload() instanceof Payload.Heartbeat hb) {
                int target = e.component().equals(ComponentIds.NET_UK) ? 0 : e.component().equals(ComponentIds.DISK_UK) ? 1 : -1;
                if (target >= 0) {
                    packets.heartbeat(target, e.timeUs(), hb.explicit());
                }
            }
        }
        packets.draw(nowUs, network, backendStalled);
        flows.draw(nowUs);
    }

    /** Shows every component's state, the rings' fill and the repair order of {@code snapshot}. */
    public void update(Snapshot snapshot) {
        overlay.update(snapshot.repairQueue());
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

    private void drawBands() {
        for (HostLayout.Band b : layout.bands()) {
            Region r = new Region();
            r.getStyleClass().add("band");
            r.relocate(b.x(), b.y());
            r.setPrefSize(b.width(), b.height());
            Label t = new Label(b.title());
            t.getStyleClass().add("band-title");
            t.relocate(b.x() + 10, b.y() + 6);
            bands.getChildren().addAll(r, t);
        }
    }

    private void drawIoPath() {
        for (HostLayout.Line line : layout.ioPath()) {
            Line l = new Line(line.x1(), line.y1(), line.x2(), line.y2());
            l.getStyleClass().add("io-path");
            lines.getChildren().add(l);
        }
    }

    /** A component's node at its box; a short title makes a compact node. */
    private void place(HostLayout.Box box) {
        String id = box.id();
        ComponentSpec spec = topology.find(id).orElseThrow(() -> new IllegalArgumentException("unknown " + id));
        ComponentNode node = new ComponentNode(spec, box.shortTitle());
        node.relocate(box.x(), box.y());
        node.setPrefSize(box.width(), box.height());
        node.setMinSize(box.width(), box.height());
        node.setMaxSize(box.width(), box.height());
        node.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                select(id);
                onSelect.accept(id);
                e.consume();
            }
        });
        if (menus.hasMenu(spec)) {
            node.pseudoClassStateChanged(FAULT_TARGET, true);
            menus.install(node, spec);
        }
        nodes.put(id, node);
        parts.getChildren().add(node);
    }

    private Bounds bounds(String id) {
        HostLayout.Box b = layout.box(id);
        return new BoundingBox(b.x(), b.y(), b.width(), b.height());
    }

    private FlowLayer.Places flowPlaces() {
        Map<String, Bounds> replicas = new LinkedHashMap<>();
        Map<String, Bounds> coordinators = new LinkedHashMap<>();
        for (int i = 1; i <= 3; i++) {
            replicas.put(ComponentIds.xenstoreReplica(i), bounds(ComponentIds.xenstoreReplica(i)));
            coordinators.put(ComponentIds.coordinator(i), bounds(ComponentIds.coordinator(i)));
        }
        Map<String, Bounds> guests = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (int n = 1; n <= topology.guests(); n++) {
            String g = ComponentIds.guest(n);
            guests.put(g, bounds(g));
            labels.put(g, topology.find(g).map(ComponentSpec::label).orElse(g));
        }
        return new FlowLayer.Places(bounds(ComponentIds.TOOL_UK), replicas, coordinators,
                bounds(ComponentIds.REMOTE_HOST), guests, labels, layout.routeY());
    }

    private void buildPacketPaths() {
        HostLayout.Box netback = layout.box(ComponentIds.NETBACK);
        HostLayout.Box driver = layout.box(ComponentIds.NIC_DRIVER);
        HostLayout.Box nic = layout.box(ComponentIds.NIC);
        HostLayout.Box vmm = layout.box(ComponentIds.VMM);
        // With more than one row of guests, dots travel only the strip between the guest band and
        // NetBack (where the lines do not cross other guests): a small area to repaint.
        double stripTop = layout.box(ComponentIds.netRing(topology.guests())).bottom();
        for (int n = 1; n <= topology.guests(); n++) {
            HostLayout.Box ring = layout.box(ComponentIds.netRing(n));
            double rx = ring.centreX();
            double ry = ring.bottom();
            double nx = netback.centreX();
            double ny = netback.y();
            if (!layout.oneGuestRow()) {
                double f = (stripTop - ry) / (ny - ry);
                rx = rx + (nx - rx) * f;
                ry = stripTop;
            }
            packets.addPath(new PacketLayer.GuestPath(
                    new PacketLayer.Segment(rx, ry, nx, ny),
                    new PacketLayer.Segment(netback.x(), netback.y() + 60, driver.right(), driver.y() + 60),
                    new PacketLayer.Segment(driver.centreX(), driver.bottom(), nic.centreX(), nic.y()),
                    rx, ry));
        }
        for (String uk : List.of(ComponentIds.NET_UK, ComponentIds.DISK_UK)) {
            HostLayout.Box u = layout.box(uk);
            double x = u.right() - 30;
            packets.addHeartbeatLine(new PacketLayer.Segment(x, vmm.y(), x, u.bottom()));
        }
        packets.build();
    }

    /** The component id a node of the drawing stands for, or null (for tests' lookups). */
    public static String componentIdOf(Node n) {
        Object v = n.getProperties().get(ComponentNode.ID_KEY);
        return v == null ? null : v.toString();
    }
}
