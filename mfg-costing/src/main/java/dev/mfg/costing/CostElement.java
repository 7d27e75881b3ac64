package dev.mfg.costing;

/**
 * The elements a standard unit cost is broken down into (scenario format, "Costing semantics").
 *
 * @since 0.1
 */
public enum CostElement {
    /** Components: quantity per unit × (1 + scrap) × the component's unit cost; cost-only lines included. */
    MATERIAL,
    /** Direct labor: HOURLY run hours × labor rate, or PIECE_RATE piece rate per unit. */
    LABOR,
    /** Run hours × machine rate. */
    MACHINE,
    /** Setup hours × setup rate, amortized over the costing lot size. */
    SETUP,
    /** Run hours × overhead rate. */
    OVERHEAD,
    /** Tool depreciation: purchase cost / life cycles per cycle, divided by the cavities per piece. */
    TOOLING
}
