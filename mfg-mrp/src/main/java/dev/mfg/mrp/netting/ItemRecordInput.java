package dev.mfg.mrp.netting;

import dev.mfg.core.error.LimitExceededException;
import dev.mfg.core.error.Problem;
import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.mrp.internal.MrpStyle;
import dev.mfg.core.item.LotSizing;
import dev.mfg.mrp.horizon.PlanningHorizon;
import dev.mfg.mrp.lotsizing.LotForLot;
import dev.mfg.mrp.lotsizing.LotModifiers;
import dev.mfg.mrp.lotsizing.LotSizingPolicies;
import dev.mfg.mrp.lotsizing.LotSizingPolicy;
import org.immutables.value.Value;

/**
 * What the netting of one item needs: its gross requirements and scheduled receipts per bucket, on hand, safety
 * stock, lot-sizing policy and modifiers. All quantities in micro-units of the item's base unit.
 *
 * <pre>{@code
 * ItemRecordInput input = ItemRecordInput.builder()
 *         .grossRequirements(new long[] {0, 40_000_000, 25_000_000})   // past due already added to bucket 0
 *         .scheduledReceipts(new long[] {0, 10_000_000, 0})
 *         .onHand(20_000_000).safetyStock(5_000_000)
 *         .lotSizing(item.lotSizing())                                  // policy and modifiers
 *         .build();
 * ItemRecord record = ItemNetting.plan(input);
 * }</pre>
 *
 * <p>Convenient for single items, tests and examples; an engine planning many items calls
 * {@link NettingWorkspace#plan(long[], long[], int, long, long, LotSizingPolicy, LotModifiers, int)} directly
 * with its own arrays. Immutable and thread-safe (arrays are copied in and out); validated on construction, all
 * problems at once.
 *
 * @since 0.1
 */
@Value.Immutable
@MrpStyle
public abstract class ItemRecordInput {

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the gross requirement of each bucket, in micro-units, each ≥ 0} Its length is the number of buckets
     * (1 to {@link PlanningHorizon#MAX_BUCKETS}). Past-due demand is already in bucket 0.
     */
    public abstract long[] grossRequirements();

    /**
     * {@return the scheduled receipts due in each bucket, in micro-units, each ≥ 0, same length as the gross
     * requirements} By default none. Receipts dated before the horizon are already in bucket 0.
     */
    @Value.Default
    public long[] scheduledReceipts() {
        return new long[grossRequirements().length];
    }

    /** {@return the stock at the start of the horizon, in micro-units, ≥ 0} By default zero. */
    @Value.Default
    public long onHand() {
        return 0L;
    }

    /** {@return the safety stock, in micro-units, ≥ 0} By default zero. Counted once for the item. */
    @Value.Default
    public long safetyStock() {
        return 0L;
    }

    /** {@return the lot-sizing policy} By default lot-for-lot. */
    @Value.Default
    public LotSizingPolicy policy() {
        return LotForLot.of();
    }

    /** {@return the modifiers applied to every lot} By default none. */
    @Value.Default
    public LotModifiers modifiers() {
        return LotModifiers.none();
    }

    /**
     * {@return the first bucket that may receive a planned order, in {@code [0, buckets]}} By default 0: supply is
     * unconstrained and projected on hand never ends a bucket below safety stock. A planning time fence (or
     * {@code buckets} to plan no orders at all) leaves earlier shortfalls uncovered: those buckets appear in
     * {@link ItemRecord#belowSafetyStock()} and the first bucket from the fence on recovers the accumulated
     * shortfall.
     */
    @Value.Default
    public int firstPlannedReceiptBucket() {
        return 0;
    }

    /** {@return the prefix of field paths in validation errors, such as {@code item[POWDER]}} By default "item". */
    @Value.Default
    public String label() {
        return "item";
    }

    /** {@return the number of buckets: the length of {@link #grossRequirements()}} */
    public final int buckets() {
        return grossRequirements().length;
    }

    @Value.Check
    final void check() {
        Problems p = new Problems();
        String path = label();
        long[] gross = grossRequirements();
        long[] sr = scheduledReceipts();
        int n = gross.length;
        if (n < 1) {
            p.add(new Problem(PlanningHorizon.RULE_BUCKETS_NOT_POSITIVE, path + ".grossRequirements", "0",
                    "The gross requirements must have at least one bucket (0)."));
        }
        if (n > PlanningHorizon.MAX_BUCKETS) {
            p.addAll(new LimitExceededException("planning.buckets", PlanningHorizon.MAX_BUCKETS, n,
                    path + ".grossRequirements"));
        }
        negatives(p, gross, path + ".grossRequirements");
        if (sr.length != n) {
            p.add(new Problem(ItemNetting.RULE_BUCKETS_MISMATCH, path + ".scheduledReceipts",
                    String.valueOf(sr.length), "The scheduled receipts have " + sr.length
                    + " buckets but the gross requirements have (" + n + ").\nMaybe size both to the horizon."));
        }
        negatives(p, sr, path + ".scheduledReceipts");
        if (onHand() < 0) {
            p.add(RuleCode.QTY_NEGATIVE, path + ".onHand", onHand(), "The on hand (" + onHand()
                    + " micro-units) must not be negative.\nMaybe post the backlog as a past-due demand.");
        }
        if (safetyStock() < 0) {
            p.add(RuleCode.QTY_NEGATIVE, path + ".safetyStock", safetyStock(), "The safety stock ("
                    + safetyStock() + " micro-units) must not be negative.");
        }
        if (firstPlannedReceiptBucket() < 0 || firstPlannedReceiptBucket() > n) {
            p.add(new Problem(ItemNetting.RULE_BUCKET_OUT_OF_RANGE, path + ".firstPlannedReceiptBucket",
                    String.valueOf(firstPlannedReceiptBucket()), "The first planned receipt bucket ("
                    + firstPlannedReceiptBucket() + ") must be in [0, " + n + "]."));
        }
        p.throwIfAny();
    }

    private static void negatives(Problems p, long[] values, String path) {
        for (int t = 0; t < values.length; t++) {
            if (values[t] < 0) {
                p.add(RuleCode.QTY_NEGATIVE, path + "[" + t + "]", values[t], "The quantity (" + values[t]
                        + " micro-units) of bucket " + t + " must not be negative.");
            }
        }
    }

    /** Builds {@link ItemRecordInput} values. */
    public static final class Builder extends ImmutableItemRecordInput.Builder {
        Builder() {}

        /**
         * Sets the policy and modifiers of a core lot-sizing configuration.
         *
         * @param lotSizing the configuration
         * @return this builder
         */
        public Builder lotSizing(LotSizing lotSizing) {
            policy(LotSizingPolicies.of(lotSizing));
            modifiers(LotModifiers.of(lotSizing));
            return this;
        }
    }
}
