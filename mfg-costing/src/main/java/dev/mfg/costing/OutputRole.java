package dev.mfg.costing;

/**
 * The role of one output of a joint production process.
 *
 * @since 0.1
 */
public enum OutputRole {
    /** The BOM's own item. */
    MAIN,
    /** A co-product: carries a share of the joint cost. */
    CO_PRODUCT,
    /** A by-product: credited against the joint cost at its value, carries no share. */
    BY_PRODUCT
}
