package org.phoenixlab.engine.sim;

import org.phoenixlab.engine.kernel.Kernel;
import org.phoenixlab.engine.kernel.SimRandom;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.strategy.Strategy;
import org.phoenixlab.engine.trace.Trace;

/** What every mechanism of one simulated host shares: clock, randomness, trace, state, strategy. */
final class Host implements EngineState {
    final Kernel kernel = new Kernel();
    final Trace trace = new Trace();
    final Topology topology;
    final Strategy strategy;
    final SimRandom random;
    final Parts parts;
    final MonitoringCpu monitoring;
    final FaultLedger ledger = new FaultLedger();
    /** Deliberate bugs for the property tests; empty in every real run. */
    final java.util.Set<Defect> defects;
    IoPath network;
    IoPath storage;
    XenStore xenstore;
    ToolStack toolstack;
    GlobalFeedbackLoop loop;
    /** The components some probe of this design watches: a fault elsewhere is never detected. */
    private final java.util.TreeSet<String> watched = new java.util.TreeSet<>();
    FaultInjector injector;
    /** Every command a user issued so far, in order (part of the state: a restored run has the commands it had then). */
    final java.util.List<Command> commands = new java.util.ArrayList<>();
    CreditScheduler scheduler;
    /** Xoar's restart classes; null in the other designs. */
    XoarRestarts xoar;

    Host(Topology topology, Strategy strategy, long seed, java.util.Set<Defect> defects) {
        this.defects = defects;
        this.topology = topology;
        this.strategy = strategy;
        this.random = new SimRandom(seed);
        this.parts = new Parts(topology, trace);
        this.monitoring = new MonitoringCpu(strategy);
    }

    /** Both I/O paths, network first. */
    java.util.List<IoPath> paths() {
        return java.util.List.of(network, storage);
    }

    /** The I/O path served by the unit holding {@code componentId}, or null. */
    IoPath pathOf(String componentId) {
        String unit = topology.unitOf(componentId);
        for (IoPath p : paths()) {
            if (p.spec.unit().equals(unit)) {
                return p;
            }
        }
        return null;
    }

    /** A probe watches {@code componentId} (registered when the probe is built). */
    void watch(String componentId) {
        watched.add(componentId);
    }

    boolean watched(String componentId) {
        return watched.contains(componentId);
    }

    long now() {
        return kernel.nowUs();
    }

    static String ms(long us) {
        long whole = us / 1000;
        long frac = Math.abs(us % 1000);
        return frac == 0 ? whole + " ms" : whole + "." + String.format("%03d", frac).replaceAll("0+$", "") + " ms";
    }
}
