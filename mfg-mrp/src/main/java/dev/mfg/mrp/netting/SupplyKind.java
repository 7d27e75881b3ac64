package dev.mfg.mrp.netting;

/**
 * The kind of a supply for pegging. Declaration order breaks ties among supplies of one bucket.
 *
 * @since 0.1
 */
public enum SupplyKind {
    /** Stock at the start of the horizon; available before bucket 0. */
    ON_HAND,
    /** An open order (purchase or production) due in a bucket. */
    SCHEDULED_RECEIPT,
    /** A planned order received in a bucket. */
    PLANNED_ORDER
}
