package org.phoenixlab.engine.sim;

import org.phoenixlab.engine.trace.Phrase;

import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.ComponentState;

/** The mutable run-time state of one component; only the engine sees it. */
final class Part implements EngineState {
    final ComponentSpec spec;
    ComponentState state = ComponentState.HEALTHY;
    org.phoenixlab.engine.trace.Phrase reason = org.phoenixlab.engine.trace.Phrase.EMPTY;
    /** The fault it suffers, or null. */
    FaultKind failure;
    /** What it waits for before it can be repaired or work again; empty when nothing. */
    String waitingFor = "";
    String repairAction = "";
    long repairStartUs = -1;
    long repairDurationUs;
    /** True when this design does not have the component at all (e.g. XenStore replicas in vanilla Xen). */
    boolean absent;
    /** Last time it exchanged a message other than a heartbeat with the hypervisor; -1 = never. */
    long lastMessageUs = -1;
    /** Its vCPU's index in the credit scheduler; -1 for what has no vCPU of its own. */
    int vcpu = -1;

    Part(ComponentSpec spec) {
        this.spec = spec;
    }

    String id() {
        return spec.id();
    }

    /** Down: crashed, hung or out of memory. A silently corrupted component still runs and answers. */
    boolean failed() {
        return failure != null && !corrupted();
    }

    /** It carries a silent corruption (it runs, but one of its entries or hashes is wrong). */
    boolean corrupted() {
        return failure == FaultKind.CORRUPT_ENTRY || failure == FaultKind.CORRUPT_HASH;
    }

    boolean underRepair() {
        return state == ComponentState.REPAIRING;
    }
}
