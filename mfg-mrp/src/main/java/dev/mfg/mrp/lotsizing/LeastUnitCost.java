package dev.mfg.mrp.lotsizing;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Least unit cost (LUC): extends the lot bucket by bucket while the cost per unit (setup + holding, divided by the
 * lot quantity) does not strictly increase; stops at the first strict increase. A bucket without requirement
 * leaves the unit cost unchanged and is therefore included; the lot never reaches past the horizon.
 *
 * <p>Ties extend the lot. Comparisons are exact: UC(j+1) ≤ UC(j) is evaluated as (S + h·PP')·Q ≤ (S + h·PP)·Q'
 * in integers (128-bit, or {@link BigInteger} on overflow). O(length of the lot) per lot.
 *
 * <p>Reference: Vollmann, Berry, Whybark and Jacobs, <i>Manufacturing Planning and Control for Supply Chain
 * Management</i>, 5th ed., ch. 6; Silver, Pyke and Peterson, <i>Inventory Management and Production Planning and
 * Scheduling</i>, 3rd ed., 1998, ch. 6.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LeastUnitCost implements LotSizingPolicy {
    private final CostModel costs;

    private LeastUnitCost(CostModel costs) {
        this.costs = costs;
    }

    /**
     * Creates the policy.
     *
     * @param setupCost the cost of one order, ≥ 0
     * @param holdingCostPerPeriod the cost of holding one unit through one bucket, ≥ 0
     * @return the policy
     * @throws IllegalArgumentException if a cost is negative
     */
    public static LeastUnitCost of(BigDecimal setupCost, BigDecimal holdingCostPerPeriod) {
        return new LeastUnitCost(CostModel.of(setupCost, holdingCostPerPeriod));
    }

    @Override
    public long lotAt(long[] net, int bucket, int horizonEndExclusive, long grossTotal) {
        Checks.lotArguments(net, bucket, horizonEndExclusive);
        long q = net[bucket];
        long pp = 0;
        for (int k = bucket + 1; k < horizonEndExclusive; k++) {
            long q2 = Math.addExact(q, net[k]);
            long pp2 = Math.addExact(pp, Math.multiplyExact((long) (k - bucket), net[k]));
            // UC2 <= UC1  <=>  (A + B·pp2)·q <= (A + B·pp)·q2  <=>  A·(q − q2) − B·(pp·q2 − pp2·q) <= 0
            if (notIncreasing(q, q2, pp, pp2)) {
                q = q2;
                pp = pp2;
            } else {
                break;
            }
        }
        return q;
    }

    private boolean notIncreasing(long q, long q2, long pp, long pp2) {
        try {
            long y = Math.subtractExact(Math.multiplyExact(pp, q2), Math.multiplyExact(pp2, q));
            return costs.signOf(Math.subtractExact(q, q2), y) <= 0;
        } catch (ArithmeticException overflow) {
            BigInteger y = BigInteger.valueOf(pp).multiply(BigInteger.valueOf(q2))
                    .subtract(BigInteger.valueOf(pp2).multiply(BigInteger.valueOf(q)));
            return costs.signOf(BigInteger.valueOf(q).subtract(BigInteger.valueOf(q2)), y) <= 0;
        }
    }

    @Override
    public String toString() {
        return "LeastUnitCost";
    }
}
