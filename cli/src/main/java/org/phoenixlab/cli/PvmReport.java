package org.phoenixlab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.phoenixlab.engine.experiment.PvmExperiments;

/** The VM-creation, migration and all-pVM-crash tables of {@code experiment paper}, as JSON and as text. */
final class PvmReport {
    private PvmReport() {
    }

    static void toJson(ObjectNode o, List<PvmExperiments.CreationRow> creation, List<PvmExperiments.MigrationRow> migration,
                       List<PvmExperiments.AllCrashRow> allCrash, int runs) {
        ObjectNode c = o.putObject("vmCreation");
        c.put("description", "create guest/3 at 1 s; xenstore-crash: the (master) XenStore replica crashes 0.6 ms later;"
                + " xenstore-corruption: at the same moment, the entry the new VM reads back is silently corrupted in that replica");
        c.put("runsPerStrategy", runs);
        ArrayNode cr = c.putArray("rows");
        for (PvmExperiments.CreationRow r : creation) {
            ObjectNode n = cr.addObject();
            n.put("strategy", r.strategy());
            n.put("fault", r.fault());
            n.put("completedRuns", r.completed());
            n.put("outcome", r.completed() == r.runs() ? "completed" : r.completed() == 0 ? "failed" : "mixed");
            n.put("detectionMs", round(r.detectionMs()));
            n.put("creationS", round(r.creationS()));
            n.put("xenstoreLatencyUs", round(r.xenstoreLatencyUs()));
            n.put("xenstoreSlowdownVsVanillaWithoutFault", round(r.slowdownVsVanilla()));
        }
        ObjectNode m = o.putObject("migration");
        m.put("description", "live migration of guest/2 to remote-host at 1 s; tool_uk crashes in the middle of a phase,"
                + " or the receiver's acknowledgement is lost");
        m.put("runsPerStrategy", runs);
        ArrayNode mr = m.putArray("rows");
        for (PvmExperiments.MigrationRow r : migration) {
            ObjectNode n = mr.addObject();
            n.put("strategy", r.strategy());
            n.put("fault", r.fault());
            n.put("runsWithOneCopy", r.oneCopy());
            n.put("runsWithTwoCopies", r.twoCopies());
            n.put("runsMigrated", r.migrated());
            n.put("consistent", r.oneCopy() == r.runs());
            n.put("example", r.example());
        }
        ObjectNode a = o.putObject("allPvmCrash");
        a.put("description", "net_uk, disk_uk, tool_uk and every XenStore replica and coordinator crash at once, 2 s into the benchmark");
        a.put("runsPerStrategy", runs);
        ArrayNode ar = a.putArray("rows");
        for (PvmExperiments.AllCrashRow r : allCrash) {
            ObjectNode n = ar.addObject();
            n.put("strategy", r.strategy());
            n.put("recoveredRuns", r.recovered());
            n.put("allHealthyAfterS", round(r.allHealthyS()));
            n.put("guestNetworkOutageS", round(r.networkOutageS()));
            n.put("guestStorageOutageS", round(r.storageOutageS()));
        }
    }

    static void print(PrintWriter out, List<PvmExperiments.CreationRow> creation, List<PvmExperiments.MigrationRow> migration,
                      List<PvmExperiments.AllCrashRow> allCrash, int runs) {
        out.println();
        out.println("VM creation while XenStore fails (" + runs + " seeds per row)");
        out.printf(Locale.ROOT, "%-16s %-20s %-10s %-15s %-12s %s%n", "strategy", "fault", "completed", "detection (ms)", "creation (s)",
                "XenStore request vs vanilla");
        for (PvmExperiments.CreationRow r : creation) {
            out.printf(Locale.ROOT, "%-16s %-20s %-10s %-15s %-12s %.2fx (%.0f us)%n", r.strategy(), r.fault(),
                    r.completed() + "/" + r.runs(), num(r.detectionMs(), "%.1f"), num(r.creationS(), "%.2f"),
                    r.slowdownVsVanilla(), r.xenstoreLatencyUs());
        }
        out.println();
        out.println("Live migration while tool_uk fails (" + runs + " seeds per row): runs ending with one / two running copies");
        out.printf(Locale.ROOT, "%-16s %-26s %-9s %-10s %s%n", "strategy", "fault", "1 copy", "2 copies", "what happened (last run)");
        for (PvmExperiments.MigrationRow r : migration) {
            out.printf(Locale.ROOT, "%-16s %-26s %-9s %-10s %s%n", r.strategy(), r.fault(), r.oneCopy(), r.twoCopies(), r.example());
        }
        out.println();
        out.println("Every pVM component crashes at once (" + runs + " seeds per row)");
        out.printf(Locale.ROOT, "%-16s %-10s %-22s %-27s %s%n", "strategy", "recovered", "all healthy after (s)", "guests without network (s)",
                "without storage (s)");
        for (PvmExperiments.AllCrashRow r : allCrash) {
            out.printf(Locale.ROOT, "%-16s %-10s %-22s %-27s %s%n", r.strategy(), r.recovered() + "/" + r.runs(),
                    r.allHealthyS() == null ? "never" : String.format(Locale.ROOT, "%.2f", r.allHealthyS()),
                    r.networkOutageS() == null ? "until dom0 is rebooted by hand" : String.format(Locale.ROOT, "%.2f", r.networkOutageS()),
                    r.storageOutageS() == null ? "-" : String.format(Locale.ROOT, "%.2f", r.storageOutageS()));
        }
    }

    private static String num(Double v, String fmt) {
        return v == null ? "-" : String.format(Locale.ROOT, fmt, v);
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 1000) / 1000.0;
    }
}
