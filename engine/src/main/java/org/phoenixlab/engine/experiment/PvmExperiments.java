package org.phoenixlab.engine.experiment;

import java.util.ArrayList;
import java.util.List;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScriptedFault;
import org.phoenixlab.engine.scenario.ScriptedOperation;
import org.phoenixlab.engine.sim.FaultMetrics;
import org.phoenixlab.engine.sim.Simulation;
import org.phoenixlab.engine.sim.Snapshot;
import org.phoenixlab.engine.sim.VmOperationView;
import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.strategy.Strategy;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/**
 * The paper's other experiments, rebuilt from the mechanisms: VM creation while XenStore crashes or
 * is silently corrupted, live migration while tool_uk crashes in each phase or the acknowledgement
 * is lost, and every pVM component (tool_uk included) crashing at once.
 */
public final class PvmExperiments {
    public static final int DEFAULT_RUNS = 10;
    private static final long S = 1_000_000;
    private static final long OP_AT = S;

    private PvmExperiments() {
    }

    /** VM creation under one XenStore fault. */
    public record CreationRow(String strategy, String fault, int runs, int completed, Double detectionMs,
                              Double creationS, double xenstoreLatencyUs, double slowdownVsVanilla) {
    }

    /** Live migration under one tool_uk fault. */
    public record MigrationRow(String strategy, String fault, int runs, int oneCopy, int twoCopies, int migrated,
                               String example) {
    }

    /** Every pVM component crashing at once (tool_uk among them); the means are null where no run recovered. */
    public record AllCrashRow(String strategy, int runs, int recovered, Double allHealthyS, Double networkOutageS,
                              Double storageOutageS) {
    }

    /** How long the all-pVM crash may take to heal: Xoar's restarts wait for their timers and requests. */
    public static final long ALL_CRASH_HORIZON_US = 300 * S;

    public static List<CreationRow> creation(int runs) {
        double vanillaLatency = latency("vanilla");
        List<CreationRow> rows = new ArrayList<>();
        for (String fault : List.of("xenstore-crash", "xenstore-corruption")) {
            for (String s : StrategyCatalog.NAMES) {
                int completed = 0;
                int detected = 0;
                double det = 0;
                double dur = 0;
                double lat = 0;
                for (int seed = 1; seed <= runs; seed++) {
                    ScriptedFault f = fault.equals("xenstore-crash")
                            ? new ScriptedFault(OP_AT + 600, "xenstore_uk/1", FaultKind.CRASH)
                            : new ScriptedFault(OP_AT + 600, "xenstore_uk/1", FaultKind.CORRUPT_ENTRY);
                    Simulation sim = run(Scenario.paperWorkload(s, seed, 40 * S).withFaults(List.of(f))
                            .withOperations(List.of(new ScriptedOperation(OP_AT, ScriptedOperation.Kind.CREATE, "guest/3"))));
                    Snapshot snap = sim.snapshot();
                    VmOperationView op = snap.operations().get(0);
                    if (Boolean.TRUE.equals(op.succeeded())) {
                        completed++;
                        dur += (op.endedUs() - op.startedUs()) / 1e6;
                    }
                    FaultMetrics m = snap.faults().get(0);
                    if (m.detected()) {
                        detected++;
                        det += m.detectionUs().getAsLong() / 1e3;
                    }
                    lat += snap.xenstore().meanLatencyUs();
                }
                double meanLat = lat / runs;
                rows.add(new CreationRow(s, fault, runs, completed, detected == 0 ? null : det / detected,
                        completed == 0 ? null : dur / completed, meanLat, latency(s) / vanillaLatency));
            }
        }
        return rows;
    }

    /** Mean XenStore request latency without any fault, over a 10 s run. */
    private static double latency(String strategy) {
        return run(Scenario.paperWorkload(strategy, 1, 10 * S)).snapshot().xenstore().meanLatencyUs();
    }

    /** The migration cases: a tool_uk crash in the middle of each phase, and a lost acknowledgement. */
    public static List<String> migrationCases() {
        return List.of("crash in pre-copy", "crash in suspend", "crash in transfer", "crash in acknowledgement",
                "crash in resume", "lost acknowledgement");
    }

    public static List<MigrationRow> migration(int runs) {
        Strategy common = StrategyCatalog.load("vanilla");
        long precopy = common.get(Parameter.MIGRATION_PRECOPY_US);
        long suspend = common.get(Parameter.MIGRATION_SUSPEND_US);
        long transfer = common.get(Parameter.MIGRATION_TRANSFER_US);
        long ack = common.get(Parameter.MIGRATION_ACK_US);
        long resume = common.get(Parameter.MIGRATION_RESUME_US);
        long[] mid = {
            OP_AT + precopy / 2,
            OP_AT + precopy + suspend / 2,
            OP_AT + precopy + suspend + transfer / 2,
            OP_AT + precopy + suspend + transfer + ack / 2,
            OP_AT + precopy + suspend + transfer + ack + resume / 2};
        List<MigrationRow> rows = new ArrayList<>();
        List<String> cases = migrationCases();
        for (int c = 0; c < cases.size(); c++) {
            for (String s : StrategyCatalog.NAMES) {
                int one = 0;
                int two = 0;
                int migrated = 0;
                String example = "";
                for (int seed = 1; seed <= runs; seed++) {
                    ScriptedFault f = c < mid.length ? new ScriptedFault(mid[c], "tool_uk", FaultKind.CRASH)
                            : new ScriptedFault(OP_AT, "remote-host", FaultKind.LOSE_ACK);
                    Simulation sim = run(Scenario.paperWorkload(s, seed, 30 * S).withFaults(List.of(f))
                            .withOperations(List.of(new ScriptedOperation(OP_AT, ScriptedOperation.Kind.MIGRATE, "guest/2"))));
                    VmOperationView op = sim.snapshot().operations().get(0);
                    if (op.runningCopies() == 1) {
                        one++;
                    } else if (op.runningCopies() >= 2) {
                        two++;
                    }
                    if (Boolean.TRUE.equals(op.succeeded())) {
                        migrated++;
                    }
                    example = op.detail();
                }
                rows.add(new MigrationRow(s, cases.get(c), runs, one, two, migrated, example));
            }
        }
        return rows;
    }

    public static List<AllCrashRow> allCrash(int runs) {
        List<AllCrashRow> rows = new ArrayList<>();
        long at = 2 * S;
        for (String s : StrategyCatalog.NAMES) {
            int recovered = 0;
            double healthy = 0;
            double network = 0;
            double storage = 0;
            for (int seed = 1; seed <= runs; seed++) {
                Simulation sim = Comparison.runToCompletion(Scenario.paperWorkload(s, seed, ALL_CRASH_HORIZON_US)
                        .withFaults(List.of(new ScriptedFault(at, "vmm", FaultKind.CRASH_ALL_PVM))));
                List<FaultMetrics> faults = sim.faults();
                if (faults.stream().allMatch(FaultMetrics::completed)) {
                    recovered++;
                    healthy += (faults.stream().mapToLong(FaultMetrics::repairedUs).max().orElseThrow() - at) / 1e6;
                    network += outage(faults, "net_uk");
                    storage += outage(faults, "disk_uk");
                }
            }
            rows.add(new AllCrashRow(s, runs, recovered, recovered == 0 ? null : healthy / recovered,
                    recovered == 0 ? null : network / recovered, recovered == 0 ? null : storage / recovered));
        }
        return rows;
    }

    private static double outage(List<FaultMetrics> faults, String unit) {
        return faults.stream().filter(f -> f.target().equals(unit))
                .mapToLong(f -> f.downtimeUs().orElseThrow()).max().orElseThrow() / 1e6;
    }

    private static Simulation run(Scenario s) {
        Simulation sim = new Simulation(s);
        sim.run();
        return sim;
    }
}
