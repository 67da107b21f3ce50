package org.phoenixlab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.phoenixlab.engine.experiment.FidelityExperiments;
import org.phoenixlab.engine.experiment.FidelityExperiments.CreationRow;
import org.phoenixlab.engine.experiment.FidelityExperiments.HeartbeatCpuRow;
import org.phoenixlab.engine.experiment.FidelityExperiments.SchedulerRow;
import org.phoenixlab.engine.experiment.FidelityExperiments.ThroughputRow;

/**
 * The sections of {@code experiment paper} beyond Table 2 and the pVM experiments that come from
 * mechanisms (VM creation without a fault, monitoring CPU, the scheduler marking, throughput), as
 * JSON and as text. The engine computes them ({@link FidelityExperiments}); this runs and prints them.
 */
final class FidelitySection implements PaperSection {
    private final int runs;
    private List<CreationRow> creation;
    private List<HeartbeatCpuRow> heartbeatCpu;
    private List<SchedulerRow> scheduler;
    private List<ThroughputRow> throughput;

    FidelitySection(int runs) {
        this.runs = runs;
    }

    @Override
    public void compute(Consumer<String> progress) {
        progress.accept("VM creation without a fault...");
        creation = FidelityExperiments.vmCreationWithoutFault(runs);
        progress.accept("monitoring CPU with and without implicit heartbeats...");
        heartbeatCpu = FidelityExperiments.heartbeatCpu(runs);
        progress.accept("the scheduler marking...");
        scheduler = FidelityExperiments.scheduler(runs);
        progress.accept("throughput without and with the NIC fault...");
        throughput = FidelityExperiments.throughput(runs);
    }

    @Override
    public void json(ObjectNode o) {
        ObjectNode c = section(o, "vmCreationWithoutFault", "create guest/3 at 1 s, no fault: the toolstack's own work and"
                + " its XenStore requests for a domain with one network and one block device, until the domain is unpaused");
        for (CreationRow r : creation) {
            ObjectNode n = rows(c).addObject();
            n.put("strategy", r.strategy());
            n.put("completedRuns", r.completed());
            n.put("creationS", round(r.creationS(), 1e6));
            n.put("xenstoreRequests", round(r.xenstoreRequests(), 1e3));
            n.put("slowdownVsVanilla", round(r.slowdownVsVanilla(), 1e4));
        }
        ObjectNode h = section(o, "heartbeatCpu", "CPU that fault detection costs over "
                + FidelityExperiments.BENCHMARK_US / 1_000_000 + " s of the fault-free benchmark, scaled to 60 s, in microseconds");
        for (HeartbeatCpuRow r : heartbeatCpu) {
            ObjectNode n = rows(h).addObject();
            n.put("strategy", r.strategy());
            n.put("implicitHeartbeats", r.implicitHeartbeats());
            n.put("monitoringCpuUs", round(r.monitoringCpuUs(), 10));
            n.put("explicitPings", round(r.explicitPings(), 10));
            n.put("implicitBeats", round(r.implicitBeats(), 10));
            ObjectNode parts = n.putObject("parts");
            parts.put("pingsUs", round(r.example().pingsUs(), 10));
            parts.put("timestampsUs", round(r.example().timestampsUs(), 10));
            parts.put("pollTimerUs", round(r.example().pollTimerUs(), 10));
            parts.put("ringChecksUs", round(r.example().ringChecksUs(), 10));
            parts.put("xenstorePingsUs", round(r.example().xenstorePingsUs(), 10));
        }
        ObjectNode s = section(o, "scheduler", "crash of net_uk/nic-driver at 2 s under load, " + 20 + " s runs; physicalCpus "
                + FidelityExperiments.BUSY_HOST_CPUS + " is a busy host; falseAlarms summed over the runs");
        for (SchedulerRow r : scheduler) {
            ObjectNode n = rows(s).addObject();
            n.put("strategy", r.strategy());
            n.put("physicalCpus", r.physicalCpus());
            n.put("unikernelsMarked", r.unikernelsMarked());
            n.put("detectionMs", round(r.detectionMs(), 1e3));
            n.put("detectedRuns", r.detectedRuns());
            n.put("falseAlarms", r.falseAlarms());
        }
        ObjectNode t = section(o, "throughput", "packets/s delivered: fault-free over " + FidelityExperiments.BENCHMARK_US / 1_000_000
                + " s; with the NIC-driver crash at 2 s, mean over " + FidelityExperiments.FAULT_BENCHMARK_US / 1_000_000
                + " s; meanLatencyUs is the fault-free round trip");
        for (ThroughputRow r : throughput) {
            ObjectNode n = rows(t).addObject();
            n.put("strategy", r.strategy());
            n.put("faultFreePps", round(r.faultFreePps(), 10));
            n.put("withFaultMeanPps", round(r.withFaultMeanPps(), 10));
            n.put("meanLatencyUs", round(r.meanLatencyUs(), 1e3));
        }
    }

    private ObjectNode section(ObjectNode o, String name, String description) {
        ObjectNode s = o.putObject(name);
        s.put("description", description);
        s.put("runsPerStrategy", runs);
        s.putArray("rows");
        return s;
    }

    private static ArrayNode rows(ObjectNode section) {
        return (ArrayNode) section.get("rows");
    }

    @Override
    public void print(PrintWriter out) {
        out.println();
        out.println("VM creation without a fault (" + runs + " seeds per row): build, XenStore requests, devices, until unpaused");
        out.printf(Locale.ROOT, "%-16s %-13s %-18s %s%n", "strategy", "creation (s)", "XenStore requests", "vs vanilla");
        for (CreationRow r : creation) {
            out.printf(Locale.ROOT, "%-16s %-13s %-18.0f %s%n", r.strategy(), num(r.creationS(), "%.4f"), r.xenstoreRequests(),
                    num(r.slowdownVsVanilla(), "%.3fx"));
        }
        out.println();
        out.println("Monitoring CPU per 60 s of the fault-free benchmark (" + runs + " seeds per row)");
        out.printf(Locale.ROOT, "%-16s %-9s %-14s %-15s %-15s %s%n", "strategy", "implicit", "CPU (us)", "explicit pings", "implicit beats",
                "of which: pings / timestamps / poll timer / ring checks / XenStore pings (us, first seed)");
        for (HeartbeatCpuRow r : heartbeatCpu) {
            var m = r.example();
            out.printf(Locale.ROOT, "%-16s %-9s %-14.1f %-15.0f %-15.0f %.0f / %.0f / %.0f / %.0f / %.0f%n", r.strategy(),
                    r.implicitHeartbeats() ? "on" : "off", r.monitoringCpuUs(), r.explicitPings(), r.implicitBeats(),
                    m.pingsUs(), m.timestampsUs(), m.pollTimerUs(), m.ringChecksUs(), m.xenstorePingsUs());
        }
        out.println();
        out.println("Scheduler marking: NIC-driver crash at 2 s under load (" + runs + " seeds per row; false alarms summed)");
        out.printf(Locale.ROOT, "%-16s %-14s %-8s %-16s %s%n", "strategy", "physical CPUs", "marked", "detection (ms)", "false alarms");
        for (SchedulerRow r : scheduler) {
            out.printf(Locale.ROOT, "%-16s %-14d %-8s %-16s %d%n", r.strategy(), r.physicalCpus(), r.unikernelsMarked() ? "yes" : "no",
                    num(r.detectionMs(), "%.2f") + (r.detectedRuns() < r.runs() ? " (" + r.detectedRuns() + "/" + r.runs() + ")" : ""),
                    r.falseAlarms());
        }
        out.println();
        out.println("Throughput (" + runs + " seeds per row): one workload for every design, less each design's own costs");
        out.printf(Locale.ROOT, "%-16s %-18s %-26s %s%n", "strategy", "fault-free (pps)", "with the NIC fault (pps)", "round trip (us)");
        for (ThroughputRow r : throughput) {
            out.printf(Locale.ROOT, "%-16s %-18.0f %-26.0f %.2f%n", r.strategy(), r.faultFreePps(), r.withFaultMeanPps(), r.meanLatencyUs());
        }
    }

    private static Double round(Double v, double scale) {
        return v == null ? null : Math.round(v * scale) / scale;
    }

    private static String num(Double v, String fmt) {
        return v == null ? "-" : String.format(Locale.ROOT, fmt, v);
    }
}
