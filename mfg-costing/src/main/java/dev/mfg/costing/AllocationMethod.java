package dev.mfg.costing;

/**
 * How a joint cost is split between the main product and its co-products.
 *
 * @since 0.1
 */
public enum AllocationMethod {
    /** By the shares declared on the BOM's co-products; the main product gets 100 minus their sum. */
    COST_SHARES,
    /** By relative sales value: output quantity × sales value per unit, as given in {@link CostingOptions#salesValues()}. */
    SALES_VALUE
}
