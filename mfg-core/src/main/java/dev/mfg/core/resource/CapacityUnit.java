package dev.mfg.core.resource;

/**
 * The unit a {@link WorkCenter}'s daily capacity is counted in.
 *
 * @since 0.1
 */
public enum CapacityUnit {
    /** Hours of work per day. */
    HOURS,
    /** Pieces per day. */
    PIECES,
    /** Kilograms per day. */
    KG
}
