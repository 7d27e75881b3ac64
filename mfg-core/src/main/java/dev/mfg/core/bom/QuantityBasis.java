package dev.mfg.core.bom;

/**
 * What a line's quantity is per (the scenario's {@code per} field, seed 003 {@code quantity_per}).
 *
 * @since 0.1
 */
public enum QuantityBasis {
    /** Per {@link Bom#baseQuantity()} of the parent: scales with the order quantity. */
    UNIT,
    /** Once per production batch, independent of the quantity (in explosions: once per order). */
    BATCH,
    /** Once per production order, independent of the quantity. */
    ORDER;

    /** {@return whether the quantity is fixed per order rather than proportional to the parent quantity} */
    public boolean isFixed() {
        return this != UNIT;
    }
}
