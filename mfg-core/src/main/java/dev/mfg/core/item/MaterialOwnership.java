package dev.mfg.core.item;

/**
 * Who owns an item's stock.
 *
 * @since 0.1
 */
public enum MaterialOwnership {
    /** The company. */
    OWN,
    /** The customer (toll manufacturing); never valued. */
    CUSTOMER
}
