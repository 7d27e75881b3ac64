package dev.mfg.mrp.lotsizing;

/**
 * Fixed order quantity (FOQ): every lot is the same quantity. When one lot does not cover the shortfall the
 * caller re-nets and asks again, so a bucket receives as many lots (orders) as it needs, each of exactly the
 * fixed quantity before modifiers; a lot larger than the shortfall carries its excess forward. O(1) per lot.
 *
 * <p>Reference: Vollmann, Berry, Whybark and Jacobs, <i>Manufacturing Planning and Control for Supply Chain
 * Management</i>, 5th ed., ch. 6 ("fixed order quantity").
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class FixedOrderQuantity implements LotSizingPolicy {
    private final long quantity;

    private FixedOrderQuantity(long quantity) {
        this.quantity = quantity;
    }

    /**
     * Creates the policy.
     *
     * @param quantity the fixed lot in micro-units
     * @return the policy
     * @throws IllegalArgumentException if {@code quantity ≤ 0}
     */
    public static FixedOrderQuantity of(long quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("The fixed order quantity (" + quantity
                    + " micro-units) must be positive.");
        }
        return new FixedOrderQuantity(quantity);
    }

    /** {@return the fixed lot in micro-units} */
    public long quantity() {
        return quantity;
    }

    /** {@inheritDoc} Returns the fixed quantity, which may be less than {@code net[bucket]}. */
    @Override
    public long lotAt(long[] net, int bucket, int horizonEndExclusive, long grossTotal) {
        Checks.lotArguments(net, bucket, horizonEndExclusive);
        return quantity;
    }

    @Override
    public String toString() {
        return "FixedOrderQuantity[" + MicroUnits.toDecimal(quantity).toPlainString() + "]";
    }
}
