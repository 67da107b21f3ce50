package org.phoenixlab.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phoenixlab.engine.sim.Runs.fault;
import static org.phoenixlab.engine.sim.Runs.op;
import static org.phoenixlab.engine.sim.Runs.run;
import static org.phoenixlab.engine.sim.Runs.with;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedOperation.Kind;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.strategy.Strategy;
import org.phoenixlab.engine.strategy.StrategyCatalog;
import org.phoenixlab.engine.trace.Explanation;
import org.phoenixlab.engine.trace.Payload;
import org.phoenixlab.engine.trace.TraceEvent;

/** The design-v2 mechanisms one by one: the credit scheduler, tool_uk always there, Xoar's restarts, the costs. */
class FidelityMechanismTest {
    private static final long S = 1_000_000;

    /** A scheduler on its own host, its accounting running on the host's kernel. */
    private static Host host(Strategy s) {
        Host h = new Host(Topology.standard(3, false), s, 1, EnumSet.noneOf(Defect.class));
        h.xenstore = new XenStore(h);
        h.scheduler = new CreditScheduler(h);
        h.scheduler.start();
        return h;
    }

    /** net_uk burns a whole CPU for {@code periods} accounting periods. */
    private static long burn(Host h, Part p, int periods) {
        long period = h.strategy.get(Parameter.SCHED_ACCOUNTING_US);
        long t = 0;
        for (int i = 0; i < periods; i++) {
            h.scheduler.charge(p, period * 1000);
            t += period;
            h.kernel.runUntil(t);
        }
        return t;
    }

    @Test
    void anUnmarkedUnikernelOutOfCreditWaitsBehindTheGuestsSlicesAndAMarkedOneDoesNot() {
        Strategy busy = StrategyCatalog.load("phoenix-coarse").with(Parameter.PHYSICAL_CPUS, 1);
        Host unmarked = host(busy.with(Mechanism.SCHEDULER_MARKING, false));
        Part net = unmarked.parts.get("net_uk");
        long t = burn(unmarked, net, 10);
        assertTrue(unmarked.scheduler.over(net), "it used more than its fair share");
        long wait = unmarked.scheduler.delayUs(net, t);
        // One CPU, three busy guest vCPUs: the rest of the running guest's slice and two more slices.
        assertTrue(wait > 60_000 && wait <= 90_000, "waits " + wait + " us");
        assertEquals(wait - 1_000, unmarked.scheduler.delayUs(net, t + 1_000), "still waiting for the same turn");
        Host marked = host(busy);
        Part net2 = marked.parts.get("net_uk");
        long t2 = burn(marked, net2, 10);
        assertTrue(marked.scheduler.delayUs(net2, t2) <= 1_000, "marked: at most the 1 ms rate limit");
        Part disk = unmarked.parts.get("disk_uk");
        assertTrue(unmarked.scheduler.delayUs(disk, t) <= 1_000, "a unikernel with credit left is BOOSTed");
    }

    @Test
    void withAnIdlePhysicalCpuEveryUnikernelRunsAtOnce() {
        Host h = host(StrategyCatalog.load("vanilla").with(Parameter.PHYSICAL_CPUS, 4));
        Part net = h.parts.get("net_uk");
        long t = burn(h, net, 10);
        assertEquals(0, h.scheduler.delayUs(net, t));
    }

    @Test
    void toolUkRunsIdleFromTheStartAndAnIdleCrashIsFoundByItsHeartbeatAndRebooted() {
        Simulation start = new Simulation(Scenario.paperWorkload("phoenix-fine", 1, S));
        assertEquals(ComponentState.HEALTHY, start.snapshot().component("tool_uk").orElseThrow().state());
        Simulation sim = run(with("phoenix-fine", 1, 20 * S, List.of(fault(2 * S, "tool_uk", FaultKind.CRASH)), List.of()));
        FaultMetrics m = sim.faults().get(0);
        assertEquals("heartbeat", m.detectedBy());
        assertEquals("toolstack-reboot", m.actuator());
        assertTrue(m.completed());
        assertEquals(ComponentState.HEALTHY, sim.snapshot().component("tool_uk").orElseThrow().state());
        Simulation vanilla = run(with("vanilla", 1, 20 * S, List.of(fault(2 * S, "tool_uk", FaultKind.CRASH)), List.of()));
        assertFalse(vanilla.faults().get(0).detected());
        assertEquals(ComponentState.FAULTY, vanilla.snapshot().component("tool_uk").orElseThrow().state());
    }

    @Test
    void anOperationRequestedWhileToolUkIsDownWaitsForItsRebootUnderPhoenixAndNeverStartsUnderVanilla() {
        Simulation phoenix = run(with("phoenix-fine", 2, 30 * S, List.of(fault(S, "tool_uk", FaultKind.CRASH)),
                List.of(op(S + 10_000, Kind.MIGRATE, "guest/2"))));
        VmOperationView m = phoenix.snapshot().operations().get(0);
        assertTrue(m.succeeded(), m.detail());
        assertEquals(1, m.runningCopies());
        Simulation vanilla = run(with("vanilla", 2, 30 * S, List.of(fault(S, "tool_uk", FaultKind.CRASH)),
                List.of(op(S + 10_000, Kind.MIGRATE, "guest/2"))));
        VmOperationView v = vanilla.snapshot().operations().get(0);
        assertFalse(v.succeeded());
        assertTrue(v.detail().contains("nothing restarts it"), v.detail());
    }

    @Test
    void underXoarADeadToolstackIsRestartedByTheNextRequestThatReachesIt() {
        Simulation sim = run(with("xoar", 3, 90 * S, List.of(fault(2 * S, "tool_uk", FaultKind.CRASH)), List.of()));
        FaultMetrics m = sim.faults().get(0);
        assertEquals(XoarRestarts.ON_REQUEST, m.detectedBy());
        assertEquals("toolstack-restart", m.actuator());
        long poll = sim.strategy().get(Parameter.NOVA_POLL_PERIOD_US);
        assertTrue(m.detectionUs().getAsLong() <= poll, "Nova's next status request finds it: " + m.detectionUs());
        assertTrue(m.completed());
    }

    @Test
    void xoarHasNoGlobalLoopARestartedNetBackWhoseXenStoreIsDownCannotConnectAndIsRestartedLater() {
        Scenario s = with("xoar", 4, 60 * S, List.of(fault(2 * S, "xenstore_uk/1", FaultKind.CRASH),
                fault(2 * S, "net_uk", FaultKind.CRASH)), List.of())
                .withOverride("restartPeriodUs", 3 * S).withOverride("serviceVmRebootUs", 2 * S) // a restart ends before the next is due
                .withOverride("xenstoreLogicRestartUs", 15 * S);
        Simulation sim = run(s);
        List<TraceEvent> t = sim.trace().events();
        long xenstoreBack = t.stream().filter(e -> e.component().equals("xenstore_uk/1") && e.payload() instanceof Payload.RepairFinished)
                .mapToLong(TraceEvent::timeUs).min().orElseThrow();
        long firstRestart = t.stream().filter(e -> e.component().equals("net_uk") && e.payload() instanceof Payload.RepairStarted)
                .mapToLong(TraceEvent::timeUs).min().orElseThrow();
        assertTrue(firstRestart < xenstoreBack, "the restart did not wait for XenStore");
        assertTrue(t.stream().anyMatch(e -> e.component().equals("net_uk") && e.payload() instanceof Payload.StateChanged c
                && c.to() == ComponentState.FAULTY && c.reason().english().contains("could not connect")), "it came up without XenStore and failed");
        FaultMetrics net = sim.faults().stream().filter(f -> f.target().equals("net_uk")).findFirst().orElseThrow();
        assertTrue(net.completed(), "a later timed restart, with XenStore back, brings it up");
        assertTrue(net.repairedUs() > xenstoreBack);
        assertTrue(sim.snapshot().xenstore().failed() > 0, "requests that found XenStore-Logic dead failed");
    }

    /**
     * Issue 11 noted that after the all-pVM crash Xoar's timed restart found disk_uk but its repair
     * waited for XenStore. Xoar's restarts wait for nothing (DESIGN section 2): each starts when its
     * timer finds the service VM dead, and nothing is ever deferred for a dependency.
     */
    @Test
    void xoarsRestartsAfterTheAllPvmCrashWaitForNoDependency() {
        Simulation sim = run(with("xoar", 1, 120 * S, List.of(fault(2 * S, "vmm", FaultKind.CRASH_ALL_PVM)), List.of()));
        List<TraceEvent> t = sim.trace().events();
        assertTrue(t.stream().noneMatch(e -> e.payload() instanceof Payload.RepairDeferred), "no restart waits for a dependency");
        for (String unit : List.of("net_uk", "disk_uk")) {
            long found = t.stream().filter(e -> e.component().equals(unit) && e.payload() instanceof Payload.Detected)
                    .mapToLong(TraceEvent::timeUs).min().orElseThrow();
            long started = t.stream().filter(e -> e.component().equals(unit) && e.payload() instanceof Payload.RepairStarted)
                    .mapToLong(TraceEvent::timeUs).min().orElseThrow();
            assertEquals(found, started, unit + ": its restart starts when the timer finds it dead");
        }
        assertTrue(sim.faults().stream().filter(f -> f.target().equals("disk_uk")).allMatch(FaultMetrics::completed), () -> sim.faults().toString());
    }

    @Test
    void xoarSwapsAFreshCopyInOnEveryTimedRestartAndThePathStopsMeanwhile() {
        Scenario s = Scenario.paperWorkload("xoar", 5, 10 * S).withOverride("restartPeriodUs", 2 * S)
                .withOverride("serviceVmRebootUs", S); // a restart ends before the next is due (ParameterCheck)
        Simulation sim = run(s);
        long swaps = Runs.payloads(sim.trace(), Payload.TimedRestart.class).stream().filter(r -> !r.wasFaulty()).count();
        assertTrue(swaps >= 8, "two service VMs, a restart every 2 s: " + swaps);
        assertTrue(sim.snapshot().traffic().lost() > 0, "the rings overflowed while the network path stood still during its swaps");
    }

    @Test
    void aCreationMakesTheToolstacksWholeSequenceOfXenStoreRequests() {
        Simulation sim = run(with("vanilla", 1, 5 * S, List.of(), List.of(op(S, Kind.CREATE, "guest/3"))));
        VmOperationView c = sim.snapshot().operations().get(0);
        assertTrue(c.succeeded(), c.detail());
        int expected = VmCreationSequence.requests(VmCreationSequence.forDomain(3, "guest-3")) + 1; // and the read-back
        assertEquals(expected, c.xenstoreRequests());
        List<String> phases = Runs.payloads(sim.trace(), Payload.OperationPhase.class).stream()
                .map(Payload.OperationPhase::phase).toList();
        assertEquals(List.of("build", "xenstore-setup", "devices", "verify", "done"), phases);
        assertEquals(ComponentState.HEALTHY, sim.snapshot().component("guest/3").orElseThrow().state(), "it booted after the unpause");
    }

    @Test
    void aFittedLossRateIsSaidToBeFittedWhereTheLossIsExplained() {
        Simulation coarse = run(Runs.oneFault("phoenix-coarse", "net_uk/nic-driver", FaultKind.CRASH, 1));
        List<TraceEvent> t = coarse.trace().events();
        Explanation ex = new Explanation(t, coarse.topology());
        int i = indexOf(t, Payload.TrafficRestored.class);
        assertTrue(ex.of(i).contains("fitted to the paper's Table 2"), ex.of(i));
        assertEquals(60_850, ((Payload.TrafficRestored) t.get(i).payload()).fittedOutagePps());
        Simulation fine = run(Runs.oneFault("phoenix-fine", "net_uk/nic-driver", FaultKind.CRASH, 1));
        int j = indexOf(fine.trace().events(), Payload.TrafficRestored.class);
        assertFalse(new Explanation(fine.trace().events(), fine.topology()).of(j).contains("fitted"));
    }

    @Test
    void aFalseAlarmIsCountedAndExplainedAsOne() {
        Strategy busy = StrategyCatalog.load("phoenix-fine").with(Parameter.PHYSICAL_CPUS, 1).with(Mechanism.SCHEDULER_MARKING, false);
        Simulation sim = new Simulation(Scenario.paperWorkload("phoenix-fine", 1, 10 * S), busy);
        sim.run();
        assertTrue(sim.monitoring().falseAlarms() > 0);
        List<TraceEvent> t = sim.trace().events();
        int i = -1;
        for (int k = 0; k < t.size() && i < 0; k++) {
            if (t.get(k).payload() instanceof Payload.Detected d && d.falseAlarm()) {
                i = k;
            }
        }
        assertTrue(i >= 0);
        assertTrue(new Explanation(t, sim.topology()).of(i).contains("a false alarm"));
        assertTrue(sim.faults().isEmpty(), "no fault was injected: nothing to count as detected");
    }

    private static int indexOf(List<TraceEvent> t, Class<?> kind) {
        for (int i = 0; i < t.size(); i++) {
            if (kind.isInstance(t.get(i).payload())) {
                return i;
            }
        }
        throw new AssertionError("no " + kind.getSimpleName());
    }
}
