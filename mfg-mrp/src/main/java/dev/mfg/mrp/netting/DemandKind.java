package dev.mfg.mrp.netting;

/**
 * The kind of a demand for pegging. Declaration order is pegging priority among demands of one bucket: firm
 * customer orders first, then requirements of parents' planned orders, then forecasts.
 *
 * @since 0.1
 */
public enum DemandKind {
    /** A customer order ({@code SALES_ORDER} in the scenario format). */
    SALES_ORDER,
    /** Dependent demand: a component requirement of a parent's planned order. */
    DEPENDENT,
    /** A forecast ({@code FORECAST} in the scenario format). */
    FORECAST
}
