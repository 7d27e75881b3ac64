package dev.mfg.mrp.lotsizing;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Silver-Meal: extends the lot bucket by bucket while the average cost per period (setup + holding, divided by
 * the number of buckets covered) does not strictly increase; stops at the first strict increase. Buckets without
 * requirement count as periods (they lower the average), and the lot never reaches past the horizon.
 *
 * <p>Ties extend the lot ("does not strictly increase"). Comparisons are exact: TC(j+1) ≤ TC(j) is evaluated as
 * (S + h·PP')·n ≤ (S + h·PP)·n' in integers. O(length of the lot) per lot.
 *
 * <p>Reference: E. A. Silver and H. C. Meal, "A heuristic for selecting lot size quantities for the case of a
 * deterministic time-varying demand rate and discrete opportunities for replenishment", <i>Production and
 * Inventory Management</i> 14(2), 1973, pp. 64–74.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SilverMeal implements LotSizingPolicy {
    private final CostModel costs;

    private SilverMeal(CostModel costs) {
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
    public static SilverMeal of(BigDecimal setupCost, BigDecimal holdingCostPerPeriod) {
        return new SilverMeal(CostModel.of(setupCost, holdingCostPerPeriod));
    }

    @Override
    public long lotAt(long[] net, int bucket, int horizonEndExclusive, long grossTotal) {
        Checks.lotArguments(net, bucket, horizonEndExclusive);
        long lot = net[bucket];
        long pp = 0;
        for (int k = bucket + 1; k < horizonEndExclusive; k++) {
            long n1 = k - bucket;       // periods covered now
            long n2 = n1 + 1;           // periods covered with k
            long pp2 = Math.addExact(pp, Math.multiplyExact(n1, net[k]));
            // TC2 <= TC1  <=>  (A + B·pp2)·n1 <= (A + B·pp)·n2  <=>  A·(n1 − n2) − B·(pp·n2 − pp2·n1) <= 0
            if (notIncreasing(n1, n2, pp, pp2)) {
                pp = pp2;
                lot = Math.addExact(lot, net[k]);
            } else {
                break;
            }
        }
        return lot;
    }

    private boolean notIncreasing(long n1, long n2, long pp, long pp2) {
        try {
            long y = Math.subtractExact(Math.multiplyExact(pp, n2), Math.multiplyExact(pp2, n1));
            return costs.signOf(n1 - n2, y) <= 0;
        } catch (ArithmeticException overflow) {
            BigInteger y = BigInteger.valueOf(pp).multiply(BigInteger.valueOf(n2))
                    .subtract(BigInteger.valueOf(pp2).multiply(BigInteger.valueOf(n1)));
            return costs.signOf(BigInteger.valueOf(n1 - n2), y) <= 0;
        }
    }

    @Override
    public String toString() {
        return "SilverMeal";
    }
}
