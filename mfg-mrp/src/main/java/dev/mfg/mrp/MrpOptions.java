package dev.mfg.mrp;

import dev.mfg.mrp.internal.MrpStyle;
import dev.mfg.mrp.horizon.BucketSize;
import dev.mfg.mrp.horizon.PlanningHorizon;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The options of a planning run: the horizon (start date, number of buckets, bucket size) and the forecast
 * consumption switch.
 *
 * <pre>{@code
 * MrpOptions options = MrpOptions.builder().start(LocalDate.of(2026, 1, 5)).buckets(12)
 *         .bucketSize(BucketSize.WEEK).build();
 * }</pre>
 *
 * <p>Defaults: 52 buckets, WEEK buckets, no forecast consumption. Validated on construction: the buckets must be in
 * {@code [1, PlanningHorizon.MAX_BUCKETS]} (rule {@code BUCKETS_NOT_POSITIVE} or {@code LIMIT}, path
 * {@code planning.buckets}). Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@MrpStyle
public abstract class MrpOptions {

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the first day of bucket 0 ({@code planning.start})} */
    public abstract LocalDate start();

    /** {@return the number of buckets} By default 52. */
    @Value.Default
    public int buckets() {
        return 52;
    }

    /** {@return the bucket size} By default WEEK. */
    @Value.Default
    public BucketSize bucketSize() {
        return BucketSize.WEEK;
    }

    /**
     * {@return whether sales orders consume forecasts} By default false: sales orders and forecasts are both gross
     * requirements. When true, in each bucket the sales orders consume the forecasts of that bucket (forecasts by
     * id), so the bucket's independent demand is {@code max(orders, forecast)}; a forecast consumed to zero is not
     * pegged.
     */
    @Value.Default
    public boolean forecastConsumption() {
        return false;
    }

    /**
     * {@return the planning horizon of these options} Computed on construction, which validates the buckets.
     */
    @Value.Derived
    @Value.Auxiliary
    public PlanningHorizon horizon() {
        return PlanningHorizon.of(start(), buckets(), bucketSize());
    }

    /** Builds {@link MrpOptions} values. */
    public static final class Builder extends ImmutableMrpOptions.Builder {
        Builder() {}
    }
}
