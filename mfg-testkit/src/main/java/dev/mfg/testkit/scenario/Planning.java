package dev.mfg.testkit.scenario;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The planning horizon of a scenario ({@code "planning": {"start", "buckets", "bucket"}}): {@code buckets}
 * buckets of length {@code bucket} from {@code start} (inclusive).
 *
 * <p>Immutable value.
 *
 * @param start the first day of bucket 0
 * @param buckets the number of buckets, 1 to {@link #MAX_BUCKETS}
 * @param bucket the bucket length
 * @since 0.1
 */
public record Planning(LocalDate start, int buckets, PlanningBucket bucket) {
    /** Most buckets a horizon may have: ten years of days. */
    public static final int MAX_BUCKETS = 3660;

    /**
     * Validates the number of buckets.
     *
     * @throws InvalidInputException with {@code LIMIT} at {@code planning.buckets} if it is not in [1, 3660]
     */
    public Planning {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(bucket, "bucket");
        if (buckets < 1 || buckets > MAX_BUCKETS) {
            throw InvalidInputException.of(RuleCode.LIMIT, "planning.buckets", buckets,
                    "The number of buckets must be 1 to " + MAX_BUCKETS + ", was (" + buckets + ").");
        }
    }

    /**
     * @param start the first day of bucket 0
     * @param buckets the number of buckets
     * @param bucket the bucket length
     * @return the horizon
     */
    public static Planning of(LocalDate start, int buckets, PlanningBucket bucket) {
        return new Planning(start, buckets, bucket);
    }
}
