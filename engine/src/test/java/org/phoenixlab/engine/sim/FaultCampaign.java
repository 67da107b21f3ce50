package org.phoenixlab.engine.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.kernel.SimRandom;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.model.DependencyGraph;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedFault;
import org.phoenixlab.engine.scenario.ScriptedOperation;
import org.phoenixlab.engine.strategy.StrategyCatalog;
import org.phoenixlab.engine.trace.Payload;
import org.phoenixlab.engine.trace.TraceEvent;

/**
 * Random multi-fault scenarios under Phoenix fine-grained and the guarantees every run must keep,
 * each a named check with a sentence naming what broke, where and when.
 */
final class FaultCampaign {
    static final long S = 1_000_000;

    /** One generated scenario. */
    static Scenario scenario(long seed) {
        SimRandom r = new SimRandom(seed).stream("campaign");
        List<ScriptedOperation> ops = new ArrayList<>();
        boolean migrate = r.nextLong(2) == 0;
        long migrateAt = S / 2 + r.nextLong(4 * S);
        if (migrate) {
            ops.add(new ScriptedOperation(migrateAt, ScriptedOperation.Kind.MIGRATE, "guest/2"));
        }
        if (r.nextLong(3) == 0) {
            ops.add(new ScriptedOperation(S / 2 + r.nextLong(4 * S), ScriptedOperation.Kind.CREATE, "guest/3"));
        }
        List<ScriptedFault> faults = new ArrayList<>();
        boolean corrupted = false;
        int n = 1 + (int) r.nextLong(4);
        for (int i = 0; i < n; i++) {
            long at = S / 2 + r.nextLong(10 * S);
            switch ((int) r.nextLong(12)) {
                case 0 -> faults.add(new ScriptedFault(at, pick(r, "net_uk/nic-driver", "net_uk/netback", "net_uk"), kind(r)));
                case 1 -> faults.add(new ScriptedFault(at, pick(r, "disk_uk/disk-driver", "disk_uk/blkback", "disk_uk"), kind(r)));
                case 2 -> faults.add(new ScriptedFault(at, "xenstore_uk/" + (1 + r.nextLong(3)), kind(r)));
                case 3 -> faults.add(new ScriptedFault(at, "xs_coord/" + (1 + r.nextLong(3)), kind(r)));
                case 4 -> faults.add(new ScriptedFault(at, pick(r, "xenstore", "xs_coord"), FaultKind.CRASH_MASTER));
                case 5 -> faults.add(new ScriptedFault(at, pick(r, "xenstore", "xs_coord"), FaultKind.CRASH_ALL));
                case 6 -> faults.add(new ScriptedFault(at, "vmm", FaultKind.CRASH_ALL_PVM));
                case 7 -> {
                    if (!corrupted) { // the sanity check's assumption: at most one corrupt copy of an item
                        corrupted = true;
                        faults.add(r.nextLong(2) == 0
                                ? new ScriptedFault(at, "xenstore_uk/" + (1 + r.nextLong(3)), FaultKind.CORRUPT_ENTRY)
                                : new ScriptedFault(at, "xs_coord/" + (1 + r.nextLong(3)), FaultKind.CORRUPT_HASH));
                    }
                }
                case 8 -> {
                    if (migrate) {
                        faults.add(new ScriptedFault(migrateAt + r.nextLong(3_500_000), "tool_uk", kind(r)));
                    }
                }
                case 9 -> {
                    if (migrate) {
                        faults.add(new ScriptedFault(Math.min(at, migrateAt), "remote-host", FaultKind.LOSE_ACK));
                    }
                }
                case 10 -> faults.add(new ScriptedFault(at, "guest/1", FaultKind.OUT_OF_MEMORY));
                default -> faults.add(new ScriptedFault(at, "net_uk/nic-driver", FaultKind.CRASH));
            }
        }
        return Scenario.paperWorkload("phoenix-fine", seed, 80 * S).withFaults(faults).withOperations(ops);
    }

    private static String pick(SimRandom r, String... options) {
        return options[(int) r.nextLong(options.length)];
    }

    private static FaultKind kind(SimRandom r) {
        return r.nextLong(2) == 0 ? FaultKind.CRASH : FaultKind.HANG;
    }

    /** Runs the scenario (with deliberate defects, if any) and returns the first broken guarantee. */
    static Optional<String> check(Scenario s, java.util.Set<Defect> defects) {
        Simulation sim = new Simulation(s, StrategyCatalog.load(s.strategy()), defects);
        sim.run();
        for (Invariant inv : Invariant.values()) {
            Optional<String> broken = inv.check(sim);
            if (broken.isPresent()) {
                return Optional.of(inv + ": " + broken.get() + "  [" + describe(s) + "]");
            }
        }
        return Optional.empty();
    }

    static String describe(Scenario s) {
        StringBuilder sb = new StringBuilder("seed " + s.seed() + ":");
        s.faults().forEach(f -> sb.append(' ').append(f.kind().id()).append(' ').append(f.target()).append('@').append(f.atUs()));
        s.operations().forEach(o -> sb.append(' ').append(o.kind().id()).append(' ').append(o.vm()).append('@').append(o.atUs()));
        return sb.toString();
    }

    /** The guarantees. */
    enum Invariant {
        /** A repair starts only when everything the component needs is healthy. */
        REPAIRS_FOLLOW_THE_DEPENDENCY_GRAPH {
            Optional<String> check(Simulation sim) {
                DependencyGraph deps = sim.topology().dependencies();
                TreeMap<String, ComponentState> state = new TreeMap<>();
                for (TraceEvent e : sim.trace().events()) {
                    if (e.payload() instanceof Payload.StateChanged c) {
                        state.put(e.component(), c.to());
                    } else if (e.payload() instanceof Payload.RepairStarted) {
                        for (String need : deps.needs(sim.topology().unitOf(e.component()))) {
                            ComponentState s = state.getOrDefault(need, ComponentState.HEALTHY);
                            if (s != ComponentState.HEALTHY) {
                                return Optional.of(e.component() + " repair started at " + e.timeUs() + " us while "
                                        + need + " was " + s.id());
                            }
                        }
                    }
                }
                return Optional.empty();
            }
        },
        /** Every fault is detected and repaired: at the end nothing is faulty, detected, repairing or degraded. */
        EVERY_FAULT_IS_REPAIRED {
            Optional<String> check(Simulation sim) {
                for (ComponentView c : sim.snapshot().components()) {
                    if (c.state() != ComponentState.HEALTHY && c.state() != ComponentState.STOPPED) {
                        return Optional.of(c.id() + " ends " + c.state().id() + " (" + c.reason() + c.waitingFor() + ")");
                    }
                }
                return Optional.empty();
            }
        },
        /** No acknowledged XenStore write is lost and a corrupt master is never served after detection. */
        XENSTORE_KEEPS_ITS_PROMISES {
            Optional<String> check(Simulation sim) {
                List<String> v = sim.snapshot().xenstore().violations();
                return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
            }
        },
        /** A migration ends with exactly one running copy of the VM. */
        ONE_COPY_AFTER_MIGRATION {
            Optional<String> check(Simulation sim) {
                for (VmOperationView op : sim.snapshot().operations()) {
                    // Finished (migrated, or given up after its retries) with exactly one copy running.
                    if (op.operation().equals("migrate") && (op.runningCopies() != 1 || op.succeeded() == null)) {
                        return Optional.of(op.vm() + " migration ended with " + op.runningCopies() + " copies: " + op.detail());
                    }
                }
                return Optional.empty();
            }
        },
        /** Every packet and request is delivered, held, lost or still queued: none vanishes. */
        NOTHING_VANISHES {
            Optional<String> check(Simulation sim) {
                Snapshot s = sim.snapshot();
                for (TrafficView t : List.of(s.traffic(), s.storage())) {
                    String suffix = t == s.traffic() ? "/net" : "/blk";
                    long queued = s.rings().stream().filter(r -> r.id().endsWith(suffix)).mapToLong(RingView::occupancy).sum();
                    long accounted = t.delivered() + t.lost() + t.buffered() + queued;
                    if (accounted != t.offered()) {
                        return Optional.of(suffix + " path: offered " + t.offered() + " but accounted for " + accounted);
                    }
                }
                return Optional.empty();
            }
        };

        abstract Optional<String> check(Simulation sim);
    }
}
