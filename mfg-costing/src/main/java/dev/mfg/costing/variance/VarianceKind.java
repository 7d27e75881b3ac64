package dev.mfg.costing.variance;

/**
 * The kinds of variance; a positive amount is unfavourable (actual above standard).
 *
 * @since 0.1
 */
public enum VarianceKind {
    /** (actual price − standard price) × actual quantity. */
    MATERIAL_PRICE,
    /** (actual quantity − standard quantity for the pieces produced) × standard price. */
    MATERIAL_USAGE,
    /** Standard quantity of the scrapped pieces × standard price. */
    MATERIAL_YIELD,
    /** HOURLY: (actual rate − standard rate) × actual hours; PIECE_RATE: (actual − standard piece rate) × pieces. */
    LABOR_RATE,
    /** HOURLY only: (actual hours − standard hours for the pieces produced) × standard rate. */
    LABOR_EFFICIENCY,
    /** Standard labor of the scrapped pieces (hours × rate, or piece rate). */
    LABOR_YIELD,
    /** (actual hours − standard hours for the pieces produced) × machine rate. */
    MACHINE_EFFICIENCY,
    /** Standard machine cost of the scrapped pieces. */
    MACHINE_YIELD,
    /** (actual overhead rate − standard overhead rate) × actual hours, when an actual rate is given. */
    OVERHEAD_SPENDING,
    /** (actual hours − standard hours for the pieces produced) × overhead rate. */
    OVERHEAD_EFFICIENCY,
    /** Standard overhead of the scrapped pieces. */
    OVERHEAD_YIELD,
    /** Actual setup hours × setup rate − standard setup per lot amortized over the good quantity. */
    SETUP,
    /** Tool depreciation of the scrapped pieces. */
    TOOLING_YIELD,
    /** Actual tool depreciation (counted cycles) − standard tooling per piece × pieces produced. */
    TOOLING_USAGE
}
