package org.phoenixlab.engine.sim;

import java.util.ArrayList;
import java.util.List;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.Topology;

/** One record per injected fault: when it struck, was detected, repaired, and traffic came back. */
final class FaultLedger implements EngineState {
    static final class Entry implements EngineState {
        final String target;
        final FaultKind kind;
        final String unit;
        final String pathUnit;
        final long injectedUs;
        final long lostAtInjection;
        long detectedUs = -1;
        String detectedBy = "";
        long repairStartedUs = -1;
        String actuator = "";
        long repairedUs = -1;
        long restoredUs = -1;
        long lostPackets = -1;
        long peakBuffered;

        Entry(String target, FaultKind kind, String unit, String pathUnit, long injectedUs, long lostAtInjection) {
            this.target = target;
            this.kind = kind;
            this.unit = unit;
            this.pathUnit = pathUnit;
            this.injectedUs = injectedUs;
            this.lostAtInjection = lostAtInjection;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /** {@code pathUnit}: the unit whose I/O path the fault interrupts (net_uk, disk_uk), or "". */
    void injected(String target, FaultKind kind, String unit, String pathUnit, long now, long lostSoFar) {
        entries.add(new Entry(target, kind, unit, pathUnit, now, lostSoFar));
    }

    void detected(long now, String component, String probe) {
        for (Entry e : entries) {
            if (e.detectedUs < 0 && e.unit.equals(component)) {
                e.detectedUs = now;
                e.detectedBy = probe;
            }
        }
    }

    void repairStarted(long now, String component, String actuator) {
        for (Entry e : entries) {
            if (e.detectedUs >= 0 && e.repairStartedUs < 0 && e.unit.equals(component)) {
                e.repairStartedUs = now;
                e.actuator = actuator;
            }
        }
    }

    void repaired(long now, String component, Topology topology) {
        for (Entry e : entries) {
            boolean covers = e.unit.equals(component) || component.equals(topology.unitOf(e.unit));
            if (e.repairedUs < 0 && covers) {
                if (e.detectedUs < 0) {
                    continue; // repaired by chance (a timed restart of a healthy unit), not by detection
                }
                e.repairedUs = now;
                if (e.pathUnit.isEmpty()) {
                    e.restoredUs = now; // no traffic path: the service is back when the repair ends
                    e.lostPackets = 0;
                }
            }
        }
    }

    void trafficRestored(long now, String pathUnit, long lostTotal, long outagePeak) {
        for (Entry e : entries) {
            if (!e.pathUnit.equals(pathUnit)) {
                continue;
            }
            if (e.restoredUs < 0 && e.repairedUs >= 0 || e.restoredUs < 0 && e.repairStartedUs >= 0
                    && "nic-failover".equals(e.actuator)) {
                e.restoredUs = now;
                e.lostPackets = lostTotal - e.lostAtInjection;
                e.peakBuffered = outagePeak;
            }
        }
    }

    List<Entry> entries() {
        return entries;
    }
}
