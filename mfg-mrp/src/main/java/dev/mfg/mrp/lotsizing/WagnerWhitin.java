package dev.mfg.mrp.lotsizing;

import java.math.BigDecimal;

/**
 * Wagner-Whitin: the exact minimum-cost lot plan for the rest of the horizon, by dynamic programming. Asked at
 * bucket {@code t}, it solves {@code net[t … end)} and returns the first lot of an optimal plan; among optimal
 * plans it takes the one with the longest (largest) first lot. Because the tail of an optimal plan is optimal for
 * its own sub-horizon, asking again at the next short bucket continues the same optimal plan.
 *
 * <p>Cost: one setup per lot plus holding on the ending inventory of each bucket (a lot at {@code i} covering
 * {@code i … j} holds Σ (k − i)·net[k] unit-buckets). Comparisons are exact integer arithmetic.
 *
 * <p>Complexity: O(n²) time and O(n) memory per lot, n = {@code horizonEndExclusive − bucket}; the inner loop
 * stops as soon as carrying one bucket's requirement would cost strictly more than a setup (the classic
 * Wagner-Whitin pruning, which keeps every optimal plan, ties included).
 *
 * <p>Reference: H. M. Wagner and T. M. Whitin, "Dynamic Version of the Economic Lot Size Model", <i>Management
 * Science</i> 5(1), 1958, pp. 89–96.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class WagnerWhitin implements LotSizingPolicy {
    private final CostModel costs;

    private WagnerWhitin(CostModel costs) {
        this.costs = costs;
    }

    /**
     * Creates the policy.
     *
     * @param setupCost the cost of one order (per bucket with a receipt), ≥ 0
     * @param holdingCostPerPeriod the cost of holding one unit through one bucket, ≥ 0
     * @return the policy
     * @throws IllegalArgumentException if a cost is negative
     */
    public static WagnerWhitin of(BigDecimal setupCost, BigDecimal holdingCostPerPeriod) {
        return new WagnerWhitin(CostModel.of(setupCost, holdingCostPerPeriod));
    }

    @Override
    public long lotAt(long[] net, int bucket, int horizonEndExclusive, long grossTotal) {
        Checks.lotArguments(net, bucket, horizonEndExclusive);
        int t = bucket;
        int n = horizonEndExclusive - t;
        // best[i - t] = optimal plan for [i, end) as (setups, part-periods in micro-unit-buckets)
        long[] setups = new long[n + 1];
        long[] partPeriods = new long[n + 1];
        int firstLotEnd = t;
        for (int i = horizonEndExclusive - 1; i >= t; i--) {
            int ii = i - t;
            if (net[i] == 0 && i > t) {
                setups[ii] = setups[ii + 1];
                partPeriods[ii] = partPeriods[ii + 1];
                continue;
            }
            long bestSetups = -1;
            long bestPp = 0;
            int bestEnd = i;
            long pp = 0;
            for (int j = i; j < horizonEndExclusive; j++) {
                if (j > i && net[j] > 0) {
                    long carried = Math.multiplyExact((long) (j - i), net[j]);
                    if (costs.signOf(1, carried) < 0) {
                        break; // holding j from i costs more than a setup at j: no optimal plan does it
                    }
                    pp = Math.addExact(pp, carried);
                }
                long s = 1 + setups[j + 1 - t];
                long p = Math.addExact(pp, partPeriods[j + 1 - t]);
                // "<=": among equal costs the later j, i.e. the longest lot, wins
                if (bestSetups < 0 || costs.compare(s, p, bestSetups, bestPp) <= 0) {
                    bestSetups = s;
                    bestPp = p;
                    bestEnd = j;
                }
            }
            setups[ii] = bestSetups;
            partPeriods[ii] = bestPp;
            if (i == t) {
                firstLotEnd = bestEnd;
            }
        }
        return Checks.sum(net, t, firstLotEnd);
    }

    @Override
    public String toString() {
        return "WagnerWhitin";
    }
}
