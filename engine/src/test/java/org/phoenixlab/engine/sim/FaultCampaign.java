package org.phoenixlab.engine.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.sessions.JqwikSession;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.files.AtomicFiles;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.model.DependencyGraph;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScenarioWriter;
import org.phoenixlab.engine.scenario.ScriptedFault;
import org.phoenixlab.engine.scenario.ScriptedOperation;
import org.phoenixlab.engine.strategy.StrategyCatalog;
import org.phoenixlab.engine.trace.Payload;
import org.phoenixlab.engine.trace.TraceEvent;

/**
 * Random multi-fault scenarios under Phoenix fine-grained and the guarantees every run must keep,
 * each a named check with a sentence naming what broke, where and when. Scenarios come from a jqwik
 * arbitrary, so a failing one shrinks to a minimal fault list; the run is checked after every
 * engine event, not only at its end.
 */
final class FaultCampaign {
    static final long S = 1_000_000;
    static final long DURATION_US = 80 * S;
    /** Where a failing scenario is written, to be opened in the window (File > Open). */
    static final Path OUT = Path.of("target", "campaign");
    private static final int GEN_SIZE = 1_000;
    private static final int MAX_SHRINK_RUNS = 400;

    /** One generated fault, in small numbers that shrink toward the simplest (a NIC-driver crash at 0.5 s). */
    record FaultChoice(int slot, long atUs, int variant, int kind, long delayUs) {
    }

    /** What jqwik generates: an optional migration and VM creation, and one to four faults. */
    record Plan(boolean migrate, long migrateAtUs, boolean create, long createAtUs, List<FaultChoice> faults) {
    }

    static Arbitrary<Plan> plans() {
        Arbitrary<FaultChoice> fault = Combinators.combine(
                Arbitraries.integers().between(0, 11),
                Arbitraries.longs().between(S / 2, S / 2 + 10 * S - 1),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 1),
                Arbitraries.longs().between(0, 3_500_000 - 1)).as(FaultChoice::new);
        return Combinators.combine(
                Arbitraries.of(false, true), Arbitraries.longs().between(S / 2, S / 2 + 4 * S - 1),
                Arbitraries.of(false, true), Arbitraries.longs().between(S / 2, S / 2 + 4 * S - 1),
                fault.list().ofMinSize(1).ofMaxSize(4)).as(Plan::new);
    }

    /**
     * jqwik's generators and shrinkers need a jqwik session outside its own properties; it belongs to
     * the thread that started it, so generation and shrinking run on the caller's thread and only the
     * checks run in parallel.
     */
    static <T> T inSession(java.util.function.Supplier<T> work) {
        if (JqwikSession.isActive()) {
            return work.get();
        }
        JqwikSession.start();
        try {
            return work.get();
        } finally {
            JqwikSession.finish();
        }
    }

    /** The plans of campaign seeds {@code from} to {@code to} (the same on every machine), shrinkable. */
    static List<Shrinkable<Plan>> plans(long from, long to) {
        return inSession(() -> {
            RandomGenerator<Plan> generator = plans().generator(GEN_SIZE);
            List<Shrinkable<Plan>> out = new ArrayList<>();
            for (long seed = from; seed <= to; seed++) {
                out.add(generator.next(new Random(seed)));
            }
            return out;
        });
    }

    /** One generated scenario. */
    static Scenario scenario(long seed) {
        return scenario(plans(seed, seed).get(0).value(), seed);
    }

    /** The scenario a plan describes, run with {@code seed}. */
    static Scenario scenario(Plan p, long seed) {
        List<ScriptedOperation> ops = new ArrayList<>();
        if (p.migrate()) {
            ops.add(new ScriptedOperation(p.migrateAtUs(), ScriptedOperation.Kind.MIGRATE, "guest/2"));
        }
        if (p.create()) {
            ops.add(new ScriptedOperation(p.createAtUs(), ScriptedOperation.Kind.CREATE, "guest/3"));
        }
        List<ScriptedFault> faults = new ArrayList<>();
        boolean corrupted = false;
        for (FaultChoice f : p.faults()) {
            long at = f.atUs();
            int v = f.variant();
            FaultKind kind = f.kind() == 0 ? FaultKind.CRASH : FaultKind.HANG;
            switch (f.slot()) {
                case 0 -> faults.add(new ScriptedFault(at, pick(v, "net_uk/nic-driver", "net_uk/netback", "net_uk"), kind));
                case 1 -> faults.add(new ScriptedFault(at, pick(v, "disk_uk/disk-driver", "disk_uk/blkback", "disk_uk"), kind));
                case 2 -> faults.add(new ScriptedFault(at, "xenstore_uk/" + (1 + v), kind));
                case 3 -> faults.add(new ScriptedFault(at, "xs_coord/" + (1 + v), kind));
                case 4 -> faults.add(new ScriptedFault(at, pick(v, "xenstore", "xs_coord"), FaultKind.CRASH_MASTER));
                case 5 -> faults.add(new ScriptedFault(at, pick(v, "xenstore", "xs_coord"), FaultKind.CRASH_ALL));
                case 6 -> faults.add(new ScriptedFault(at, "vmm", FaultKind.CRASH_ALL_PVM));
                case 7 -> {
                    if (!corrupted) { // the sanity check's assumption: at most one corrupt copy of an item
                        corrupted = true;
                        faults.add(f.kind() == 0
                                ? new ScriptedFault(at, "xenstore_uk/" + (1 + v), FaultKind.CORRUPT_ENTRY)
                                : new ScriptedFault(at, "xs_coord/" + (1 + v), FaultKind.CORRUPT_HASH));
                    }
                }
                case 8 -> {
                    if (p.migrate()) {
                        faults.add(new ScriptedFault(p.migrateAtUs() + f.delayUs(), "tool_uk", kind));
                    }
                }
                case 9 -> {
                    if (p.migrate()) {
                        faults.add(new ScriptedFault(Math.min(at, p.migrateAtUs()), "remote-host", FaultKind.LOSE_ACK));
                    }
                }
                case 10 -> faults.add(new ScriptedFault(at, "guest/1", FaultKind.OUT_OF_MEMORY));
                default -> faults.add(new ScriptedFault(at, "net_uk/nic-driver", FaultKind.CRASH));
            }
        }
        return Scenario.paperWorkload("phoenix-fine", seed, DURATION_US).withFaults(faults).withOperations(ops);
    }

    private static String pick(int variant, String... options) {
        return options[variant % options.length];
    }

    /** Runs the scenario (with deliberate defects, if any) and returns the first broken guarantee. */
    static Optional<String> check(Scenario s, Set<Defect> defects) {
        Simulation sim = new Simulation(s, StrategyCatalog.load(s.strategy()), defects);
        Watch watch = new Watch(sim);
        while (sim.nextEventUs() <= s.durationUs()) {
            Forwarding before = sim.networkMode();
            long lostBefore = sim.networkLost();
            sim.step();
            Optional<String> broken = watch.afterEvent(before, lostBefore);
            if (broken.isPresent()) {
                return Optional.of(broken.get() + "  [" + describe(s) + "]");
            }
        }
        sim.runUntil(s.durationUs());
        return watch.atEnd().map(b -> b + "  [" + describe(s) + "]");
    }

    /** A failure of one seed: what broke, and the smallest scenario found that still breaks it (written to {@link #OUT}). */
    record Failure(long seed, String broken, Scenario minimal, Path file) {
    }

    /**
     * Shrinks a failing plan of campaign seed {@code seed} (jqwik's candidates: fewer faults, earlier,
     * simpler) while it still fails, and writes the smallest failing scenario where the window can open it.
     */
    static Failure shrink(long seed, Shrinkable<Plan> plan, String broken, Set<Defect> defects) {
        return inSession(() -> {
            Shrinkable<Plan> smallest = plan;
            String why = broken;
            int runs = 0;
            boolean smaller = true;
            while (smaller && runs < MAX_SHRINK_RUNS) {
                smaller = false;
                for (Shrinkable<Plan> candidate : (Iterable<Shrinkable<Plan>>) smallest.shrink()::iterator) {
                    if (++runs > MAX_SHRINK_RUNS) {
                        break;
                    }
                    Optional<String> still = check(scenario(candidate.value(), seed), defects);
                    if (still.isPresent()) {
                        smallest = candidate;
                        why = still.get();
                        smaller = true;
                        break;
                    }
                }
            }
            Scenario minimal = scenario(smallest.value(), seed);
            return new Failure(seed, why, minimal, write(minimal, "seed-" + seed + (defects.isEmpty() ? "" : "-" + defects), why));
        });
    }

    /** Writes a failing scenario where the window can open it; returns its path. */
    static Path write(Scenario s, String name, String why) {
        Scenario named = new Scenario("fault campaign: " + name, "Breaks " + why, s.seed(), s.strategy(), s.guests(),
                s.packetsPerSecondPerGuest(), s.diskRequestsPerSecondPerGuest(), s.parameterOverrides(), s.faults(),
                s.operations(), s.durationUs());
        Path f = OUT.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".scenario.json");
        try {
            Files.createDirectories(OUT);
            AtomicFiles.write(f, ScenarioWriter.toJson(named));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return f.toAbsolutePath();
    }

    static String describe(Scenario s) {
        StringBuilder sb = new StringBuilder("seed " + s.seed() + ":");
        s.faults().forEach(f -> sb.append(' ').append(f.kind().id()).append(' ').append(f.target()).append('@').append(f.atUs()));
        s.operations().forEach(o -> sb.append(' ').append(o.kind().id()).append(' ').append(o.vm()).append('@').append(o.atUs()));
        return sb.toString();
    }

    /** The guarantees, by name. */
    enum Invariant {
        /** A repair starts only when everything the component needs is healthy. */
        REPAIRS_FOLLOW_THE_DEPENDENCY_GRAPH,
        /** Nothing is repaired that a probe did not detect first (Phoenix fine-grained detects every fault it repairs). */
        DETECTED_BEFORE_REPAIRED,
        /** Every packet and request is delivered, held, lost or still queued: none vanishes. */
        NOTHING_VANISHES,
        /** While only the NIC driver is down, the shadow driver holds every packet: none is lost. */
        FINE_GRAINED_LOSES_NO_PACKET,
        /** No acknowledged XenStore write is lost and no corrupt value is served. */
        XENSTORE_KEEPS_ITS_PROMISES,
        /** At the end nothing is faulty, detected, repairing or degraded. */
        EVERY_FAULT_IS_REPAIRED,
        /** A migration ends with exactly one running copy of the VM. */
        ONE_COPY_AFTER_MIGRATION
    }

    /** Follows one run event by event; each check reads only what changed. */
    static final class Watch {
        private final Simulation sim;
        private final DependencyGraph deps;
        private final TreeMap<String, ComponentState> state = new TreeMap<>();
        private final TreeSet<String> detected = new TreeSet<>();
        private int seen;

        Watch(Simulation sim) {
            this.sim = sim;
            this.deps = sim.topology().dependencies();
        }

        private Optional<String> broken(Invariant inv, String what) {
            return Optional.of(inv + " at " + sim.nowUs() + " us (event " + sim.eventsExecuted() + "): " + what);
        }

        Optional<String> afterEvent(Forwarding before, long lostBefore) {
            for (; seen < sim.trace().size(); seen++) {
                TraceEvent e = sim.trace().get(seen);
                String c = e.component();
                if (e.payload() instanceof Payload.StateChanged sc) {
                    state.put(c, sc.to());
                } else if (e.payload() instanceof Payload.Detected) {
                    detected.add(c);
                } else if (e.payload() instanceof Payload.RepairFinished) {
                    detected.remove(c);
                    detected.removeIf(id -> id.startsWith(c + "/")); // its parts restarted with it
                } else if (e.payload() instanceof Payload.RepairStarted) {
                    if (!detected.contains(c)) {
                        return broken(Invariant.DETECTED_BEFORE_REPAIRED, c + " repair started with no detection since its last repair");
                    }
                    for (String need : deps.needs(sim.topology().unitOf(c))) {
                        ComponentState s = state.getOrDefault(need, ComponentState.HEALTHY);
                        if (s != ComponentState.HEALTHY) {
                            return broken(Invariant.REPAIRS_FOLLOW_THE_DEPENDENCY_GRAPH, c + " repair started while " + need + " was " + s.id());
                        }
                    }
                }
            }
            long[] missing = sim.unaccounted();
            for (int i = 0; i < missing.length; i++) {
                if (missing[i] != 0) {
                    return broken(Invariant.NOTHING_VANISHES, (i == 0 ? "network" : "storage") + " path: " + missing[i]
                            + " offered but neither delivered, held, lost nor queued");
                }
            }
            if (before == Forwarding.SHADOW && sim.networkMode() == Forwarding.SHADOW && sim.networkLost() != lostBefore) {
                return broken(Invariant.FINE_GRAINED_LOSES_NO_PACKET, (sim.networkLost() - lostBefore)
                        + " packets lost while only the NIC driver was down");
            }
            if (sim.xenstoreViolations() > 0) {
                return broken(Invariant.XENSTORE_KEEPS_ITS_PROMISES, sim.snapshot().xenstore().violations().get(0));
            }
            return Optional.empty();
        }

        Optional<String> atEnd() {
            Snapshot end = sim.snapshot();
            for (ComponentView c : end.components()) {
                if (c.state() != ComponentState.HEALTHY && c.state() != ComponentState.STOPPED) {
                    return broken(Invariant.EVERY_FAULT_IS_REPAIRED, c.id() + " ends " + c.state().id() + " (" + c.reason() + c.waitingFor() + ")");
                }
            }
            for (FaultMetrics f : end.faults()) {
                if (f.repairStartedUs() >= 0 && (!f.detected() || f.injectedUs() + f.detectionUs().getAsLong() > f.repairStartedUs())) {
                    return broken(Invariant.DETECTED_BEFORE_REPAIRED, f.target() + "'s " + f.kind() + " was repaired before it was detected");
                }
            }
            // The paper's claim: with only NIC-driver faults on the network path, not one packet is lost.
            boolean onlyDriverFaults = sim.scenario().faults().stream()
                    .filter(f -> f.target().startsWith("net_uk") || f.kind() == FaultKind.CRASH_ALL_PVM)
                    .allMatch(f -> f.target().equals("net_uk/nic-driver"));
            if (onlyDriverFaults && end.traffic().lost() > 0) {
                return broken(Invariant.FINE_GRAINED_LOSES_NO_PACKET, end.traffic().lost() + " packets lost with only NIC-driver faults");
            }
            for (VmOperationView op : end.operations()) {
                // Finished (migrated, or given up after its retries) with exactly one copy running.
                if (op.operation().equals("migrate") && (op.runningCopies() != 1 || op.succeeded() == null)) {
                    return broken(Invariant.ONE_COPY_AFTER_MIGRATION, op.vm() + " migration ended with " + op.runningCopies() + " copies: " + op.detail());
                }
            }
            return Optional.empty();
        }
    }
}
