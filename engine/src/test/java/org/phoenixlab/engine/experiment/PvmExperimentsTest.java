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
            if (r.strategy().equals("vanilla")) {
                assertNull(r.detectionMs(), "vanilla Xen detects nothing");
            }
            if (r.strategy().equals("xoar") && r.fault().equals("xenstore-crash")) {
                // Xoar notices only when a request fails on the dead XenStore-Logic: that request (the creation's) is lost.
                assertNotNull(r.detectionMs(), "the failed request sets XenStore-Logic's restart going");
            }
            if (r.strategy().equals("vanilla") || r.strategy().equals("xoar")) {
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
    void afterEveryPvmComponentCrashesPhoenixAndXoarRecoverAndVanillaAndTfdDoNot() {
        for (PvmExperiments.AllCrashRow r : PvmExperiments.allCrash(RUNS)) {
            boolean recovers = r.strategy().startsWith("phoenix") || r.strategy().equals("xoar");
            assertEquals(recovers ? RUNS : 0, r.recovered(), r.strategy());
            if (recovers) {
                // XenStore first, then the driver unikernels, tool_uk last: longer than one reboot.
                assertTrue(r.allHealthyS() > 6.9, r.strategy() + " " + r.allHealthyS());
                assertNotNull(r.storageOutageS(), r.strategy());
            } else {
                assertNull(r.allHealthyS(), r.strategy());
                assertNull(r.networkOutageS(), r.strategy());
                assertNull(r.storageOutageS(), r.strategy());
            }
        }
    }
}
