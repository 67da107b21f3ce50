package org.phoenixlab.app.architecture;

import org.phoenixlab.app.util.AfterFirstFrame;
import org.phoenixlab.app.util.Messages;
import org.phoenixlab.app.util.ModelWords;
import org.phoenixlab.app.util.Tips;
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
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.util.Duration;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.model.ComponentKind;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.scenario.ScriptedOperation;
import org.phoenixlab.engine.sim.ComponentView;
import org.phoenixlab.engine.sim.RestartTimerView;
import org.phoenixlab.engine.sim.RingView;
import org.phoenixlab.engine.sim.Snapshot;
import org.phoenixlab.engine.sim.TrafficView;
import org.phoenixlab.engine.strategy.HostDesign;
import org.phoenixlab.engine.trace.Payload;
import org.phoenixlab.engine.trace.Trace;
import org.phoenixlab.engine.trace.TraceEvent;

/**
 * The host drawn as its design is built (positions from {@link HostLayout}, for the room the window
 * gives), each component a {@link ComponentNode} showing its state from the snapshot, the design's own
 * boxes (dom0, the standby driver domain, Xoar's XenStore-State and builder, UKmonitor) as frames, the
 * routed dependency overlay, the packets ({@link PacketLayer}), the heartbeats and their deadline
 * ({@link HeartbeatLayer}) and the XenStore and migration flows ({@link FlowLayer}) animated from the
 * trace. Many guests become tiles; clicking one shows it whole. It reads snapshots and trace events
 * only; what the user does goes out through callbacks.
 */
public final class ArchitectureView extends Pane {
    private static final PseudoClass FAULT_TARGET = PseudoClass.getPseudoClass("fault-target");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass FOCUSED = PseudoClass.getPseudoClass("lesson-focus");
    private static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    /** The component the keyboard is on, while the drawing has the focus. */
    private static final PseudoClass KEY_CURSOR = PseudoClass.getPseudoClass("key-cursor");
    /** How long a change of layout (another design, another size) takes to move the boxes. */
    public static final Duration MORPH = Duration.millis(320);

    private final Topology topology;
    private final HostDesign design;
    private HostLayout layout;
    private final Map<String, ComponentNode> nodes = new LinkedHashMap<>();
    private final Pane bands = new Pane();
    private final Pane lines = new Pane();
    private final Pane frames = new Pane();
    private final Pane parts = new Pane();
    private final Pane over = new Pane();
    private final Pane dynamic = new Pane();
    private DependencyOverlay overlay;
    private PacketLayer packets;
    private HeartbeatLayer heartbeats;
    private FlowLayer flows;
    private final ComponentMenus menus;
    private final Label tileCounts = new Label();
    private BiConsumer<ScriptedOperation.Kind, String> onOperate = (k, vm) -> { };
    private Consumer<String> onSelect = id -> { };
    private int traceSeen;
    private Trace traceShown;
    private boolean dependenciesShown;
    private List<String> focus = List.of();
    private String selected;
    private Snapshot last;
    private String detailGuest;
    private double laidWidth = -1;
    private double laidHeight = -1;
    private Timeline morph;

    /** The layers that change only with the layout, drawn into bitmaps from the drawing's second frame on (for tests). */
    List<Node> staticLayers() {
        return List.of(bands, lines, frames, over);
    }

    /** The drawing of {@code design} on {@code topology}, first laid out at the default size. */
    public ArchitectureView(Topology topology, HostDesign design, boolean replicatedXenStore, BiConsumer<String, FaultKind> onInject) {
        this.topology = topology;
        this.design = design;
        this.menus = new ComponentMenus(topology, replicatedXenStore, onInject, (k, vm) -> onOperate.accept(k, vm));
        getStyleClass().addAll("architecture", "design-" + design.strategy());
        lines.setMouseTransparent(true);
        bands.setMouseTransparent(true);
        dynamic.setMouseTransparent(true);
        dynamic.setPickOnBounds(false);
        tileCounts.getStyleClass().add("tile-counts");
        tileCounts.setMouseTransparent(true);
        // The bands and the I/O path's lines change only with the layout: drawn once into a bitmap, then copied
        // when the dots over them move (rasterising dozens of dashed lines each frame was a large part of a frame).
        // The design's own boxes change only with the layout too. The bitmaps are made from the second frame on:
        // the first is painted straight, sooner (drawing each layer into its bitmap first cost it about 30 ms).
        AfterFirstFrame.run(this, () -> {
            for (Node layer : staticLayers()) {
                layer.setCache(true);
            }
        });
        over.setPickOnBounds(false);
        getChildren().addAll(bands, frames, lines, parts, over, dynamic);
        setFocusTraversable(true); // the keyboard walks the components (see onKey)
        setAccessibleRole(javafx.scene.AccessibleRole.NODE);
        setAccessibleText(Messages.get("drawing.accessible", "Architecture drawing: arrow keys move between components, Enter goes into a unikernel's parts"
                + " or opens a component's faults, Escape goes out"));
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, this::onKey);
        focusedProperty().addListener((o, was, on) -> {
            if (on && (cursor == null || !drawn(cursor))) {
                moveCursor(selected != null && drawn(selected) ? selected : firstInReadingOrder(topLevel()));
            }
            showCursor();
        });

        layOut(1500, 640);
    }

    // ------------------------------------------------------------------ the keyboard

    private String cursor;
    private Consumer<String> onCursor = id -> { };

    /** Called when the keyboard moves to another component (the window makes it the selection). */
    public void onCursor(Consumer<String> handler) {
        this.onCursor = handler;
    }

    /** The component the keyboard is on, or null. */
    public String cursor() {
        return cursor;
    }

    /** Puts the keyboard on {@code id} (a component drawn now). */
    public void moveCursor(String id) {
        if (id == null || !drawn(id)) {
            return;
        }
        cursor = id;
        showCursor();
        onCursor.accept(id);
        notifyAccessibleAttributeChanged(javafx.scene.AccessibleAttribute.FOCUS_NODE); // a screen reader reads the new one
    }

    private void showCursor() {
        boolean on = isFocused();
        nodes.forEach((k, n) -> n.pseudoClassStateChanged(KEY_CURSOR, on && k.equals(cursor)));
    }

    @Override
    public Object queryAccessibleAttribute(javafx.scene.AccessibleAttribute attribute, Object... parameters) {
        if (attribute == javafx.scene.AccessibleAttribute.FOCUS_NODE && cursor != null && drawn(cursor)) {
            return nodes.get(cursor);
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    private void onKey(javafx.scene.input.KeyEvent e) {
        if (cursor == null || !drawn(cursor)) {
            return;
        }
        javafx.scene.input.KeyCode code = e.getCode();
        boolean plain = !e.isShortcutDown() && !e.isAltDown();
        if (!plain) {
            return;
        }
        switch (code) {
            case LEFT, RIGHT, UP, DOWN, KP_LEFT, KP_RIGHT, KP_UP, KP_DOWN -> {
                if (!e.isShiftDown()) {
                    String next = neighbour(cursor, code);
                    if (next != null) {
                        moveCursor(next);
                    }
                    e.consume();
                }
            }
            case ENTER -> {
                List<String> inside = directParts(cursor);
                if (!inside.isEmpty() && !e.isShiftDown()) {
                    moveCursor(firstInReadingOrder(inside));
                } else {
                    menus.showFor(nodes.get(cursor));
                }
                e.consume();
            }
            case ESCAPE -> topology.containerOf(cursor).filter(this::drawn).ifPresent(c -> {
                moveCursor(c);
                e.consume();
            });
            case CONTEXT_MENU -> {
                menus.showFor(nodes.get(cursor));
                e.consume();
            }
            case F10 -> {
                if (e.isShiftDown()) {
                    menus.showFor(nodes.get(cursor));
                    e.consume();
                }
            }
            default -> { }
        }
    }

    /** Opens the fault menu of the component the keyboard is on (false: it has none). */
    public boolean openCursorMenu() {
        return cursor != null && drawn(cursor) && menus.showFor(nodes.get(cursor));
    }

    /** The menu of a component's node, if it has one (for tests). */
    public Optional<javafx.scene.control.ContextMenu> menuOf(String id) {
        return menus.menuOf(nodeFor(id));
    }

    /** Whether the component has a node in the drawing now (a guest's parts are not drawn while it is a tile). */
    public boolean drawn(String id) {
        ComponentNode n = nodes.get(id);
        return n != null && n.getParent() != null;
    }

    private List<String> topLevel() {
        return nodes().keySet().stream().filter(id -> topology.containerOf(id).filter(this::drawn).isEmpty()).toList();
    }

    /** The parts drawn now whose nearest drawn container is {@code id}. */
    private List<String> directParts(String id) {
        return topology.partsOf(id).stream().filter(this::drawn)
                .filter(p -> topology.containersOf(p).stream().filter(this::drawn).findFirst().map(id::equals).orElse(false))
                .toList();
    }

    private String firstInReadingOrder(List<String> ids) {
        return ids.stream().min(java.util.Comparator.comparingDouble((String id) -> Math.round(box(id).getMinY() / 8))
                .thenComparingDouble(id -> box(id).getMinX())).orElse(null);
    }

    private Bounds box(String id) {
        ComponentNode n = nodes.get(id);
        return new BoundingBox(n.getLayoutX(), n.getLayoutY(), n.getPrefWidth(), n.getPrefHeight());
    }

    /**
     * The component the arrow leads to from {@code from}: the nearest in that direction among those beside it
     * (in the same container), else among the rest of the drawing outside it; distance along the arrow counts
     * once, sideways twice.
     */
    private String neighbour(String from, javafx.scene.input.KeyCode code) {
        Optional<String> home = topology.containersOf(from).stream().filter(this::drawn).findFirst();
        List<String> beside = nodes().keySet().stream().filter(id -> !id.equals(from))
                .filter(id -> topology.containersOf(id).stream().filter(this::drawn).findFirst().equals(home)).toList();
        String best = nearest(from, beside, code);
        if (best == null) {
            Set<String> skip = new LinkedHashSet<>(topology.partsOf(from));
            skip.addAll(topology.containersOf(from));
            skip.add(from);
            best = nearest(from, nodes().keySet().stream().filter(id -> !skip.contains(id)).toList(), code);
        }
        return best;
    }

    private String nearest(String from, List<String> candidates, javafx.scene.input.KeyCode code) {
        Bounds a = box(from);
        String best = null;
        double bestScore = Double.MAX_VALUE;
        for (String id : candidates) {
            Bounds b = box(id);
            double along;
            double side;
            switch (code) {
                case RIGHT, KP_RIGHT -> {
                    along = b.getMinX() - a.getMaxX() + (b.getCenterX() - a.getCenterX()) * 0.01;
                    side = gap(a.getMinY(), a.getMaxY(), b.getMinY(), b.getMaxY());
                    if (b.getCenterX() <= a.getCenterX() + 1) {
                        continue;
                    }
                }
                case LEFT, KP_LEFT -> {
                    along = a.getMinX() - b.getMaxX() + (a.getCenterX() - b.getCenterX()) * 0.01;
                    side = gap(a.getMinY(), a.getMaxY(), b.getMinY(), b.getMaxY());
                    if (b.getCenterX() >= a.getCenterX() - 1) {
                        continue;
                    }
                }
                case DOWN, KP_DOWN -> {
                    along = b.getMinY() - a.getMaxY() + (b.getCenterY() - a.getCenterY()) * 0.01;
                    side = gap(a.getMinX(), a.getMaxX(), b.getMinX(), b.getMaxX());
                    if (b.getCenterY() <= a.getCenterY() + 1) {
                        continue;
                    }
                }
                default -> {
                    along = a.getMinY() - b.getMaxY() + (a.getCenterY() - b.getCenterY()) * 0.01;
                    side = gap(a.getMinX(), a.getMaxX(), b.getMinX(), b.getMaxX());
                    if (b.getCenterY() >= a.getCenterY() - 1) {
                        continue;
                    }
                }
            }
            double centres = switch (code) {
                case RIGHT, KP_RIGHT -> b.getCenterX() - a.getCenterX();
                case LEFT, KP_LEFT -> a.getCenterX() - b.getCenterX();
                case DOWN, KP_DOWN -> b.getCenterY() - a.getCenterY();
                default -> a.getCenterY() - b.getCenterY();
            };
            if (side > 3 * centres) {
                continue; // far off to the side: not where the arrow points
            }
            double score = Math.max(0, along) + 2 * side;
            if (score < bestScore) {
                bestScore = score;
                best = id;
            }
        }
        return best;
    }

    /** How far apart two intervals are (0 when they overlap). */
    private static double gap(double a1, double a2, double b1, double b2) {
        return Math.max(0, Math.max(b1 - a2, a1 - b2));
    }

    /** The drawing with the design the strategy of the topology's default (tests). */
    public ArchitectureView(Topology topology, boolean replicatedXenStore, BiConsumer<String, FaultKind> onInject) {
        this(topology, HostDesign.of(org.phoenixlab.engine.strategy.StrategyCatalog.load(
                topology.hasBackupNic() ? "tfd-xen" : "phoenix-fine"), topology), replicatedXenStore, onInject);
    }

    public HostDesign design() {
        return design;
    }

    public HostLayout hostLayout() {
        return layout;
    }

    /** Lays the drawing out again for {@code width} × {@code height} at 100 % (nothing happens if the size is the same). */
    public void fitTo(double width, double height) {
        double w = Math.max(HostLayout.MIN_WIDTH, Math.floor(width));
        double h = Math.floor(height);
        if (Math.abs(w - laidWidth) < 1 && Math.abs(h - laidHeight) < 1) {
            return;
        }
        layOut(w, h);
    }

    /** Starts a short transition from where the boxes of {@code before} stood (another design, or the same one). */
    public void morphFrom(ArchitectureView before) {
        if (before == null || reducedMotion) { // reduced motion: the new layout stands at once
            return;
        }
        Map<String, Bounds> was = new LinkedHashMap<>();
        before.nodes.forEach((id, n) -> {
            if (n.getParent() != null) {
                was.put(id, new BoundingBox(n.getLayoutX(), n.getLayoutY(), n.getPrefWidth(), n.getPrefHeight()));
            }
        });
        if (morph != null) {
            morph.stop();
        }
        morph = new Timeline();
        for (Map.Entry<String, ComponentNode> e : nodes.entrySet()) {
            ComponentNode n = e.getValue();
            Bounds b = was.get(e.getKey());
            if (n.getParent() == null) {
                continue;
            }
            if (b == null) {
                n.setOpacity(0);
                morph.getKeyFrames().add(new KeyFrame(MORPH, new KeyValue(n.opacityProperty(), 1, Interpolator.EASE_OUT)));
                continue;
            }
            double dx = b.getMinX() - n.getLayoutX();
            double dy = b.getMinY() - n.getLayoutY();
            if (Math.abs(dx) < 0.5 && Math.abs(dy) < 0.5) {
                continue;
            }
            n.setTranslateX(dx);
            n.setTranslateY(dy);
            morph.getKeyFrames().add(new KeyFrame(MORPH, new KeyValue(n.translateXProperty(), 0, Interpolator.EASE_BOTH),
                    new KeyValue(n.translateYProperty(), 0, Interpolator.EASE_BOTH)));
        }
        for (Node f : List.of(bands, frames, lines)) {
            f.setOpacity(0.2);
            morph.getKeyFrames().add(new KeyFrame(MORPH, new KeyValue(f.opacityProperty(), 1, Interpolator.EASE_OUT)));
        }
        morph.play();
    }

    private boolean reducedMotion;

    /** Reduced motion: no morph between layouts, packets and heartbeats drawn standing still (time still runs). */
    public void reducedMotion(boolean on) {
        reducedMotion = on;
        packets.still(on);
        heartbeats.still(on);
        if (on && morph != null) {
            morph.jumpTo(MORPH);
        }
    }

    public boolean reducedMotion() {
        return reducedMotion;
    }

    /** Whether the boxes are still moving into place. */
    public boolean morphing() {
        return morph != null && morph.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    private static int layOuts;

    /** How many layouts were made in this program so far (for the screenshot tool's log: a size that keeps relaying out shows). */
    public static int layOutsSoFar() {
        return layOuts;
    }

    private void layOut(double width, double height) {
        layOuts++;
        laidWidth = width;
        laidHeight = height;
        layout = HostLayout.of(topology, design, width, height, detailGuest);
        bands.getChildren().clear();
        frames.getChildren().clear();
        lines.getChildren().clear();
        parts.getChildren().clear();
        over.getChildren().clear();
        dynamic.getChildren().clear();
        drawBands();
        drawFrames();
        drawIoPath();
        for (HostLayout.Box box : layout.boxes().values()) {
            place(box);
        }
        if (layout.tiles()) {
            HostLayout.Frame g = layout.tileGrid();
            Region open = new Region();
            open.getStyleClass().add("tile-open");
            tileCounts.relocate(g.x(), g.y());
            tileCounts.setPrefWidth(g.width());
            tileCounts.setMaxWidth(g.width());
            frames.getChildren().add(tileCounts);
        }
        overlay = new DependencyOverlay(layout);
        overlay.setVisible(dependenciesShown);
        packets = new PacketLayer(0);
        heartbeats = new HeartbeatLayer(layout.lanes(), design.heartbeated().isEmpty() ? 5_000 : deadlineUs());
        flows = new FlowLayer(flowPlaces());
        buildPacketPaths();
        packets.still(reducedMotion);
        heartbeats.still(reducedMotion);
        dynamic.getChildren().addAll(packets, heartbeats, flows, overlay);
        setPrefSize(layout.width(), layout.height());
        setMinSize(layout.width(), layout.height());
        setMaxSize(layout.width(), layout.height());
        traceSeen = 0; // the new layers catch up with the whole trace
        traceShown = null;
        focus(focus);
        select(selected);
        showCursor();
        if (last != null) {
            update(last);
        }
        if (lastTrace != null) {
            animate(lastTrace, lastNowUs, lastNetwork, lastStalled); // the new canvases show the present at once
        }
    }

    private Trace lastTrace;
    private long lastNowUs;
    private TrafficView lastNetwork;
    private boolean lastStalled;

    private long deadlineUs = 5_000;

    private long deadlineUs() {
        return deadlineUs;
    }

    /** The heartbeat deadline drawn in the lanes (the strategy's input). */
    public void heartbeatDeadline(long us) {
        this.deadlineUs = us;
        if (heartbeats != null) {
            heartbeats.deadline(us);
        }
    }

    public void showDependencies(boolean on) {
        dependenciesShown = on;
        overlay.setVisible(on);
    }

    public boolean dependenciesShown() {
        return overlay.isVisible();
    }

    /** The dependency arrows drawn now (for tests). */
    public DependencyOverlay overlay() {
        return overlay;
    }

    /** The repair-order badge of a component, if it has one now (for tests). */
    public Optional<String> badge(String id) {
        return overlay.badge(id);
    }

    public void onSelect(Consumer<String> handler) {
        this.onSelect = handler;
    }

    public void onOperate(BiConsumer<ScriptedOperation.Kind, String> handler) {
        this.onOperate = handler;
    }

    /** Shows {@code guestId} whole beside the tiles (when the guests are tiles). */
    public void showGuest(String guestId) {
        if (!topology.isGuest(guestId) || guestId.equals(layout.detailGuest())) {
            return;
        }
        detailGuest = guestId;
        if (layout.tiles()) {
            layOut(laidWidth, laidHeight);
        }
    }

    /**
     * A lesson's focus: those components are highlighted and the others dimmed. What holds a focused
     * component stays clear, and so do its parts (as the topology says), so that it is not lost in a
     * faded frame; a member of a replicated service keeps the service's boxes clear. Empty: nothing dimmed.
     */
    public void focus(Collection<String> ids) {
        focus = List.copyOf(ids);
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

    public boolean dimmed(String id) {
        return nodeFor(id).getPseudoClassStates().contains(DIMMED);
    }

    public void select(String id) {
        selected = id;
        nodes.forEach((k, n) -> n.pseudoClassStateChanged(SELECTED, k.equals(id)));
        if (id != null && layout.tiles() && topology.isGuest(id) && !id.equals(layout.detailGuest())) {
            showGuest(id);
        }
    }

    /** The node of a component drawn now; an unknown id, or a part of a guest shown as a tile, is refused. */
    public ComponentNode nodeFor(String id) {
        ComponentNode n = nodes.get(id);
        if (n == null || n.getParent() == null) {
            throw new IllegalArgumentException("no node for " + id);
        }
        return n;
    }

    /** The nodes of the components drawn now, by id. */
    public Map<String, ComponentNode> nodes() {
        Map<String, ComponentNode> shown = new LinkedHashMap<>();
        nodes.forEach((k, n) -> {
            if (n.getParent() != null) {
                shown.put(k, n);
            }
        });
        return shown;
    }

    /** The design's own boxes drawn now (dom0, standby driver domain, UKmonitor...), by id. */
    public Map<String, Node> frameNodes() {
        Map<String, Node> out = new LinkedHashMap<>();
        List<Node> all = new java.util.ArrayList<>(frames.getChildren());
        all.addAll(over.getChildren());
        for (Node n : all) {
            Object id = n.getProperties().get("frameId");
            if (id != null) {
                out.put(id.toString(), n);
            }
        }
        return out;
    }

    public FlowLayer flows() {
        return flows;
    }

    public HeartbeatLayer heartbeats() {
        return heartbeats;
    }

    /**
     * Moves the dots to {@code nowUs} and starts the heartbeats, writes and migrations the trace
     * reports since the last call (all over again when the run was rebuilt).
     */
    /** Virtual time read back from the trace after a rebuild: dots, pulses and the last beats of each lane. */
    static final long LOOKBACK_US = 10_000_000;

    /** The index of the first event at or after {@code us} (events are in time order). */
    static int firstEventAtOrAfter(Trace trace, long us) {
        int lo = 0;
        int hi = trace.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (trace.get(mid).timeUs() < us) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public void animate(Trace trace, long nowUs, TrafficView network, boolean backendStalled) {
        lastTrace = trace;
        lastNowUs = nowUs;
        lastNetwork = network;
        lastStalled = backendStalled;
        if (trace != traceShown || trace.size() < traceSeen) {
            traceShown = trace;
            // Rebuilt (a seek, a step back): only the last seconds of the run are read again, over what the
            // snapshot says the run had settled; a long run's whole trace is never replayed here.
            traceSeen = firstEventAtOrAfter(trace, nowUs - LOOKBACK_US);
            flows.reset();
            flows.seed(traceSeen > 0 ? last : null);
            heartbeats.reset();
        }
        for (; traceSeen < trace.size(); traceSeen++) {
            TraceEvent e = trace.get(traceSeen);
            flows.see(e);
            if (e.payload() instanceof Payload.Heartbeat hb) {
                heartbeats.beat(e.component(), e.timeUs(), hb);
            }
        }
        packets.draw(nowUs, network, backendStalled);
        heartbeats.draw(nowUs);
        flows.draw(nowUs);
    }

    /** Shows every component's state, the rings' fill, the timers and the repair order of {@code snapshot}. */
    public void update(Snapshot snapshot) {
        last = snapshot;
        overlay.update(snapshot.repairQueue());
        Map<String, RingView> rings = new LinkedHashMap<>();
        for (RingView r : snapshot.rings()) {
            rings.put(r.id(), r);
        }
        Map<String, RestartTimerView> timers = new LinkedHashMap<>();
        for (RestartTimerView t : snapshot.restartTimers()) {
            timers.put(t.component(), t);
        }
        int healthy = 0;
        int troubled = 0;
        int stopped = 0;
        for (ComponentView v : snapshot.components()) {
            if (layout.tiles() && topology.isGuest(v.id())) {
                if (v.state() == ComponentState.HEALTHY) {
                    healthy++;
                } else if (v.state() == ComponentState.STOPPED) {
                    stopped++;
                } else {
                    troubled++;
                }
            }
            ComponentNode n = nodes.get(v.id());
            if (n != null && n.getParent() != null) {
                RingView r = rings.get(v.id());
                String note = r != null ? Messages.format("drawing.slots", r.occupancy(), r.slots())
                        : note(v, snapshot, timers.get(v.id()));
                n.update(v, note);
            }
        }
        if (layout.tiles()) {
            tileCounts.setText(Messages.format("drawing.tiles", topology.guests(), healthy, troubled,
                    stopped > 0 ? Messages.format("drawing.tiles.stopped", stopped) : ""));
        }
    }

    private String note(ComponentView v, Snapshot s, RestartTimerView timer) {
        String id = v.id();
        if (timer != null && v.state() != ComponentState.REPAIRING) {
            long in = Math.max(0, timer.nextUs() - s.timeUs());
            return Messages.format("drawing.timedRestart", String.format(Messages.locale(), "%.1f", in / 1e6), timer.periodUs() / 1_000_000);
        }
        return switch (id) {
            case ComponentIds.VMM -> design.monitor().globalLoop()
                    ? Messages.format("drawing.heartbeats",
                            s.heartbeats().explicit(), s.heartbeats().implicit(), s.heartbeats().missed(), s.heartbeats().cpuUs())
                    : Messages.format("drawing.monitor", ModelWords.monitorTitle(design), ModelWords.monitorDetail(design));
            case ComponentIds.NETBACK -> s.traffic().buffered() > 0
                    ? Messages.format("drawing.shadowBuffer", s.traffic().buffered()) : "";
            case ComponentIds.NIC, ComponentIds.NIC_BACKUP -> id.equals(s.traffic().activeNic())
                    ? (s.traffic().forwarding() ? Messages.get("drawing.nic.carrying")
                            : Messages.get("drawing.nic.idle")) : Messages.get("drawing.nic.standby");
            default -> "";
        };
    }

    private void drawBands() {
        for (HostLayout.Frame b : layout.bands()) {
            Region r = new Region();
            r.getStyleClass().addAll("band", b.styleClass());
            r.relocate(b.x(), b.y());
            r.setPrefSize(b.width(), b.height());
            Label t = new Label(b.title());
            t.getStyleClass().add("band-title");
            t.setMinWidth(Region.USE_PREF_SIZE);
            if (b.styleClass().equals("band-pvm")) { // right-aligned: the arrows and the I/O path come down on the left
                t.layoutXProperty().bind(t.widthProperty().negate().add(b.right() - 10));
                t.setLayoutY(b.y() + 3);
            } else if (b.styleClass().equals("band-hardware") || b.styleClass().equals("band-elsewhere")) {
                t.relocate(b.x() + 8, b.y() + 6);
                t.setMaxWidth(80);
                t.setWrapText(true);
            } else {
                t.relocate(b.x() + 8, b.y() + 2);
            }
            bands.getChildren().addAll(r, t);
        }
    }

    /** The design's boxes that are not components: a titled frame, with its note when it holds nothing else. */
    private void drawFrames() {
        for (HostLayout.Frame f : layout.frames()) {
            VBox box = new VBox(2);
            box.getStyleClass().addAll("design-frame", f.styleClass());
            box.getProperties().put("frameId", f.id());
            box.setId(ComponentNode.nodeId(f.id()));
            box.relocate(f.x(), f.y());
            box.setPrefSize(f.width(), f.height());
            box.setMinSize(f.width(), f.height());
            box.setMaxSize(f.width(), f.height());
            Label title = new Label(f.title());
            title.getStyleClass().add("frame-title");
            title.setMinWidth(Region.USE_PREF_SIZE);
            boolean holds = layout.boxes().values().stream().anyMatch(b -> b.x() >= f.x() && b.right() <= f.right()
                    && b.y() >= f.y() && b.bottom() <= f.bottom());
            if (f.styleClass().equals("global-loop")) { // one row in the hypervisor: its name and what it does
                javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(6, title);
                row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                row.setPadding(new javafx.geometry.Insets(0, 6, 0, 6));
                row.getStyleClass().addAll("design-frame", f.styleClass());
                row.getProperties().put("frameId", f.id());
                row.setId(ComponentNode.nodeId(f.id()));
                row.relocate(f.x(), f.y());
                row.setPrefSize(f.width(), f.height());
                row.setMinSize(f.width(), f.height());
                row.setMaxSize(f.width(), f.height());
                String rest = fitNote(f.note(), f.width() - 100, 1);
                if (!rest.isEmpty()) {
                    Label n = new Label(rest);
                    n.getStyleClass().add("frame-note");
                    row.getChildren().add(n);
                }
                Tips.install(row, f.title() + ": " + f.note());
                over.getChildren().add(row);
                continue;
            }
            if (holds) { // dom0: its title top right, clear of the arrows and the I/O path coming down into its members
                box.setAlignment(javafx.geometry.Pos.TOP_RIGHT);
                box.setPadding(new javafx.geometry.Insets(1, 8, 0, 8));
                box.getChildren().add(title);
            } else {
                double keep = f.styleClass().equals("standby-domain") ? 34 : 6; // the standby's path runs down its right side
                box.setPadding(new javafx.geometry.Insets(3, keep, 3, 7));
                box.getChildren().add(title);
                String note = fitNote(f.note(), f.width() - 8 - keep - 4, (int) Math.floor((f.height() - 24) / 14));
                if (!note.isEmpty()) {
                    Label n = new Label(note);
                    n.getStyleClass().add("frame-note");
                    n.setWrapText(true);
                    box.getChildren().add(n);
                }
                box.setMouseTransparent(false);
            }
            if (f.note() != null && !f.note().isEmpty()) {
                Tips.install(box, f.title() + "\n\n" + f.note());
            }
            (f.styleClass().equals("global-loop") ? over : frames).getChildren().add(box);
        }
    }

    /** As much of a note as fits: whole sentences, never a cut one. */
    private static String fitNote(String note, double width, int lines) {
        if (note == null || lines <= 0) {
            return "";
        }
        String[] sentences = note.split("(?<=\\.) ");
        StringBuilder out = new StringBuilder();
        for (String s : sentences) {
            String next = out.length() == 0 ? s : out + " " + s;
            if (!ComponentNode.fits(next, ComponentNode.SMALL_FONT, width, lines)) {
                break;
            }
            out.setLength(0);
            out.append(next);
        }
        if (out.length() == 0) {
            String first = sentences[0];
            int i = first.indexOf(':');
            if (i > 0 && ComponentNode.fits(first.substring(0, i), ComponentNode.SMALL_FONT, width, lines)) {
                return first.substring(0, i);
            }
        }
        return out.toString();
    }

    private void drawIoPath() {
        for (HostLayout.Line line : layout.ioPath()) {
            Line l = new Line(line.x1(), line.y1(), line.x2(), line.y2());
            l.getStyleClass().add("io-path");
            lines.getChildren().add(l);
        }
        for (HostLayout.Line line : layout.standbyPath()) {
            Line l = new Line(line.x1(), line.y1(), line.x2(), line.y2());
            l.getStyleClass().addAll("io-path", "standby-path");
            lines.getChildren().add(l);
        }
    }

    /** A component's node at its box, made the first time it is drawn. */
    private void place(HostLayout.Box box) {
        String id = box.id();
        ComponentNode node = nodes.computeIfAbsent(id, this::makeNode);
        node.relocate(box.x(), box.y());
        node.setPrefSize(box.width(), box.height());
        node.setMinSize(box.width(), box.height());
        node.setMaxSize(box.width(), box.height());
        node.setLook(box.look(), box.width(), box.height(), layout.compact());
        if (layout.textColumn(id) > 0) {
            node.textColumn(layout.textColumn(id));
        }
        node.setTranslateX(0);
        node.setTranslateY(0);
        node.setOpacity(1);
        parts.getChildren().add(node);
    }

    private ComponentNode makeNode(String id) {
        ComponentSpec spec = topology.find(id).orElseThrow(() -> new IllegalArgumentException("unknown " + id));
        String note = ModelWords.note(design, id);
        ComponentNode node = new ComponentNode(spec, ModelWords.title(design, topology, id),
                note != null ? note : ModelWords.description(topology, spec));
        node.badged(topology.dependencies().contains(id));
        node.container(topology.containerOf(id).map(c -> ModelWords.title(design, topology, c)).orElse(null));
        String n = id.substring(id.lastIndexOf('/') + 1);
        String[] shortTitles = switch (spec.kind()) {
            case XENSTORE_REPLICA -> new String[] {"replica " + n, "R" + n};
            case XENSTORE_COORDINATOR -> new String[] {"coord. " + n, "C" + n};
            case RING -> new String[] {id.endsWith("/net") ? "net ring" : "blk ring", id.endsWith("/net") ? "net" : "blk"};
            case SUBCOMPONENT -> new String[] {spec.label().endsWith("driver") ? "driver" : spec.label().replace("BlockBack", "BlkBack"),
                    spec.label().endsWith("driver") ? "drv" : spec.label().replace("BlockBack", "BlkBack")};
            case FRONTEND -> new String[] {spec.label().replace("Front", ""), spec.label().replace("Front", "")};
            default -> null;
        };
        String shortTitle = ModelWords.shortName(topology, id, "short", shortTitles == null ? null : shortTitles[0]);
        if (shortTitle != null) { // in the window's language by the component's name key, else the English ones
            node.shortTitle(shortTitle, ModelWords.shortName(topology, id, "tiny", shortTitles == null ? null : shortTitles[1]));
        }
        node.getStyleClass().add("unit-" + design.unitOf(id).map(u -> u.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .orElse("none"));
        node.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                cursor = id; // the keyboard goes on from where the mouse was
                showCursor();
                select(id);
                onSelect.accept(id);
                e.consume();
            }
        });
        if (menus.hasMenu(spec)) {
            node.pseudoClassStateChanged(FAULT_TARGET, true);
            menus.install(node, spec);
        }
        return node;
    }

    private Bounds bounds(String id) {
        HostLayout.Box b = layout.box(id);
        return new BoundingBox(b.x(), b.y(), b.width(), b.height());
    }

    private FlowLayer.Places flowPlaces() {
        Map<String, Bounds> replicas = new LinkedHashMap<>();
        Map<String, Bounds> coordinators = new LinkedHashMap<>();
        for (int i = 1; i <= 3; i++) {
            if (layout.has(ComponentIds.xenstoreReplica(i))) {
                replicas.put(ComponentIds.xenstoreReplica(i), bounds(ComponentIds.xenstoreReplica(i)));
            }
            if (layout.has(ComponentIds.coordinator(i))) {
                coordinators.put(ComponentIds.coordinator(i), bounds(ComponentIds.coordinator(i)));
            }
        }
        Map<String, Bounds> guests = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (int n = 1; n <= topology.guests(); n++) {
            String g = ComponentIds.guest(n);
            if (layout.has(g)) {
                guests.put(g, bounds(g));
            }
            labels.put(g, ModelWords.name(topology, g));
        }
        return new FlowLayer.Places(bounds(ComponentIds.TOOL_UK), replicas, coordinators,
                bounds(ComponentIds.REMOTE_HOST), guests, labels, layout.routeY(), layout.routeX());
    }

    private void buildPacketPaths() {
        HostLayout.Box netback = layout.box(ComponentIds.NETBACK);
        HostLayout.Box driver = layout.box(ComponentIds.NIC_DRIVER);
        HostLayout.Box nic = layout.box(ComponentIds.NIC);
        List<HostLayout.Line> path = layout.ioPath();
        PacketLayer.Segment toDriver = new PacketLayer.Segment(netback.x(), netback.centreY(), driver.right(), driver.centreY());
        PacketLayer.Segment toNic = new PacketLayer.Segment(driver.centreX(), driver.bottom(), nic.centreX(), nic.y());
        for (int i = 0; i < path.size() - 2; i++) {
            HostLayout.Line l = path.get(i);
            packets.addPath(new PacketLayer.GuestPath(new PacketLayer.Segment(l.x1(), l.y1(), l.x2(), l.y2()), toDriver, toNic,
                    l.x1(), l.y1()));
        }
        List<HostLayout.Line> alt = layout.standbyPath();
        for (int i = 0; i < alt.size() - 2; i++) {
            HostLayout.Line l = alt.get(i);
            HostLayout.Line in = alt.get(alt.size() - 2);
            HostLayout.Line down = alt.get(alt.size() - 1);
            packets.addStandbyPath(new PacketLayer.GuestPath(new PacketLayer.Segment(l.x1(), l.y1(), l.x2(), l.y2()),
                    new PacketLayer.Segment(in.x1(), in.y1(), in.x2(), in.y2()),
                    new PacketLayer.Segment(down.x1(), down.y1(), down.x2(), down.y2()), l.x1(), l.y1()), ComponentIds.NIC_BACKUP);
        }
        packets.build();
    }

    /** The component id a node of the drawing stands for, or null (for tests' lookups). */
    public static String componentIdOf(Node n) {
        Object v = n.getProperties().get(ComponentNode.ID_KEY);
        return v == null || n.getParent() == null ? null : v.toString();
    }
}
