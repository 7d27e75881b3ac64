package dev.mfg.costing;

/**
 * Why a cost could not be determined from the data. A gap never becomes a silent zero: the amount it stands for is
 * left out of the sums and the gap is listed in {@link CostReport#gaps()}.
 *
 * @since 0.1
 */
public enum GapReason {
    /** A bought (or made but unstructured) item has no standard cost. */
    MISSING_STANDARD_COST,
    /** A standard cost is kept in another currency than the run's. */
    CURRENCY_MISMATCH,
    /** The unit the cost is kept in cannot be converted to the unit a line consumes. */
    UNIT_NOT_CONVERTIBLE,
    /** A MAKE item has neither a BOM nor a routing in force on the date (for the lot size) and no standard cost. */
    NO_BOM_OR_ROUTING,
    /** A co-product has neither a declared cost share nor a sales value, or a by-product has no value to credit. */
    MISSING_ALLOCATION_BASIS
}
