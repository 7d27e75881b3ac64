package dev.mfg.core.resource;

/**
 * How direct labor cost of a {@link WorkCenter} is computed (seed 004 §1.6).
 *
 * @since 0.1
 */
public enum LaborCalc {
    /** Labor hours × labor rate per hour. */
    HOURLY,
    /** Good quantity × piece rate; there is no labor efficiency variance under this mode. */
    PIECE_RATE
}
