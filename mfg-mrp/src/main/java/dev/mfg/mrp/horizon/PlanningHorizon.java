package dev.mfg.mrp.horizon;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.LimitExceededException;
import dev.mfg.core.error.Problem;
import dev.mfg.core.error.RuleCode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The planning horizon: {@link #buckets()} consecutive buckets of one {@link BucketSize}, bucket {@code k} starting
 * at {@code start + k} buckets. WEEK buckets are 7 days counted from the start (whatever its weekday); MONTH buckets
 * are calendar months, the first running from the start to the end of its month (so it may be short), the next
 * from the 1st of the following month, and so on.
 *
 * <pre>{@code
 * PlanningHorizon horizon = PlanningHorizon.of(LocalDate.of(2026, 1, 5), 12, BucketSize.WEEK);
 * int k = horizon.bucketOf(LocalDate.of(2026, 1, 19));   // 2
 * LocalDate due = horizon.start(k);                       // 2026-01-19
 * }</pre>
 *
 * <p>{@link #bucketOf} is O(1) for every bucket size (MONTH counts calendar months) and allocates nothing; so do
 * the epoch-day variants meant for engines' inner loops. Dates before the start map to {@code -1}, dates at or
 * after {@link #endExclusive()} to {@link #buckets()}: callers treat the first as past due (bucket 0) and the
 * second as beyond the horizon (ignored by netting, reported in a message).
 *
 * <p>Immutable and thread-safe. Treat as a value: do not synchronize on instances or compare with {@code ==}.
 *
 * @since 0.1
 */
public final class PlanningHorizon {
    /** The most buckets a horizon may have: 10,000 (27 years of days, 192 years of weeks). */
    public static final int MAX_BUCKETS = 10_000;

    /** Rule code of a horizon with fewer than one bucket. */
    public static final String RULE_BUCKETS_NOT_POSITIVE = "BUCKETS_NOT_POSITIVE";

    private final LocalDate start;
    private final int buckets;
    private final BucketSize size;
    private final long startEpochDay;
    private final long endEpochDay;
    /** Proleptic month number (year × 12 + month − 1) of the start; MONTH only. */
    private final long startMonth;

    private PlanningHorizon(LocalDate start, int buckets, BucketSize size) {
        this.start = start;
        this.buckets = buckets;
        this.size = size;
        this.startEpochDay = start.toEpochDay();
        this.startMonth = monthNumber(start);
        this.endEpochDay = startEpochDay(buckets);
        LocalDate.ofEpochDay(endEpochDay); // the end must be a valid LocalDate (throws DateTimeException)
    }

    /**
     * Creates a horizon.
     *
     * @param start the first day of bucket 0 ({@code planning.start})
     * @param buckets the number of buckets, in {@code [1, MAX_BUCKETS]}
     * @param size the bucket size
     * @return the horizon
     * @throws InvalidInputException with rule {@value #RULE_BUCKETS_NOT_POSITIVE} at {@code planning.buckets} if
     *     {@code buckets < 1}, or rule {@code LIMIT} at {@code planning.start} if the horizon ends beyond the
     *     largest {@link LocalDate}
     * @throws LimitExceededException (rule {@code LIMIT}, path {@code planning.buckets}) if
     *     {@code buckets > MAX_BUCKETS}
     */
    public static PlanningHorizon of(LocalDate start, int buckets, BucketSize size) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(size, "size");
        if (buckets < 1) {
            throw new InvalidInputException(new Problem(RULE_BUCKETS_NOT_POSITIVE, "planning.buckets",
                    String.valueOf(buckets), "The planning horizon must have at least one bucket (" + buckets
                    + ").\nMaybe set planning.buckets to the number of " + size.name().toLowerCase(java.util.Locale.ROOT)
                    + "s to plan."));
        }
        if (buckets > MAX_BUCKETS) {
            throw new LimitExceededException("planning.buckets", MAX_BUCKETS, buckets, "planning.buckets");
        }
        try {
            return new PlanningHorizon(start, buckets, size);
        } catch (DateTimeException | ArithmeticException e) {
            throw InvalidInputException.of(RuleCode.LIMIT, "planning.start", start,
                    "The planning horizon starting on (" + start + ") with " + buckets + " " + size
                    + " buckets ends beyond the largest supported date.");
        }
    }

    private static long monthNumber(LocalDate d) {
        return d.getYear() * 12L + d.getMonthValue() - 1;
    }

    /** {@return the number of buckets} */
    public int buckets() {
        return buckets;
    }

    /** {@return the bucket size} */
    public BucketSize bucketSize() {
        return size;
    }

    /** {@return the first day of the horizon, the start of bucket 0} */
    public LocalDate start() {
        return start;
    }

    /**
     * Returns the first day of a bucket.
     *
     * @param bucket the bucket, in {@code [0, buckets()]}; {@code buckets()} gives {@link #endExclusive()}
     * @return its first day
     * @throws IndexOutOfBoundsException if {@code bucket} is outside {@code [0, buckets()]}
     */
    public LocalDate start(int bucket) {
        return LocalDate.ofEpochDay(startEpochDay(bucket));
    }

    /**
     * Returns the first day of a bucket as an epoch day ({@link LocalDate#toEpochDay()}), without allocating.
     *
     * @param bucket the bucket, in {@code [0, buckets()]}
     * @return its first day as an epoch day
     * @throws IndexOutOfBoundsException if {@code bucket} is outside {@code [0, buckets()]}
     */
    public long startEpochDay(int bucket) {
        Objects.checkIndex(bucket, buckets + 1);
        switch (size) {
            case DAY:
                return startEpochDay + bucket;
            case WEEK:
                return startEpochDay + 7L * bucket;
            default:
                if (bucket == 0) {
                    return startEpochDay;
                }
                long m = startMonth + bucket;
                return LocalDate.of(Math.toIntExact(Math.floorDiv(m, 12)), (int) Math.floorMod(m, 12) + 1, 1)
                        .toEpochDay();
        }
    }

    /**
     * Returns the last day of a bucket.
     *
     * @param bucket the bucket, in {@code [0, buckets())}
     * @return its last day (the day before the next bucket's start)
     * @throws IndexOutOfBoundsException if {@code bucket} is outside {@code [0, buckets())}
     */
    public LocalDate endInclusive(int bucket) {
        Objects.checkIndex(bucket, buckets);
        return LocalDate.ofEpochDay(startEpochDay(bucket + 1) - 1);
    }

    /** {@return the first day after the horizon: the start of bucket {@code buckets()}} */
    public LocalDate endExclusive() {
        return LocalDate.ofEpochDay(endEpochDay);
    }

    /**
     * Returns the bucket holding a date.
     *
     * @param date a date
     * @return the bucket in {@code [0, buckets())}; {@code -1} if the date is before {@link #start()};
     *     {@code buckets()} if it is on or after {@link #endExclusive()}
     */
    public int bucketOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (size == BucketSize.MONTH) {
            long day = date.toEpochDay();
            if (day < startEpochDay) {
                return -1;
            }
            if (day >= endEpochDay) {
                return buckets;
            }
            return (int) (monthNumber(date) - startMonth);
        }
        return bucketOfEpochDay(date.toEpochDay());
    }

    /**
     * Returns the bucket holding a date given as an epoch day; see {@link #bucketOf(LocalDate)}. Allocates nothing.
     *
     * @param epochDay a date as {@link LocalDate#toEpochDay()}
     * @return the bucket, {@code -1} before the start, {@code buckets()} at or after the end
     */
    public int bucketOfEpochDay(long epochDay) {
        if (epochDay < startEpochDay) {
            return -1;
        }
        if (epochDay >= endEpochDay) {
            return buckets;
        }
        long offset = epochDay - startEpochDay;
        switch (size) {
            case DAY:
                return (int) offset;
            case WEEK:
                return (int) (offset / 7);
            default:
                return bucketOf(LocalDate.ofEpochDay(epochDay));
        }
    }

    /**
     * {@return whether a date lies in the horizon: on or after {@link #start()} and before
     * {@link #endExclusive()}}
     *
     * @param date a date
     */
    public boolean contains(LocalDate date) {
        int k = bucketOf(date);
        return k >= 0 && k < buckets;
    }

    /**
     * The bucket of a planned order's release with a fixed lead time: the receipt bucket's start minus the lead
     * time in calendar days, in the bucket holding that date (scenario format, "Planning semantics").
     *
     * @param receiptBucket the bucket the order is received in, in {@code [0, buckets())}
     * @param leadTimeDays the lead time in calendar days, ≥ 0
     * @return the release bucket in {@code [0, receiptBucket]}, or {@code -1} when the release falls before the
     *     start: the caller then places it in bucket 0 with an {@code EXPEDITE} message
     * @throws IndexOutOfBoundsException if {@code receiptBucket} is outside the horizon
     * @throws IllegalArgumentException if {@code leadTimeDays < 0}
     */
    public int releaseBucket(int receiptBucket, int leadTimeDays) {
        Objects.checkIndex(receiptBucket, buckets);
        if (leadTimeDays < 0) {
            throw new IllegalArgumentException("The lead time (" + leadTimeDays + " days) must not be negative.");
        }
        return bucketOfEpochDay(startEpochDay(receiptBucket) - leadTimeDays);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanningHorizon && ((PlanningHorizon) o).start.equals(start)
                && ((PlanningHorizon) o).buckets == buckets && ((PlanningHorizon) o).size == size;
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, buckets, size);
    }

    /** {@return for example {@code PlanningHorizon[2026-01-05, 12 WEEK]}} */
    @Override
    public String toString() {
        return "PlanningHorizon[" + start + ", " + buckets + " " + size + "]";
    }
}
