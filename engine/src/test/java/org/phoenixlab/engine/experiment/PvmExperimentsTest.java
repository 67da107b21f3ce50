package org.phoenixlab.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The outcomes of DESIGN section 2 for XenStore, migration and the all-pVM crash, from the mechanisms. */
class PvmExperimentsTest {
    private static final int RUNS = 3;

    @Test
    void vmCreationCompletesUnderPhoenixAndFailsUnderVanillaAndXoarWhenXenStoreFails() {
        List<PvmExperiments.CreationRow> rows = PvmExperiments.creation(RUNS);
        for (PvmExperiments.CreationRow r : rows) {
            boolean phoenixCompletes = r.strategy().equals("phoenix-fine")
                    || r.strategy().equals("phoenix-coarse") && r.fault().equals("xenstore-crash");
            assertEquals(phoenixCompletes ? RUNS : 0, r.completed(), r.strategy() + " / " + r.fault());
            if (r.strategy().equals("phoenix-fine")) {
                assertNotNull(r.detectionMs(), "fine-grained Phoenix detects " + r.fault());
                assertTrue(r.slowdownVsVanilla() > 1.0, "replication makes XenStore requests slower");
            }
            if (r.strategy().equals("vanilla") || r.strategy().equals("xoar")) {
                assertNull(r.detectionMs(), r.strategy() + " detects nothing");
                assertEquals(1.0, r.slowdownVsVanilla(), 1e-9);
            }
        }
    }

    @Test
    void aMigrationFaultLeavesOneCopyUnderPhoenixAndTwoUnderVanillaAndXoarOnceTheTargetHasTheVm() {
        for (PvmExperiments.MigrationRow r : PvmExperiments.migration(RUNS)) {
            boolean phoenix = r.strategy().startsWith("phoenix");
            boolean targetHasIt = r.fault().endsWith("acknowledgement") || r.fault().endsWith("resume");
            if (phoenix) {
                assertEquals(RUNS, r.oneCopy(), r.strategy() + " / " + r.fault());
                assertEquals(RUNS, r.migrated(), "Phoenix rolls back, retries and migrates");
            } else {
                assertEquals(targetHasIt ? RUNS : 0, r.twoCopies(), r.strategy() + " / " + r.fault());
            }
        }
    }

    @Test
    void afterEveryPvmComponentCrashesPhoenixRecoversAndTheOthersDoNot() {
        for (PvmExperiments.AllCrashRow r : PvmExperiments.allCrash(RUNS)) {
            boolean phoenix = r.strategy().startsWith("phoenix");
            assertEquals(phoenix ? RUNS : 0, r.recovered(), r.strategy());
            if (phoenix) {
                // XenStore first (coordinators, then replicas), then the driver unikernels: longer than one reboot.
                assertTrue(r.allHealthyS() > 6.9, r.strategy() + " " + r.allHealthyS());
            }
        }
    }
}
