package dev.mfg.mrp.lotsizing;

import java.math.BigDecimal;

/**
 * Part-period balancing (PPB): extends the lot while its part-periods (Σ (k − t)·net[k], unit-buckets of
 * inventory it carries) stay ≤ setupCost / holdingCostPerPeriod, the economic part-period; then takes the one
 * next bucket that would exceed it only if that brings the part-periods strictly closer to the economic
 * part-period (ties keep the shorter lot). Buckets without requirement add no part-periods and are included;
 * the lot never reaches past the horizon.
 *
 * <p>Exact: h·PP ≤ S is compared in integers, and "strictly closer" is h·PP' − S &lt; S − h·PP. O(length of the
 * lot) per lot.
 *
 * <p>Reference: J. J. DeMatteis, "An economic lot-sizing technique I: The part-period algorithm", <i>IBM Systems
 * Journal</i> 7(1), 1968; Vollmann et al., <i>Manufacturing Planning and Control for Supply Chain Management</i>,
 * 5th ed., ch. 6; Orlicky, <i>Material Requirements Planning</i>, 1975.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PartPeriodBalancing implements LotSizingPolicy {
    private final CostModel costs;

    private PartPeriodBalancing(CostModel costs) {
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
    public static PartPeriodBalancing of(BigDecimal setupCost, BigDecimal holdingCostPerPeriod) {
        CostModel costs = CostModel.of(setupCost, holdingCostPerPeriod);
        if (costs.holdingScaled().signum() == 0) {
            throw new IllegalArgumentException("Part-period balancing divides by the holding cost ("
                    + holdingCostPerPeriod.toPlainString() + "), which must be positive.");
        }
        return new PartPeriodBalancing(costs);
    }

    @Override
    public long lotAt(long[] net, int bucket, int horizonEndExclusive, long grossTotal) {
        Checks.lotArguments(net, bucket, horizonEndExclusive);
        long lot = net[bucket];
        long pp = 0;
        for (int k = bucket + 1; k < horizonEndExclusive; k++) {
            long pp2 = Math.addExact(pp, Math.multiplyExact((long) (k - bucket), net[k]));
            if (costs.signOf(1, pp2) >= 0) { // h·pp2 <= S
                pp = pp2;
                lot = Math.addExact(lot, net[k]);
                continue;
            }
            // first bucket beyond: take it only if strictly closer, h·pp2 − S < S − h·pp <=> 2·S − h·(pp + pp2) > 0
            if (costs.signOf(2, Math.addExact(pp, pp2)) > 0) {
                lot = Math.addExact(lot, net[k]);
            }
            break;
        }
        return lot;
    }

    @Override
    public String toString() {
        return "PartPeriodBalancing";
    }
}
