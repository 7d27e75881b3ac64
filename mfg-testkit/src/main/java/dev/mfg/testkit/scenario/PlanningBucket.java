package dev.mfg.testkit.scenario;

/**
 * The length of a planning bucket ({@code planning.bucket} of the scenario format). Bucket <i>k</i> starts at
 * {@code start + k} buckets: DAY = 1 day, WEEK = 7 days from the start, MONTH = calendar months (the first one
 * running from the start to that month's end).
 *
 * <p>This is the format's own vocabulary; the MRP module maps it to its bucket type.
 *
 * @since 0.1
 */
public enum PlanningBucket {
    /** One calendar day. */
    DAY,
    /** Seven days from the planning start. */
    WEEK,
    /** A calendar month. */
    MONTH
}
