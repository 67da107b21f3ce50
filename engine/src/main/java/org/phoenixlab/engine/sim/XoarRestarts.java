package org.phoenixlab.engine.sim;

import org.phoenixlab.engine.trace.Phrase;

import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.trace.Payload;

/**
 * Xoar's restarts (DESIGN section 2). Xoar detects nothing and has no global loop. The NetBack and
 * BlkBack service VMs are restarted on a timer: a restart that finds one dead reboots it from
 * scratch, one that finds it running swaps in a fresh copy from its snapshot (the path stops
 * meanwhile). XenStore-Logic and the toolstack are restarted on request: a request that finds one
 * dead fails, and sets its restart going. XenStore-State is permanent: it keeps the database through
 * any crash of XenStore-Logic. No restart waits for anything: a service VM that comes up while
 * XenStore is down cannot connect, stays dead, and is restarted again by its next timer or request.
 */
final class XoarRestarts implements EngineState {
    static final String TIMER = "periodic-restart";
    static final String ON_REQUEST = "restart-on-request";
    static final Repair XENSTORE_LOGIC_RESTART = new Repair("xenstore-logic-restart", Parameter.XENSTORE_LOGIC_RESTART_US, false);
    static final Repair TOOLSTACK_RESTART = new Repair("toolstack-restart", Parameter.TOOL_REBOOT_US, false);

    private final Host host;
    private final long periodUs;
    private final long swapUs;
    /** When each service VM's timer fires next, by id (the screen shows the countdown). */
    private final java.util.TreeMap<String, Long> nextUs = new java.util.TreeMap<>();

    XoarRestarts(Host host) {
        this.host = host;
        this.periodUs = host.strategy.get(Parameter.RESTART_PERIOD_US);
        this.swapUs = host.strategy.get(Parameter.FRESH_COPY_SWAP_US);
    }

    /** Arms the timers of NetBack and BlkBack, each at its own seeded phase. */
    void start() {
        for (IoPath path : host.paths()) {
            Part vm = host.parts.get(path.spec.unit());
            host.watch(vm.id()); // the timer finds it dead
            long first = host.random.stream("xoar-restart:" + vm.id()).nextLong(periodUs);
            nextUs.put(vm.id(), first);
            host.kernel.at(first, t -> timer(t, vm));
        }
    }

    private void timer(long now, Part vm) {
        nextUs.put(vm.id(), now + periodUs);
        host.kernel.at(now + periodUs, t -> timer(t, vm));
        if (vm.state == ComponentState.REPAIRING) {
            return; // its restart is already under way
        }
        boolean dead = vm.failed() || host.parts.childrenOf(vm.id()).stream().anyMatch(Part::failed);
        host.trace.append(now, vm.id(), new Payload.TimedRestart(dead));
        if (dead) {
            if (vm.state == ComponentState.DETECTED || host.loop.notice(now, vm, TIMER,
                    Say.of("evidence.timedRestart", "the timed restart found the service VM dead"))) {
                host.loop.beginRepair(now, vm, Repair.SERVICE_VM_RESTART, t -> restarted(t, vm, Repair.SERVICE_VM_RESTART));
            }
        } else {
            swap(now, vm);
        }
    }

    /** The timers' next restarts, in id order. */
    java.util.List<RestartTimerView> views() {
        java.util.List<RestartTimerView> out = new java.util.ArrayList<>();
        nextUs.forEach((id, at) -> out.add(new RestartTimerView(id, at, periodUs)));
        return out;
    }

    /** A request (to XenStore, or to the toolstack) found {@code p} dead: it fails, and {@code p} restarts. */
    void requestFoundDead(long now, Part p, Phrase request) {
        if (!p.failed() || p.state == ComponentState.REPAIRING) {
            return; // running, or already restarting
        }
        Repair r = p.id().equals(ComponentIds.TOOL_UK) ? TOOLSTACK_RESTART : XENSTORE_LOGIC_RESTART;
        if (p.state == ComponentState.DETECTED || host.loop.notice(now, p, ON_REQUEST, Say.of("evidence.request", "{0} found it dead", Say.nest(request)))) {
            host.loop.beginRepair(now, p, r, t -> restarted(t, p, r));
        }
    }

    /** The restarted VM boots and connects to XenStore; if XenStore is down it cannot, and stays dead. */
    private void restarted(long now, Part p, Repair r) {
        boolean needsXenStore = host.topology.dependencies().needs(p.id()).contains(ComponentIds.XENSTORE);
        if (needsXenStore && !host.xenstore.available()) {
            if (p.failure == null) {
                p.failure = FaultKind.CRASH;
            }
            p.repairAction = "";
            p.repairStartUs = -1;
            host.parts.set(now, p, ComponentState.FAULTY, Say.of("reason.restartedNoXenStore",
                    "restarted, but XenStore did not answer: it could not connect and waits for its next restart"));
            host.loop.afterChange(now);
            return;
        }
        host.loop.finishRepair(now, p, r);
    }

    /** The timer found the service VM running: a fresh copy from its snapshot takes over. */
    private void swap(long now, Part vm) {
        vm.repairAction = "fresh-copy-swap";
        vm.repairStartUs = now;
        vm.repairDurationUs = swapUs;
        host.parts.set(now, vm, ComponentState.REPAIRING, Say.of("reason.swapping", "a fresh copy from its snapshot takes over"));
        for (Part child : host.parts.childrenOf(vm.id())) {
            host.parts.set(now, child, ComponentState.STOPPED, Say.of("reason.swappingWith", "swapping with {0}", Say.id(vm.id())));
        }
        host.loop.afterChange(now);
        host.kernel.at(now + swapUs, t -> swapped(t, vm));
    }

    private void swapped(long now, Part vm) {
        vm.repairAction = "";
        vm.repairStartUs = -1;
        if (vm.failed()) {
            host.parts.set(now, vm, ComponentState.FAULTY, Say.of("reason.faultDuringSwap",
                    "{0} while its fresh copy took over, not detected yet", Say.fault(vm.failure)));
        } else if (!host.xenstore.available()) {
            vm.failure = FaultKind.CRASH;
            host.parts.set(now, vm, ComponentState.FAULTY, Say.of("reason.freshNoXenStore",
                    "its fresh copy could not connect to XenStore, which is down: it waits for its next restart"));
        } else {
            for (Part child : host.parts.childrenOf(vm.id())) {
                if (!child.failed()) {
                    host.parts.set(now, child, ComponentState.HEALTHY, Say.of("reason.freshWith", "fresh with {0}", Say.id(vm.id())));
                }
            }
            host.parts.set(now, vm, ComponentState.HEALTHY, Say.of("reason.swapped", "a fresh copy took over"));
        }
        host.loop.afterChange(now);
    }
}
