package org.phoenixlab.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.fault.FaultTargets;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedFault;
import org.phoenixlab.engine.scenario.ScriptedOperation;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/**
 * Every fault class the engine offers, under every strategy: it runs, every packet is accounted for,
 * only the strategy's own probes detect and only its own actuators repair, and each design heals what
 * the paper says it heals (and nothing else).
 */
class EveryFaultEveryStrategyTest {
    /** Which mechanism each probe belongs to: a detection by any other is a bug. */
    private static final Map<String, Mechanism> PROBES = Map.of(
            "heartbeat", Mechanism.HEARTBEAT, "driver-timeout", Mechanism.DRIVER_TIMEOUT,
            "ring-index-check", Mechanism.RING_INDEX_CHECK, "ring-lag", Mechanism.RING_LAG,
            "periodic-restart", Mechanism.PERIODIC_RESTART, "restart-on-request", Mechanism.RESTART_ON_REQUEST,
            "xenstore-heartbeat", Mechanism.XENSTORE_REPLICATION,
            "hash-sanity-check", Mechanism.XENSTORE_SANITY_CHECK, "memory-monitor", Mechanism.NOVA_HANDOFF,
            "migration-watchdog", Mechanism.MIGRATION_WATCHDOG);

    /** The actuators each design has. */
    private static final Map<String, Set<String>> ACTUATORS = Map.of(
            "vanilla", Set.of(),
            "xoar", Set.of("service-vm-restart", "xenstore-logic-restart", "toolstack-restart"),
            "tfd-xen", Set.of("nic-failover"),
            "phoenix-coarse", Set.of("unikernel-reboot", "xenstore-reboot", "toolstack-reboot", "nova-restart", "rollback-and-retry"),
            "phoenix-fine", Set.of("driver-reload", "netback-reload", "disk-driver-reload", "blkback-reload", "unikernel-reboot",
                    "replica-replace", "coordinator-restart", "hash-correct", "toolstack-reboot", "nova-restart", "rollback-and-retry"));

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String strategy : StrategyCatalog.NAMES) {
            boolean replicated = StrategyCatalog.load(strategy).has(Mechanism.XENSTORE_REPLICATION);
            Topology t = Topology.standard(3, true);
            for (ComponentSpec c : t.components()) {
                for (FaultKind k : FaultTargets.faultsFor(t, c.id(), replicated)) {
                    out.add(Arguments.of(strategy, c.id(), k));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {2} of {1}")
    @MethodSource("cases")
    void eachDesignDetectsAndHealsWhatItShouldAndNothingElse(String strategy, String target, FaultKind kind) {
        long s = 1_000_000;
        // tool_uk faults need tool_uk running, and a lost acknowledgement needs a migration.
        long at = target.equals("tool_uk") ? 2 * s : s;
        Scenario sc = Scenario.paperWorkload(strategy, 1, 60 * s)
                .withFaults(List.of(new ScriptedFault(at, target, kind)))
                .withOperations(List.of(new ScriptedOperation(s, ScriptedOperation.Kind.MIGRATE, "guest/2")));
        Simulation sim = new Simulation(sc);
        sim.run();
        Snapshot end = sim.snapshot();
        var design = StrategyCatalog.load(strategy);
        assertEquals("[0, 0]", java.util.Arrays.toString(sim.unaccounted()), "every packet and request is accounted for");
        for (FaultMetrics f : end.faults()) {
            if (f.detected()) {
                Mechanism m = PROBES.get(f.detectedBy());
                assertTrue(m != null && design.has(m), f.target() + " detected by " + f.detectedBy() + ", a probe " + strategy + " does not have");
            }
            if (!f.actuator().isEmpty()) {
                assertTrue(ACTUATORS.get(strategy).contains(f.actuator()), f.target() + " repaired by " + f.actuator() + " under " + strategy);
            }
        }
        boolean netPath = target.startsWith("net_uk");
        boolean ioPath = netPath || target.startsWith("disk_uk");
        boolean silent = kind == FaultKind.CORRUPT_ENTRY || kind == FaultKind.CORRUPT_HASH;
        switch (strategy) {
            case "phoenix-fine" -> {
                for (ComponentView c : end.components()) {
                    assertTrue(c.state() == ComponentState.HEALTHY || c.state() == ComponentState.STOPPED,
                            c.id() + " ends " + c.state().id() + ": " + c.reason());
                }
                assertTrue(end.xenstore().violations().isEmpty(), end.xenstore().violations().toString());
                assertEquals(1, end.operations().get(0).runningCopies());
                // A corrupt copy that is not the one read is only found once it is (or is overwritten first).
                assertTrue(silent || end.faults().stream().allMatch(FaultMetrics::completed), () -> end.faults().toString());
            }
            case "phoenix-coarse" -> {
                // A heartbeat finds every crash and hang; nothing checks the hash, so a corrupt entry is served.
                assertEquals(!silent, end.faults().stream().allMatch(FaultMetrics::completed), () -> end.faults().toString());
                assertEquals(silent, !end.xenstore().violations().isEmpty(), end.xenstore().violations().toString());
            }
            case "tfd-xen" -> {
                // Ring lag watches the network rings only, and fail-over needs XenStore, which nothing repairs.
                boolean onlyNet = netPath && kind != FaultKind.CRASH_ALL_PVM;
                assertEquals(onlyNet, end.faults().stream().allMatch(FaultMetrics::completed), () -> end.faults().toString());
                assertTrue(end.faults().stream().filter(FaultMetrics::detected).allMatch(f -> f.target().startsWith("net_uk")),
                        () -> end.faults().toString());
            }
            case "xoar" -> {
                // Xoar detects nothing: a timed restart finds a dead NetBack or BlkBack service VM, and a request
                // that finds XenStore-Logic or the toolstack dead sets its restart going.
                boolean onRequest = target.startsWith("xenstore") || target.equals("tool_uk");
                assertTrue(end.faults().stream().filter(FaultMetrics::detected).allMatch(f -> f.detectedBy().equals(XoarRestarts.TIMER)
                        ? f.target().startsWith("net_uk") || f.target().startsWith("disk_uk")
                        : f.target().startsWith("xenstore") || f.target().equals("tool_uk")), () -> end.faults().toString());
                assertTrue(ioPath || onRequest || kind == FaultKind.CRASH_ALL_PVM || end.faults().stream().noneMatch(FaultMetrics::detected),
                        () -> target + " " + kind + ": " + end.faults());
            }
            default -> {
                assertFalse(end.faults().stream().anyMatch(FaultMetrics::detected), "vanilla Xen detects nothing");
                assertFalse(end.faults().stream().anyMatch(FaultMetrics::completed), "vanilla Xen repairs nothing");
            }
        }
    }
}
