package dev.mfg.core.inventory;

/**
 * The direction of an {@link TransactionType#ADJUSTMENT}: into or out of stock.
 *
 * @since 0.1
 */
public enum Direction {
    /** Adds to stock. */
    IN,
    /** Takes from stock. */
    OUT
}
