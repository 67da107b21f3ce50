package org.phoenixlab.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Shrinkable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScenarioLoader;

/**
 * The fault campaign: 1,000 generated multi-fault scenarios (seeds 1..1000) keep every guarantee,
 * checked after every engine event, on every core; each deliberately broken engine is caught within
 * the first 100 seeds, and its failure shrinks to a minimal scenario written to target/campaign/.
 * More seeds: {@code -Dcampaign.seeds=30000}. A run does not stop at the first failure: it reports
 * them all, each shrunk and written.
 */
class FaultCampaignTest {
    private static final int SEEDS = Integer.getInteger("campaign.seeds", 1_000);

    private static final int CHUNK = 500;

    /**
     * Checks seeds {@code from} to {@code to} on every core; returns the failures in seed order, each
     * shrunk. Plans are generated (and failures shrunk) on this thread, a chunk at a time; the checks,
     * which are nearly all the work, run in parallel.
     */
    static List<FaultCampaign.Failure> campaign(long from, long to, java.util.Set<Defect> defects, boolean stopAtFirst) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        List<FaultCampaign.Failure> failures = new ArrayList<>();
        try {
            for (long start = from; start <= to && !(stopAtFirst && !failures.isEmpty()); start += CHUNK) {
                long first = start;
                List<Shrinkable<FaultCampaign.Plan>> plans = FaultCampaign.plans(first, Math.min(to, first + CHUNK - 1));
                List<Future<Optional<String>>> checks = new ArrayList<>();
                for (int i = 0; i < plans.size(); i++) {
                    Scenario s = FaultCampaign.scenario(plans.get(i).value(), first + i);
                    checks.add(pool.submit(() -> FaultCampaign.check(s, defects)));
                }
                for (int i = 0; i < plans.size(); i++) {
                    Optional<String> broken = checks.get(i).get();
                    if (broken.isPresent()) {
                        failures.add(FaultCampaign.shrink(first + i, plans.get(i), broken.get(), defects));
                        if (stopAtFirst) {
                            break;
                        }
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return failures;
    }

    @Test
    void everyGuaranteeHoldsAfterEveryEventOfEveryGeneratedScenario() throws Exception {
        List<FaultCampaign.Failure> failures = campaign(1, SEEDS, EnumSet.noneOf(Defect.class), false);
        StringBuilder report = new StringBuilder(failures.size() + " of " + SEEDS + " seeds break a guarantee:");
        for (FaultCampaign.Failure f : failures) {
            report.append("\n  seed ").append(f.seed()).append(": ").append(f.broken()).append("\n    smallest: ").append(f.file());
        }
        assertTrue(failures.isEmpty(), report.toString());
    }

    @ParameterizedTest
    @EnumSource(Defect.class)
    void aDeliberatelyBrokenEngineIsCaughtWithinTheFirstHundredSeeds(Defect defect) throws Exception {
        List<FaultCampaign.Failure> failures = campaign(1, 100, EnumSet.of(defect), true);
        assertTrue(!failures.isEmpty(), defect + " went unnoticed for 100 seeds");
    }

    /** The shadow driver that forgets its buffer breaks a one-fault scenario: the failure shrinks to it, and the window can open it. */
    @Test
    void aFailureShrinksToAMinimalScenarioTheWindowCanOpen() throws Exception {
        FaultCampaign.Failure f = campaign(1, 100, EnumSet.of(Defect.SHADOW_DROPS_BUFFER), true).get(0);
        assertEquals(1, f.minimal().faults().size(), "one fault is enough: " + FaultCampaign.describe(f.minimal()));
        assertEquals("net_uk/nic-driver", f.minimal().faults().get(0).target());
        assertTrue(f.minimal().operations().isEmpty(), "no VM operation is needed");
        var loaded = ScenarioLoader.load(f.file());
        assertEquals(f.minimal().faults(), loaded.faults());
        assertTrue(loaded.description().startsWith("Breaks "), loaded.description());
        Optional<String> again = FaultCampaign.check(loaded, EnumSet.of(Defect.SHADOW_DROPS_BUFFER));
        assertTrue(again.isPresent(), "the written scenario fails the same way");
    }

    @Test
    void theGeneratorCoversEveryKindOfFaultAndIsTheSameEveryTime() {
        java.util.TreeSet<String> kinds = new java.util.TreeSet<>();
        for (long seed = 1; seed <= 100; seed++) {
            FaultCampaign.scenario(seed).faults().forEach(f -> kinds.add(f.kind().id()));
        }
        assertEquals(List.of("corrupt-entry", "corrupt-hash", "crash", "crash-all", "crash-all-pvm", "crash-master", "hang",
                "lose-ack", "out-of-memory"), List.copyOf(kinds));
        assertEquals(FaultCampaign.scenario(4008), FaultCampaign.scenario(4008), "a seed names one scenario");
    }
}
