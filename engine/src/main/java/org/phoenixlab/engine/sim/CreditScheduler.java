package org.phoenixlab.engine.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.phoenixlab.engine.model.ComponentKind;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.Parameter;

/**
 * Xen's credit scheduler, reduced to what the probes and the I/O paths depend on: how long a pVM
 * unikernel's vCPU waits for a physical CPU once an event (a NIC interrupt, a ping) wakes it.
 *
 * <p>The guests' vCPUs are busy with the benchmark: they always want to run, each pCPU takes them in
 * turn, one 30 ms slice each, from a seeded phase. A woken unikernel finds an idle pCPU, or:
 * <ul>
 * <li>with credit left (UNDER its fair share) it is BOOSTed and preempts the running guest as soon as
 * the 1 ms rate limit allows;</li>
 * <li>with its credit spent (OVER) it waits for the running guest's slice to end and for the guests
 * queued before it, one slice each;</li>
 * <li>marked by Phoenix ({@link Mechanism#SCHEDULER_MARKING}) it is treated as BOOSTed whatever its
 * credit.</li>
 * </ul>
 * Every 30 ms the scheduler shares the CPUs out: the fair share is the max-min fair split of the
 * physical CPUs between what each vCPU used in the last period (the guests want all of it), and each
 * vCPU's credit moves by its share minus what it used, within one slice either way. This is credit1
 * as it behaves in steady state (a vCPU that uses little keeps its credit and is not counted against
 * the others); the unikernels' own short runs do not shift the guests' slice boundaries.
 */
final class CreditScheduler implements EngineState {
    private final Host host;
    private final int pcpus;
    private final long guestVcpus;
    private final long sliceUs;
    private final long rateLimitUs;
    private final long accountingUs;
    private final boolean marking;
    private final long[] slicePhaseUs;
    private final List<Part> vcpus = new ArrayList<>();
    private final long[] creditUs;
    private final long[] usedNs;
    /** When a waiting OVER vCPU gets its CPU; -1 when it does not wait. */
    private final long[] runsAtUs;
    private final int[] guestsOn;
    private int busyGuestVcpus;

    CreditScheduler(Host host) {
        this.host = host;
        this.pcpus = (int) host.strategy.get(Parameter.PHYSICAL_CPUS);
        this.guestVcpus = host.strategy.get(Parameter.GUEST_VCPUS);
        this.sliceUs = host.strategy.get(Parameter.SCHED_SLICE_US);
        this.rateLimitUs = host.strategy.get(Parameter.SCHED_RATE_LIMIT_US);
        this.accountingUs = host.strategy.get(Parameter.SCHED_ACCOUNTING_US);
        this.marking = host.strategy.has(Mechanism.SCHEDULER_MARKING);
        for (Part p : host.parts.all()) {
            ComponentKind k = p.spec.kind();
            boolean pvm = k == ComponentKind.UNIKERNEL || k == ComponentKind.XENSTORE_REPLICA
                    || k == ComponentKind.XENSTORE_COORDINATOR;
            if (pvm && !p.absent) {
                p.vcpu = vcpus.size();
                vcpus.add(p);
            }
        }
        this.creditUs = new long[vcpus.size()];
        Arrays.fill(creditUs, sliceUs); // every vCPU starts with a full slice of credit
        this.usedNs = new long[vcpus.size()];
        this.runsAtUs = new long[vcpus.size()];
        Arrays.fill(runsAtUs, -1);
        this.slicePhaseUs = new long[pcpus];
        for (int c = 0; c < pcpus; c++) {
            slicePhaseUs[c] = host.random.stream("credit-scheduler:cpu" + c).nextLong(sliceUs);
        }
        this.guestsOn = new int[pcpus];
        countGuests();
    }

    /** The first accounting comes at a seeded phase: Xen's timers are not aligned with the benchmark. */
    void start() {
        host.kernel.at(host.random.stream("credit-scheduler:accounting").nextLong(accountingUs), this::account);
    }

    /**
     * How long after {@code now} the vCPU of {@code p}'s unikernel runs, woken by an event now; 0 for
     * what has no vCPU of its own (the hypervisor, devices, guests).
     */
    long delayUs(Part p, long now) {
        int i = vcpuOf(p);
        if (i < 0) {
            return 0;
        }
        int cpu = i % pcpus;
        if (guestsOn[cpu] == 0 || busyGuestVcpus < pcpus) {
            runsAtUs[i] = -1;
            return 0; // a physical CPU is idle: Xen wakes it for this vCPU at once
        }
        long elapsed = Math.floorMod(now - slicePhaseUs[cpu], sliceUs);
        long boosted = Math.max(0, rateLimitUs - elapsed);
        if (marking) {
            return boosted;
        }
        if (runsAtUs[i] >= now) {
            if (creditUs[i] > 0) {
                // Credit came back while it waited: it moves ahead of the OVER guests (no BOOST: it was not woken now).
                runsAtUs[i] = Math.min(runsAtUs[i], now + sliceUs - elapsed);
            }
            long d = runsAtUs[i] - now;
            if (d == 0) {
                runsAtUs[i] = -1;
            }
            return d;
        }
        if (creditUs[i] > 0) {
            return boosted; // UNDER: BOOSTed on wake-up
        }
        // OVER: behind the running guest's slice and the guests queued before it on this CPU.
        runsAtUs[i] = now + (sliceUs - elapsed) + (guestsOn[cpu] - 1) * sliceUs;
        return runsAtUs[i] - now;
    }

    /** {@code p}'s unikernel used {@code ns} of CPU. */
    void charge(Part p, long ns) {
        int i = vcpuOf(p);
        if (i >= 0) {
            usedNs[i] += ns;
        }
    }

    /** True when the vCPU of {@code p}'s unikernel has spent its credit (OVER). */
    boolean over(Part p) {
        int i = vcpuOf(p);
        return i >= 0 && creditUs[i] <= 0;
    }

    private int vcpuOf(Part p) {
        if (p.vcpu >= 0) {
            return p.vcpu;
        }
        if (p.spec.kind() == ComponentKind.SUBCOMPONENT) {
            return host.parts.get(p.spec.parent()).vcpu;
        }
        return -1;
    }

    private void countGuests() {
        long busy = 0;
        for (Part p : host.parts.all()) {
            if (p.spec.kind() == ComponentKind.GUEST && p.state != ComponentState.STOPPED && !p.failed()) {
                busy += guestVcpus;
            }
        }
        busyGuestVcpus = (int) Math.min(Integer.MAX_VALUE, busy);
        for (int c = 0; c < pcpus; c++) {
            guestsOn[c] = busyGuestVcpus / pcpus + (c < busyGuestVcpus % pcpus ? 1 : 0);
        }
    }

    private void account(long now) {
        host.kernel.at(now + accountingUs, this::account);
        countGuests();
        long share = fairShareUs();
        for (int i = 0; i < vcpus.size(); i++) {
            long used = usedNs[i] / 1000;
            creditUs[i] = Math.max(-sliceUs, Math.min(sliceUs, creditUs[i] + share - used));
            usedNs[i] = 0;
        }
    }

    /** Max-min fair split of the CPUs over the last period between the busy guests and the unikernels. */
    private long fairShareUs() {
        long capacity = pcpus * accountingUs;
        long[] demand = new long[busyGuestVcpus + vcpus.size()];
        int n = 0;
        for (int g = 0; g < busyGuestVcpus; g++) {
            demand[n++] = accountingUs;
        }
        for (int i = 0; i < vcpus.size(); i++) {
            demand[n++] = usedNs[i] / 1000;
        }
        Arrays.sort(demand);
        long left = capacity;
        for (int k = 0; k < demand.length; k++) {
            long others = demand.length - k;
            if (demand[k] * others > left) {
                return left / others;
            }
            left -= demand[k];
        }
        return capacity; // nobody is short of CPU
    }
}
