package dev.mfg.core.item;

/**
 * How an item's inventory is valued.
 *
 * @since 0.1
 */
public enum CostingMethod {
    /** At the standard cost. */
    STANDARD,
    /** At the moving average of receipts. */
    AVERAGE,
    /** In layers, issuing the oldest layer's cost first. */
    FIFO
}
