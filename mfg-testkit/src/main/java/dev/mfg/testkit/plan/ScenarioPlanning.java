package dev.mfg.testkit.plan;

import dev.mfg.mrp.MrpOptions;
import dev.mfg.mrp.PlanningSnapshot;
import dev.mfg.mrp.horizon.BucketSize;
import dev.mfg.testkit.scenario.Scenario;

/**
 * Turns a scenario into the MRP engine's input: its master data, stock, open supply and demand as a
 * {@link PlanningSnapshot}, and its {@code planning} section as {@link MrpOptions}.
 *
 * @since 0.1
 */
public final class ScenarioPlanning {
    private ScenarioPlanning() {}

    /**
     * @param scenario a read, validated scenario
     * @return the planning snapshot (validated: unknown items or duplicate ids are reported all at once)
     */
    public static PlanningSnapshot snapshot(Scenario scenario) {
        return PlanningSnapshot.builder().masterData(scenario.masterData()).onHand(scenario.onHandBalances())
                .scheduledReceipts(scenario.scheduledReceipts()).demands(scenario.demands()).build();
    }

    /**
     * @param scenario a scenario
     * @return the options of its planning section (start, buckets, bucket size)
     */
    public static MrpOptions options(Scenario scenario) {
        return MrpOptions.builder().start(scenario.planning().start()).buckets(scenario.planning().buckets())
                .bucketSize(BucketSize.valueOf(scenario.planning().bucket().name())).build();
    }
}
