package dev.mfg.core.planning;

/**
 * The kind of an independent demand.
 *
 * @since 0.1
 */
public enum DemandType {
    /** A customer order: firm demand. */
    SALES_ORDER,
    /** Forecast demand; may be consumed by sales orders of the same bucket. */
    FORECAST
}
