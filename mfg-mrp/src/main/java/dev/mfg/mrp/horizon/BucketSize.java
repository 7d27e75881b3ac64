package dev.mfg.mrp.horizon;

/**
 * The length of one planning bucket ({@code planning.bucket} of the scenario format).
 *
 * @since 0.1
 */
public enum BucketSize {
    /** One calendar day. */
    DAY,
    /** Seven calendar days, counted from the horizon start (not from a fixed weekday). */
    WEEK,
    /**
     * One calendar month; the first bucket runs from the horizon start to the end of its month, each later one
     * from the 1st to the end of a month.
     */
    MONTH
}
