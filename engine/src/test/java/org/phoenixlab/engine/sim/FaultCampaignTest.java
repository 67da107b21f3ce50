package org.phoenixlab.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fault campaign: 1,000 random multi-fault scenarios (seeds 1..1000) keep every guarantee, and
 * each deliberately broken engine is caught within the first 100 seeds. More seeds:
 * {@code -Dcampaign.seeds=20000}.
 */
class FaultCampaignTest {
    private static final int SEEDS = Integer.getInteger("campaign.seeds", 1_000);

    @Test
    void everyGuaranteeHoldsOverAThousandRandomMultiFaultScenarios() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Optional<String> broken = FaultCampaign.check(FaultCampaign.scenario(seed), EnumSet.noneOf(Defect.class));
            assertTrue(broken.isEmpty(), () -> broken.get());
        }
    }

    @ParameterizedTest
    @EnumSource(Defect.class)
    void aDeliberatelyBrokenEngineIsCaughtWithinTheFirstHundredSeeds(Defect defect) {
        for (long seed = 1; seed <= 100; seed++) {
            if (FaultCampaign.check(FaultCampaign.scenario(seed), EnumSet.of(defect)).isPresent()) {
                return;
            }
        }
        throw new AssertionError(defect + " went unnoticed for 100 seeds");
    }

    @Test
    void theGeneratorCoversEveryKindOfFault() {
        java.util.TreeSet<String> kinds = new java.util.TreeSet<>();
        for (long seed = 1; seed <= 100; seed++) {
            FaultCampaign.scenario(seed).faults().forEach(f -> kinds.add(f.kind().id()));
        }
        assertEquals(List.of("corrupt-entry", "corrupt-hash", "crash", "crash-all", "crash-all-pvm", "crash-master", "hang",
                "lose-ack", "out-of-memory"), List.copyOf(kinds));
    }
}
