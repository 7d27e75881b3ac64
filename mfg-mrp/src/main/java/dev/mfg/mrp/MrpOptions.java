package dev.mfg.mrp;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.Problem;
import dev.mfg.mrp.internal.MrpStyle;
import dev.mfg.mrp.horizon.BucketSize;
import dev.mfg.mrp.horizon.PlanningHorizon;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The options of a planning run: the horizon (start date, number of buckets, bucket size), the forecast
 * consumption switch and the number of threads a plan may use.
 *
 * <pre>{@code
 * MrpOptions options = MrpOptions.builder().start(LocalDate.of(2026, 1, 5)).buckets(12)
 *         .bucketSize(BucketSize.WEEK).build();
 * }</pre>
 *
 * <p>Defaults: 52 buckets, WEEK buckets, no forecast consumption, one thread. Validated on construction: the
 * buckets must be in {@code [1, PlanningHorizon.MAX_BUCKETS]} (rule {@code BUCKETS_NOT_POSITIVE} or {@code LIMIT},
 * path {@code planning.buckets}) and the threads at least 1 (rule {@value #RULE_THREADS_NOT_POSITIVE}, path
 * {@code planning.threads}). Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@MrpStyle
public abstract class MrpOptions {
    /** Rule of a thread count below 1 ({@link #threads()}). */
    public static final String RULE_THREADS_NOT_POSITIVE = "THREADS_NOT_POSITIVE";

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
     * {@return the most threads a plan may use, the calling thread included} By default 1: a plan runs on the
     * calling thread alone. With 2 or more, a plan also starts a second thread (a daemon, ended with the plan) that
     * adds up capacity and tool load and pegs the planned orders of non-phantom items while the calling thread
     * plans; no other part uses more threads yet. The plan is the same whatever the value (same orders, pegs,
     * loads, messages and their order), and so are the exceptions of bad input. Worth it for large plans when a
     * second core is free (at a million items on two cores, 11–20 % less wall time; little while the collector
     * works on the same cores), not for tiny ones.
     *
     * @since 0.2
     */
    @Value.Default
    public int threads() {
        return 1;
    }

    /** Checks the thread count (the horizon checks the buckets). */
    @Value.Check
    protected void checkThreads() {
        if (threads() < 1) {
            throw new InvalidInputException(new Problem(RULE_THREADS_NOT_POSITIVE, "planning.threads",
                    String.valueOf(threads()), "A plan needs at least one thread (" + threads()
                    + ").\nMaybe set planning.threads to 1, to plan on the calling thread."));
        }
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
