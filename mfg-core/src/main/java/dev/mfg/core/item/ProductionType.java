package dev.mfg.core.item;

/**
 * How production of an item is triggered.
 *
 * @since 0.1
 */
public enum ProductionType {
    /** Make to stock. */
    MTS,
    /** Make to order. */
    MTO,
    /** Assemble to order. */
    ATO,
    /** Toll manufacturing of customer material. */
    TOLL
}
