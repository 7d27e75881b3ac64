package dev.mfg.core.item;

/**
 * The lot-sizing technique MRP applies to an item's net requirements. The conventions of each (tie-breaking,
 * holding on ending inventory) are documented on the implementations in {@code dev.mfg.mrp.lotsizing}.
 *
 * @since 0.1
 */
public enum LotSizingRule {
    /** One order per bucket with a net requirement, exactly that quantity. */
    LOT_FOR_LOT,
    /** Orders of a fixed {@code quantity}, as many as needed. Needs {@code quantity}. */
    FIXED_ORDER_QUANTITY,
    /** Orders of the economic order quantity. Needs {@code setupCost} and {@code holdingCostPerPeriod}. */
    ECONOMIC_ORDER_QUANTITY,
    /** Each order covers {@code periods} buckets. Needs {@code periods}. */
    PERIOD_ORDER_QUANTITY,
    /** Optimal dynamic programming. Needs {@code setupCost} and {@code holdingCostPerPeriod}. */
    WAGNER_WHITIN,
    /** Least cost per period heuristic. Needs {@code setupCost} and {@code holdingCostPerPeriod}. */
    SILVER_MEAL,
    /** Least cost per unit heuristic. Needs {@code setupCost} and {@code holdingCostPerPeriod}. */
    LEAST_UNIT_COST,
    /** Part-period balancing. Needs {@code setupCost} and {@code holdingCostPerPeriod}. */
    PART_PERIOD_BALANCING;

    /** {@return whether the rule needs a setup cost and a holding cost} */
    public boolean isCostBased() {
        return this == ECONOMIC_ORDER_QUANTITY || this == WAGNER_WHITIN || this == SILVER_MEAL
                || this == LEAST_UNIT_COST || this == PART_PERIOD_BALANCING;
    }
}
