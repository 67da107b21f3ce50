package org.phoenixlab.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.model.ComponentKind;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.strategy.HostDesign;
import org.phoenixlab.engine.strategy.HostDesign.UnitKind;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.strategy.Strategy;
import org.phoenixlab.engine.strategy.StrategyCatalog;
import org.phoenixlab.engine.trace.Payload;
import org.phoenixlab.engine.trace.TraceEvent;

/** Each design as it is built: what its privileged side holds, what watches it, what it heartbeats. */
class HostDesignTest {
    private static final long S = 1_000_000;

    private static Simulation sim(String strategy) {
        return new Simulation(Scenario.paperWorkload(strategy, 1, 3 * S));
    }

    @Test
    void eachDesignSaysWhichOfTheFourFamiliesItIs() {
        assertEquals(HostDesign.Family.VANILLA_XEN, sim("vanilla").design().family());
        assertEquals(HostDesign.Family.XOAR, sim("xoar").design().family());
        assertEquals(HostDesign.Family.TFD_XEN, sim("tfd-xen").design().family());
        assertEquals(HostDesign.Family.PHOENIX, sim("phoenix-fine").design().family());
        assertEquals(HostDesign.Family.PHOENIX, sim("phoenix-coarse").design().family());
    }

    @Test
    void vanillaIsOneDom0HoldingDriversBackEndsXenStoreAndTheToolstackWithNoGlobalLoop() {
        HostDesign d = sim("vanilla").design();
        assertEquals(1, d.units().size());
        HostDesign.Unit dom0 = d.units().get(0);
        assertEquals(UnitKind.MONOLITHIC_VM, dom0.kind());
        assertEquals(List.of(ComponentIds.NET_UK, ComponentIds.DISK_UK, ComponentIds.XENSTORE, ComponentIds.TOOL_UK), dom0.members());
        assertFalse(dom0.isComponent());
        assertFalse(d.monitor().globalLoop());
        assertTrue(d.monitor().probes().isEmpty(), "nothing watches dom0");
        assertTrue(d.heartbeated().isEmpty());
        assertTrue(d.absent().contains(ComponentIds.XS_COORD) && d.absent().contains(ComponentIds.xenstoreReplica(2)));
    }

    @Test
    void xoarHasServiceVmsWithTheirRestartTimersAndNoGlobalLoop() {
        Simulation sim = sim("xoar");
        HostDesign d = sim.design();
        assertTrue(d.units().stream().allMatch(u -> u.kind() == UnitKind.SERVICE_VM), d.units().toString());
        assertTrue(d.unit(HostDesign.XENSTORE_STATE).isPresent() && d.unit(HostDesign.BUILDER).isPresent());
        assertFalse(d.unit(HostDesign.BUILDER).orElseThrow().simulated());
        long period = sim.strategy().get(Parameter.RESTART_PERIOD_US);
        assertEquals(period, d.timerOf(ComponentIds.NET_UK).orElseThrow().periodUs());
        assertEquals(period, d.timerOf(ComponentIds.DISK_UK).orElseThrow().periodUs());
        assertEquals(0, d.timerOf(ComponentIds.TOOL_UK).orElseThrow().periodUs(), "the toolstack restarts on request");
        assertFalse(d.monitor().globalLoop());
        assertEquals("NetBack VM", d.title(ComponentIds.NET_UK, "net_uk"));

        // The snapshot gives each timer's next restart, one period apart once it has fired.
        List<RestartTimerView> before = sim.snapshot().restartTimers();
        assertEquals(List.of(ComponentIds.DISK_UK, ComponentIds.NET_UK), before.stream().map(RestartTimerView::component).toList());
        RestartTimerView net = before.get(1);
        assertTrue(net.nextUs() >= 0 && net.nextUs() < period && net.periodUs() == period);
        sim.runUntil(net.nextUs());
        assertEquals(net.nextUs() + period, sim.snapshot().restartTimers().get(1).nextUs());
        assertTrue(sim("phoenix-fine").snapshot().restartTimers().isEmpty());
    }

    @Test
    void tfdXenHasAStandbyDriverDomainOverTheBackupNicBesideDom0() {
        HostDesign d = sim("tfd-xen").design();
        HostDesign.Unit standby = d.unit(HostDesign.STANDBY_DOMAIN).orElseThrow();
        assertEquals(UnitKind.STANDBY_DRIVER_DOMAIN, standby.kind());
        assertEquals(List.of(ComponentIds.NIC_BACKUP), standby.devices());
        assertEquals(UnitKind.DRIVER_DOMAIN, d.unitOf(ComponentIds.NET_UK).orElseThrow().kind());
        assertEquals(UnitKind.MONOLITHIC_VM, d.unitOf(ComponentIds.XENSTORE).orElseThrow().kind());
        assertFalse(d.monitor().globalLoop());
        assertEquals(List.of("ring lag (network only)"), d.monitor().probes());
    }

    @Test
    void phoenixHasItsUnikernelsAndUkMonitorsGlobalLoop() {
        HostDesign fine = sim("phoenix-fine").design();
        assertTrue(fine.monitor().globalLoop());
        assertEquals(List.of(ComponentIds.NET_UK, ComponentIds.DISK_UK, ComponentIds.XENSTORE, ComponentIds.TOOL_UK),
                fine.units().stream().map(HostDesign.Unit::id).toList());
        assertTrue(fine.units().stream().allMatch(HostDesign.Unit::isComponent));
        assertEquals(UnitKind.REPLICATED_SERVICE, fine.unitOf(ComponentIds.XENSTORE).orElseThrow().kind());
        assertTrue(fine.absent().isEmpty());
        assertTrue(fine.monitor().probes().contains("driver poll timeout"));
        HostDesign coarse = sim("phoenix-coarse").design();
        assertEquals(List.of("heartbeats"), coarse.monitor().probes());
        assertEquals(UnitKind.UNIKERNEL, coarse.unitOf(ComponentIds.XENSTORE).orElseThrow().kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"phoenix-fine", "phoenix-coarse", "tfd-xen", "xoar", "vanilla"})
    void everyPresentPrivilegedComponentIsInExactlyOneUnitAndTheHeartbeatedOnesAreThoseTheTraceBeats(String strategy) {
        Simulation sim = sim(strategy);
        HostDesign d = sim.design();
        List<String> placed = new ArrayList<>();
        for (HostDesign.Unit u : d.units()) {
            placed.addAll(u.members());
        }
        assertEquals(placed.size(), new LinkedHashSet<>(placed).size(), "no component in two units: " + placed);
        for (ComponentSpec c : sim.topology().components()) {
            boolean topLevelPvm = c.parent() == null && (c.kind() == ComponentKind.UNIKERNEL || c.kind() == ComponentKind.SERVICE_GROUP);
            if (topLevelPvm) {
                assertTrue(placed.contains(c.id()), c.id() + " is drawn in a unit of " + strategy);
            }
        }
        for (HostDesign.Unit u : d.units()) {
            for (String dev : u.devices()) {
                assertTrue(sim.topology().contains(dev), dev);
            }
        }
        sim.run();
        Set<String> beaten = new LinkedHashSet<>();
        for (TraceEvent e : sim.trace().events()) {
            if (e.payload() instanceof Payload.Heartbeat) {
                beaten.add(e.component());
            }
        }
        assertEquals(new LinkedHashSet<>(d.heartbeated()), beaten, "the design's heartbeats are the engine's");
    }

    @Test
    void anAnswerWithinTheDeadlineCarriesItsDelayAndALateOneShowsHowLate() {
        Simulation calm = sim("phoenix-fine");
        calm.run();
        long deadline = calm.strategy().get(Parameter.HEARTBEAT_DEADLINE_US);
        List<Payload.Heartbeat> answered = calm.trace().events().stream().map(TraceEvent::payload)
                .filter(p -> p instanceof Payload.Heartbeat h && h.explicit() && h.answered()).map(p -> (Payload.Heartbeat) p).toList();
        assertFalse(answered.isEmpty());
        assertTrue(answered.stream().allMatch(h -> h.answerUs() >= 0 && h.answerUs() <= deadline));

        Strategy busy = StrategyCatalog.load("phoenix-fine").with(Parameter.PHYSICAL_CPUS, 1).with(Mechanism.SCHEDULER_MARKING, false);
        Simulation late = new Simulation(Scenario.paperWorkload("phoenix-fine", 1, 10 * S), busy);
        late.run();
        assertTrue(late.trace().events().stream().map(TraceEvent::payload)
                .anyMatch(p -> p instanceof Payload.Heartbeat h && !h.answered() && h.answerUs() > deadline),
                "an unmarked unikernel answered, but after the deadline: the beat says when");
    }
}
