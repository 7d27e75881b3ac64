package dev.mfg.testkit.generate;

import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.planning.Demand;
import dev.mfg.core.planning.ScheduledReceipt;
import dev.mfg.core.planning.StockBalance;
import java.time.LocalDate;
import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * A generated model: validated master data plus the open stock, supply and demand a planning run needs, and
 * the planning horizon it was generated for.
 *
 * @param masterData the master data
 * @param onHand stock on hand per item
 * @param scheduledReceipts open supply
 * @param demands independent demand (sales orders and forecasts)
 * @param start the first bucket's start
 * @param buckets the number of buckets
 * @param bucketSize WEEK or DAY
 * @since 0.1
 */
public record GeneratedModel(MasterData masterData, ImmutableList<StockBalance> onHand,
        ImmutableList<ScheduledReceipt> scheduledReceipts, ImmutableList<Demand> demands, LocalDate start,
        int buckets, String bucketSize) {

    /** Validates non-null components. */
    public GeneratedModel {
        Objects.requireNonNull(masterData, "masterData");
        Objects.requireNonNull(onHand, "onHand");
        Objects.requireNonNull(scheduledReceipts, "scheduledReceipts");
        Objects.requireNonNull(demands, "demands");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(bucketSize, "bucketSize");
    }

    /**
     * The model as a scenario (currency {@link ModelGenerator#CURRENCY}), for example to write it with
     * {@link dev.mfg.testkit.scenario.ScenarioWriter}.
     *
     * @param name the scenario's name
     * @return the scenario
     */
    public dev.mfg.testkit.scenario.Scenario toScenario(String name) {
        return dev.mfg.testkit.scenario.Scenario.builder().name(name)
                .currency(java.util.Currency.getInstance(ModelGenerator.CURRENCY))
                .planning(dev.mfg.testkit.scenario.Planning.of(start, buckets,
                        dev.mfg.testkit.scenario.PlanningBucket.valueOf(bucketSize)))
                .masterData(masterData).onHandBalances(onHand).scheduledReceipts(scheduledReceipts)
                .demands(demands).build();
    }

    /** {@return the number of BOM lines over all BOMs} */
    public long bomLines() {
        return masterData.boms().sumOfInt(b -> b.lines().size());
    }
}
