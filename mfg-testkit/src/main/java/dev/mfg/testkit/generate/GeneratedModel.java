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

    /** {@return the number of BOM lines over all BOMs} */
    public long bomLines() {
        return masterData.boms().sumOfInt(b -> b.lines().size());
    }
}
