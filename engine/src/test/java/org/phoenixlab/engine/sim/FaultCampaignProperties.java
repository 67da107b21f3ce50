package org.phoenixlab.engine.sim;

import java.util.EnumSet;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.phoenixlab.engine.scenario.Scenario;

/**
 * The fault campaign as a jqwik property: jqwik draws the plans (with its own seed, reported when a
 * try fails) and, on a failure, shrinks them itself. Each failing try overwrites
 * target/campaign/property.scenario.json, so after shrinking it holds the smallest failing scenario.
 * FaultCampaignTest runs the same generator over fixed seeds, in parallel.
 */
class FaultCampaignProperties {
    @Provide
    Arbitrary<FaultCampaign.Plan> plans() {
        return FaultCampaign.plans();
    }

    @Property(tries = 200, shrinking = ShrinkingMode.FULL, edgeCases = EdgeCasesMode.NONE)
    boolean everyGuaranteeHoldsForAnyPlan(@ForAll("plans") FaultCampaign.Plan plan) {
        Scenario s = FaultCampaign.scenario(plan, 7);
        Optional<String> broken = FaultCampaign.check(s, EnumSet.noneOf(Defect.class));
        broken.ifPresent(why -> FaultCampaign.write(s, "property", why));
        return broken.isEmpty();
    }
}
