package dev.mfg.core.item;

/**
 * How an item is replenished.
 *
 * @since 0.1
 */
public enum Procurement {
    /** Made in-house from its BOM and routing. */
    MAKE,
    /** Bought from a supplier. */
    BUY
}
