package dev.mfg.mrp;

import dev.mfg.mrp.internal.MrpStyle;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One bucket of an item's time-phased record, in the item's base unit, exact (trailing zeros stripped). For a
 * phantom, planned order receipts and releases are the quantity passed through to its components in that bucket
 * (no planned order exists).
 *
 * <p>{@code projectedOnHand[t] = projectedOnHand[t-1] + scheduledReceipts[t] + plannedOrderReceipts[t] -
 * grossRequirements[t]}, starting from the on hand.
 *
 * @since 0.1
 */
@Value.Immutable
@MrpStyle
public abstract class PlanRecord {

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the bucket index} */
    public abstract int bucket();

    /** {@return independent (incl. past due in bucket 0) plus dependent demand of the bucket} */
    public abstract BigDecimal grossRequirements();

    /** {@return scheduled receipts of the bucket (those dated before the start in bucket 0)} */
    public abstract BigDecimal scheduledReceipts();

    /** {@return the projected on hand at the end of the bucket} */
    public abstract BigDecimal projectedOnHand();

    /** {@return the shortfall to safety stock before planned receipts, ≥ 0} */
    public abstract BigDecimal netRequirements();

    /** {@return the planned orders received (due) in the bucket} */
    public abstract BigDecimal plannedOrderReceipts();

    /** {@return the planned orders released in the bucket} */
    public abstract BigDecimal plannedOrderReleases();

    /** Builds {@link PlanRecord} values. */
    public static final class Builder extends ImmutablePlanRecord.Builder {
        Builder() {}
    }
}
