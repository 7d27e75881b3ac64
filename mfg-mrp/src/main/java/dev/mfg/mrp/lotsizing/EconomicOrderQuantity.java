package dev.mfg.mrp.lotsizing;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Economic order quantity (EOQ): every lot is EOQ = ⌈√(2·D·setupCost / holdingCostPerPeriod)⌉ whole units, with
 * D the item's average gross requirement per bucket over the horizon ({@code grossTotal / horizonEndExclusive}).
 * Like {@link FixedOrderQuantity}, one lot may fall short of the bucket's need: the caller re-nets and asks
 * again, so a bucket receives as many EOQ lots as it needs. When the EOQ is zero (no gross requirement, or a
 * zero setup cost) the policy degrades to lot-for-lot so that every lot stays positive.
 *
 * <p>The square root is exact: the smallest integer q with q²·(10<sup>12</sup>·n·h') ≥ 2·G·S' (G the gross total
 * in micro-units, S' and h' the costs scaled to integers), found with {@link BigInteger#sqrt()} and one exact
 * check. O(1) per lot (the last result is memoised).
 *
 * <p>Reference: F. W. Harris, "How many parts to make at once", <i>Factory, The Magazine of Management</i> 10(2),
 * 1913; Vollmann et al., <i>Manufacturing Planning and Control for Supply Chain Management</i>, 5th ed., ch. 6.
 *
 * <p>Immutable (apart from a thread-safe memo) and thread-safe.
 *
 * @since 0.1
 */
public final class EconomicOrderQuantity implements LotSizingPolicy {
    private static final BigInteger TEN_POW_12 = BigInteger.TEN.pow(12);

    private final CostModel costs;
    private volatile Memo memo = new Memo(-1, -1, 0);

    private EconomicOrderQuantity(CostModel costs) {
        this.costs = costs;
    }

    /**
     * Creates the policy.
     *
     * @param setupCost the cost of one order, ≥ 0
     * @param holdingCostPerPeriod the cost of holding one unit through one bucket, &gt; 0
     * @return the policy
     * @throws IllegalArgumentException if a cost is negative or the holding cost is zero
     */
    public static EconomicOrderQuantity of(BigDecimal setupCost, BigDecimal holdingCostPerPeriod) {
        CostModel costs = CostModel.of(setupCost, holdingCostPerPeriod);
        if (costs.holdingScaled().signum() == 0) {
            throw new IllegalArgumentException("The EOQ divides by the holding cost ("
                    + holdingCostPerPeriod.toPlainString() + "), which must be positive.");
        }
        return new EconomicOrderQuantity(costs);
    }

    /**
     * Computes the economic order quantity.
     *
     * @param grossTotal the gross requirement over the horizon, in micro-units, ≥ 0
     * @param buckets the number of buckets in the horizon, ≥ 1
     * @return the EOQ in micro-units, a whole number of units; zero when the setup cost or {@code grossTotal} is
     *     zero
     * @throws IllegalArgumentException if {@code grossTotal < 0} or {@code buckets < 1}
     * @throws ArithmeticException if the EOQ in micro-units does not fit in a {@code long}
     */
    public long quantity(long grossTotal, int buckets) {
        if (grossTotal < 0 || buckets < 1) {
            throw new IllegalArgumentException("The gross total (" + grossTotal + ") must not be negative and the"
                    + " buckets (" + buckets + ") must be at least 1.");
        }
        Memo m = memo;
        if (m.grossTotal == grossTotal && m.buckets == buckets) {
            return m.eoq;
        }
        BigInteger numerator = BigInteger.valueOf(grossTotal).shiftLeft(1).multiply(costs.setupScaled());
        BigInteger denominator = TEN_POW_12.multiply(BigInteger.valueOf(buckets)).multiply(costs.holdingScaled());
        BigInteger q = numerator.divide(denominator).sqrt(); // ⌊√⌊N/Dn⌋⌋ = ⌊√(N/Dn)⌋
        if (q.multiply(q).multiply(denominator).compareTo(numerator) < 0) {
            q = q.add(BigInteger.ONE);
        }
        long eoq = Math.multiplyExact(q.longValueExact(), MicroUnits.PER_UNIT);
        memo = new Memo(grossTotal, buckets, eoq);
        return eoq;
    }

    /** {@inheritDoc} Returns the EOQ, or {@code net[bucket]} when the EOQ is zero. */
    @Override
    public long lotAt(long[] net, int bucket, int horizonEndExclusive, long grossTotal) {
        Checks.lotArguments(net, bucket, horizonEndExclusive);
        long eoq = quantity(grossTotal, horizonEndExclusive);
        return eoq > 0 ? eoq : net[bucket];
    }

    @Override
    public String toString() {
        return "EconomicOrderQuantity";
    }

    private static final class Memo {
        final long grossTotal;
        final int buckets;
        final long eoq;

        Memo(long grossTotal, int buckets, long eoq) {
            this.grossTotal = grossTotal;
            this.buckets = buckets;
            this.eoq = eoq;
        }
    }
}
