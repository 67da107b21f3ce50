package org.phoenixlab.engine.sim;

import static org.phoenixlab.engine.model.ComponentIds.DISK_UK;
import static org.phoenixlab.engine.model.ComponentIds.NETBACK;
import static org.phoenixlab.engine.model.ComponentIds.NET_UK;
import static org.phoenixlab.engine.model.ComponentIds.NIC_DRIVER;
import static org.phoenixlab.engine.model.ComponentIds.TOOL_UK;

import java.util.ArrayList;
import java.util.List;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.fault.FaultTargets;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedFault;
import org.phoenixlab.engine.scenario.ScriptedOperation;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.strategy.Strategy;
import org.phoenixlab.engine.strategy.StrategyCatalog;
import org.phoenixlab.engine.trace.Payload;
import org.phoenixlab.engine.trace.Trace;

/**
 * One run of one scenario: the public face of the engine. Single-threaded and deterministic: the
 * same scenario (seed included) gives a byte-identical trace.
 */
public final class Simulation {
    private final Scenario scenario;
    private Host host;
    private final boolean replicated;
    /** What every checkpoint of this run shares instead of copying (topology, strategy, component specs). */
    private final Checkpoint.Shared shared;
    private final PacketCosts costs;
    private java.util.function.Consumer<Command> commandListener;

    /** Builds the run; the strategy comes from its parameter file plus the scenario's overrides. */
    public Simulation(Scenario scenario) {
        this(scenario, StrategyCatalog.load(scenario.strategy()).withOverrides(scenario.parameterOverrides()));
    }

    /** Builds the run with an explicit strategy (what-if experiments and tests). */
    public Simulation(Scenario scenario, Strategy strategy) {
        this(scenario, strategy, java.util.EnumSet.noneOf(Defect.class));
    }

    /** Builds a deliberately broken engine: for the tests that prove the property tests can fail. */
    Simulation(Scenario scenario, Strategy strategy, java.util.Set<Defect> defects) {
        this.scenario = scenario;
        org.phoenixlab.engine.strategy.ParameterCheck.require(strategy); // a period of 0 would stop time, say
        Topology topology = Topology.standard(scenario.guests(), strategy.unitRepair() == org.phoenixlab.engine.strategy.UnitRepair.NIC_FAILOVER);
        if (scenario.packetsPerSecondPerGuest() < 0 || scenario.diskRequestsPerSecondPerGuest() < 0) {
            throw new IllegalArgumentException("workload rates must not be negative");
        }
        this.host = new Host(topology, strategy, scenario.seed(), defects);
        int g = scenario.guests();
        List<String> netRings = new ArrayList<>();
        List<String> blkRings = new ArrayList<>();
        for (int n = 1; n <= g; n++) {
            netRings.add(ComponentIds.netRing(n));
            blkRings.add(ComponentIds.blkRing(n));
        }
        // One workload for every design: what the guests offer is what vanilla Xen carries; each design's
        // own per-packet costs lower its share of it (PacketCosts). While the path is down, some designs use
        // an outage rate fitted to the paper's Table 2 loss counts (outageOfferedPps).
        long workload = Math.multiplyExact(scenario.packetsPerSecondPerGuest(), g);
        this.costs = PacketCosts.of(strategy);
        long netRate = costs.throughput(workload);
        long outageRate = strategy.defines(Parameter.OUTAGE_OFFERED_PPS)
                ? Math.min(workload, strategy.get(Parameter.OUTAGE_OFFERED_PPS)) : netRate;
        long diskRate = Math.multiplyExact(scenario.diskRequestsPerSecondPerGuest(), g);
        host.network = new IoPath(host, new PathSpec("network", NET_UK, NIC_DRIVER, NETBACK, ComponentIds.NIC, netRings,
                Repair.NIC_DRIVER_RELOAD, Repair.NETBACK_RELOAD, netRate, outageRate, Parameter.PACKET_CPU_NS));
        host.storage = new IoPath(host, new PathSpec("storage", DISK_UK, ComponentIds.DISK_DRIVER, ComponentIds.BLKBACK,
                ComponentIds.DISK, blkRings, Repair.DISK_DRIVER_RELOAD, Repair.BLKBACK_RELOAD, diskRate, diskRate,
                Parameter.DISK_REQUEST_CPU_NS));
        host.trace.append(0, ComponentIds.VMM, new Payload.RunStarted(
                strategy.name(), scenario.seed(), scenario.guests(), netRate));
        host.loop = new GlobalFeedbackLoop(host);
        host.xenstore = new XenStore(host);
        host.scheduler = new CreditScheduler(host); // after XenStore: the members this design lacks have no vCPU
        host.toolstack = new ToolStack(host);
        if (strategy.has(Mechanism.PERIODIC_RESTART) || strategy.has(Mechanism.RESTART_ON_REQUEST)) {
            host.xoar = new XoarRestarts(host);
        }
        host.injector = new FaultInjector(host);
        this.replicated = strategy.has(Mechanism.XENSTORE_REPLICATION);
        host.toolstack.start(); // tool_uk is always there, idle between operations
        for (ScriptedOperation op : scenario.operations()) {
            if (!topology.contains(op.vm())) {
                throw new IllegalArgumentException("operation on unknown guest '" + op.vm() + "'");
            }
            if (op.kind() == ScriptedOperation.Kind.CREATE) {
                host.toolstack.notCreatedYet(op.vm());
            }
        }
        for (int i = 0; i < scenario.faults().size(); i++) {
            ScriptedFault f = scenario.faults().get(i);
            String problem = FaultTargets.problem(topology, f.target(), f.kind(), replicated).orElse(null);
            if (problem != null) {
                throw new IllegalArgumentException("fault " + (i + 1) + ": " + problem);
            }
            if (f.atUs() < 0) {
                throw new IllegalArgumentException("fault " + (i + 1) + ": time must not be negative");
            }
        }
        wireMechanisms();
        FaultInjector injector = host.injector;
        for (ScriptedFault f : scenario.faults()) {
            String target = f.target();
            FaultKind kind = f.kind();
            host.kernel.at(f.atUs(), t -> injector.strike(t, target, kind));
        }
        for (ScriptedOperation op : scenario.operations()) {
            host.toolstack.schedule(op);
        }
        this.shared = Checkpoint.Shared.of(host);
    }

    private void wireMechanisms() {
        Strategy s = host.strategy;
        for (IoPath path : host.paths()) {
            path.start();
            if (s.has(Mechanism.HEARTBEAT)) {
                new HeartbeatProbe(host, host.parts.get(path.spec.unit())).start();
            }
            if (s.has(Mechanism.DRIVER_TIMEOUT)) {
                path.setDriverTimeout(new DriverTimeoutProbe(host, host.parts.get(path.spec.driver())));
            }
            if (s.has(Mechanism.RING_INDEX_CHECK)) {
                new RingIndexCheck(host, path).start();
            }
        }
        if (host.xoar != null && s.has(Mechanism.PERIODIC_RESTART)) {
            host.xoar.start(); // Xoar: NetBack and BlkBack on their timers
        }
        if (s.has(Mechanism.RING_LAG)) {
            new RingLagMonitor(host).start(); // TFD-Xen watches the network rings only
        }
        if (s.has(Mechanism.HEARTBEAT)) {
            new HeartbeatProbe(host, host.parts.get(TOOL_UK)).start(); // idle or busy, it answers pings
        }
        host.xenstore.start();
        host.scheduler.start();
    }

    /** Injects a fault now (a user's click). Throws IllegalArgumentException when it makes no sense. */
    public void inject(String target, FaultKind kind) {
        FaultTargets.problem(host.topology, target, kind, replicated).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        issued(new Command.Inject(position(), target, kind));
        strike(host.now(), target, kind);
    }

    /** Starts a VM operation now (create, migrate, checkpoint, destroy a guest). */
    public void operate(ScriptedOperation.Kind kind, String vm) {
        if (!host.topology.isGuest(vm)) {
            throw new IllegalArgumentException("'" + vm + "' is not a guest of this topology");
        }
        issued(new Command.Operate(position(), kind, vm));
        host.toolstack.schedule(new ScriptedOperation(host.now(), kind, vm));
    }

    /**
     * Issues a recorded command as the user did, where the run stands: {@code recording.Rebuild} (the
     * one place that replays commands) has moved the run to the command's position first, with
     * {@link #moveTo}. IllegalArgumentException when the command makes no sense here.
     */
    public void apply(Command c) {
        if (c instanceof Command.Inject i) {
            inject(i.target(), i.kind());
        } else if (c instanceof Command.Operate o) {
            operate(o.kind(), o.vm());
        }
    }

    /** Where the run stands: engine events run so far and the clock. */
    public Position position() {
        return new Position(host.kernel.executed(), host.now());
    }

    /**
     * Runs forward to {@code p}: events one by one until {@code p.events()} have run (or, for
     * {@link Position#ALL_EVENTS}, every event up to {@code p.timeUs()}), then the clock shows
     * {@code p.timeUs()}. Events that fall before that time run too, so that a position that does not
     * belong to this run (a tampered recording) still ends somewhere definite; the trace then says where
     * the runs part. Never moves backwards.
     */
    public void moveTo(Position p) {
        long t = p.timeUs();
        while (host.kernel.nextTimeUs() <= t && (host.kernel.executed() < p.events() || host.kernel.nextTimeUs() < t)) {
            host.kernel.step();
        }
        host.kernel.moveClockTo(t);
    }

    private void issued(Command c) {
        host.commands.add(c);
        if (commandListener != null) {
            commandListener.accept(c);
        }
    }

    /** Every command issued so far, in order. */
    public List<Command> commands() {
        return List.copyOf(host.commands);
    }

    /** Told of each command as it is issued (an autosave journal), before it takes effect. */
    public void onCommand(java.util.function.Consumer<Command> listener) {
        this.commandListener = listener;
    }

    private void strike(long now, String target, FaultKind kind) {
        host.injector.strike(now, target, kind);
    }

    /**
     * A copy of the whole state of the run as it is now (components, rings, queues, random streams,
     * pending events, commands); the trace and the throughput series are kept by their length.
     * {@link #restore(Checkpoint)} brings this simulation back to it exactly.
     */
    public Checkpoint checkpoint() {
        return Checkpoint.of(host, shared);
    }

    /**
     * Goes back (or forward) to a checkpoint of this same simulation: from there the run goes on
     * event for event as it did when the checkpoint was taken. {@link #trace()} is then a new view:
     * its first events are the ones the run had at that point.
     */
    public void restore(Checkpoint checkpoint) {
        host = checkpoint.restore(shared);
    }

    /**
     * True when no injected fault's figures can change any more: each one is over (repaired, traffic
     * back), or was never detected and no probe of this design watches its component, so that it never
     * will be (an undetected fault is never counted as repaired). False before the first fault.
     * An experiment stops a run here: running on to its horizon would give the same figures.
     */
    public boolean figuresFinal() {
        List<FaultLedger.Entry> entries = host.ledger.entries();
        if (entries.isEmpty()) {
            return false;
        }
        for (FaultLedger.Entry e : entries) {
            boolean over = e.repairedUs >= 0 && e.restoredUs >= 0;
            boolean unseen = e.detectedUs < 0 && !host.watched(e.unit) && !host.watched(host.topology.unitOf(e.unit));
            if (!over && !unseen) {
                return false;
            }
        }
        return true;
    }

    /** Runs the next event; false when nothing is left. */
    public boolean step() {
        return host.kernel.step();
    }

    /** Runs every event up to and including {@code untilUs}. */
    public void runUntil(long untilUs) {
        host.kernel.runUntil(untilUs);
    }

    /** Runs to the scenario's duration. */
    public void run() {
        runUntil(scenario.durationUs());
    }

    public long nowUs() {
        return host.now();
    }

    /** Time of the last event run (0 before the first): where the run stood just before that event. */
    public long lastEventUs() {
        return host.kernel.lastEventUs();
    }

    /** Time of the next event, or Long.MAX_VALUE. */
    public long nextEventUs() {
        return host.kernel.nextTimeUs();
    }

    /** Kernel events executed so far (packets move in batches: far fewer than packets). */
    public long eventsExecuted() {
        return host.kernel.executed();
    }

    /** The engine's state, for the tests of this package. */
    Host host() {
        return host;
    }

    public Scenario scenario() {
        return scenario;
    }

    public Strategy strategy() {
        return host.strategy;
    }

    public Topology topology() {
        return host.topology;
    }

    /** What this design's privileged side is made of, as the screen draws it. */
    public org.phoenixlab.engine.strategy.HostDesign design() {
        return org.phoenixlab.engine.strategy.HostDesign.of(host.strategy, host.topology);
    }

    public Trace trace() {
        return host.trace;
    }

    /**
     * What in this design will notice {@code kind} struck on {@code target}, or that nothing will
     * (then nothing repairs it either). Throws IllegalArgumentException for a fault that makes no sense.
     */
    public FaultOutlook outlook(String target, FaultKind kind) {
        FaultTargets.problem(host.topology, target, kind, replicated).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return FaultOutlook.of(host.topology, host.strategy, target, kind);
    }

    /** Every injected fault's figures so far, in injection order. */
    public List<FaultMetrics> faults() {
        List<FaultMetrics> out = new ArrayList<>();
        for (FaultLedger.Entry e : host.ledger.entries()) {
            IoPath path = e.pathUnit.isEmpty() ? null : host.pathOf(e.pathUnit);
            long lost = e.lostPackets >= 0 ? e.lostPackets : path == null ? 0 : path.lost() - e.lostAtInjection;
            long peak = e.restoredUs >= 0 ? e.peakBuffered : path == null ? 0 : path.peakBuffered();
            out.add(new FaultMetrics(e.target, e.kind.id(), e.unit, e.injectedUs, e.detectedUs, e.detectedBy,
                    e.repairStartedUs, e.actuator, e.repairedUs, e.restoredUs, lost, peak,
                    path == null ? Interruption.NONE : path == host.network ? Interruption.NETWORK : Interruption.STORAGE));
        }
        return out;
    }

    /** Packets delivered per 100 ms of virtual time, from the start to now. */
    public List<Long> throughput() {
        return host.network.throughput(host.now());
    }

    /** Disk requests served per 100 ms of virtual time, from the start to now. */
    public List<Long> storageThroughput() {
        return host.storage.throughput(host.now());
    }

    /** The benchmark's mean round trip under this design, fault-free (its per-packet costs included), µs. */
    public double packetRoundTripUs() {
        return costs.latencyUs();
    }

    /** What fault detection has cost so far, part by part. */
    public MonitoringView monitoring() {
        return host.monitoring.view();
    }

    public static long throughputBucketUs() {
        return IoPath.THROUGHPUT_BUCKET_US;
    }

    private static TrafficView traffic(IoPath n) {
        return new TrafficView(n.ratePerSecond(), n.offered(), n.delivered(), n.lost(), n.buffered(),
                n.peakBuffered(), n.replayed(), n.activeDevice(), !n.interrupted());
    }

    /** The network path's counters alone: a cheap read for an animation frame. */
    public TrafficView networkTraffic() {
        return traffic(host.network);
    }

    /** True while NetBack does not take packets from the rings (it, or its unikernel, is down or reloading). */
    public boolean networkBackendStalled() {
        IoPath n = host.network;
        return n.mode() == Forwarding.STALLED;
    }

    /**
     * For the fault campaign's checks after every event (package-private, cheap): per path, network
     * first, what was offered and not delivered, lost, held by the shadow driver or queued in a ring;
     * zero while nothing vanishes.
     */
    long[] unaccounted() {
        List<IoPath> paths = host.paths();
        long[] out = new long[paths.size()];
        for (int i = 0; i < out.length; i++) {
            IoPath p = paths.get(i);
            long queued = 0;
            for (IoRing r : p.rings()) {
                queued += r.occupancy();
            }
            out[i] = p.offered() - p.delivered() - p.lost() - p.buffered() - queued;
        }
        return out;
    }

    /** For the campaign (package-private): what the network path does with packets right now. */
    Forwarding networkMode() {
        return host.network.mode();
    }

    /** For the campaign (package-private): packets the network path has lost so far. */
    long networkLost() {
        return host.network.lost();
    }

    /** For the campaign (package-private): XenStore's broken promises so far (its list only grows). */
    int xenstoreViolations() {
        return host.xenstore.violations.size();
    }

    public Snapshot snapshot() {
        long now = host.now();
        List<ComponentView> comps = new ArrayList<>();
        for (Part p : host.parts.all()) {
            double progress = p.state == ComponentState.REPAIRING && p.repairDurationUs > 0
                    ? Math.min(1.0, (now - p.repairStartUs) / (double) p.repairDurationUs) : 0.0;
            comps.add(new ComponentView(p.id(), p.spec.label(), p.spec.kind(), p.state,
                    p.failure == null ? "" : p.failure.id(), p.reason, p.waitingFor, p.repairAction, progress));
        }
        List<RingView> rings = new ArrayList<>();
        for (IoPath path : host.paths()) {
            for (IoRing r : path.rings()) {
                rings.add(new RingView(r.id, r.slots, r.producer, r.consumer, r.privateConsumer));
            }
        }
        MonitoringCpu h = host.monitoring;
        XenStore xs = host.xenstore;
        XenStoreView xenstore = new XenStoreView(xs.master().id(), xs.replicated ? xs.masterCoordinator().id() : "",
                xs.served, xs.delayed, xs.failed, xs.meanLatencyUs(), List.copyOf(xs.violations));
        return new Snapshot(now, host.strategy.name(), comps, rings, traffic(host.network), traffic(host.storage),
                xenstore, host.toolstack.views(),
                new HeartbeatView(h.explicitPings, h.implicitBeats, h.missed, Math.round(h.totalNs() / 1e3)), h.view(),
                faults(), host.trace.size(), host.loop.repairQueue(), host.xoar == null ? List.of() : host.xoar.views());
    }
}
