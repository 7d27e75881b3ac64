package dev.mfg.mrp.lotsizing;

/**
 * Period order quantity (POQ): a lot at bucket {@code t} covers the net requirements of the {@code periods}
 * calendar buckets {@code t … t+periods−1} (buckets without requirement count), truncated at the horizon.
 * O(periods) per lot.
 *
 * <p>Reference: Orlicky, <i>Material Requirements Planning</i>, 1975; Vollmann et al., <i>Manufacturing Planning
 * and Control for Supply Chain Management</i>, 5th ed., ch. 6 ("period order quantity").
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PeriodOrderQuantity implements LotSizingPolicy {
    private final int periods;

    private PeriodOrderQuantity(int periods) {
        this.periods = periods;
    }

    /**
     * Creates the policy.
     *
     * @param periods the number of buckets a lot covers, at least 1
     * @return the policy
     * @throws IllegalArgumentException if {@code periods < 1}
     */
    public static PeriodOrderQuantity of(int periods) {
        if (periods < 1) {
            throw new IllegalArgumentException("The periods (" + periods + ") of a POQ must be at least 1.");
        }
        return new PeriodOrderQuantity(periods);
    }

    /** {@return the number of buckets a lot covers} */
    public int periods() {
        return periods;
    }

    @Override
    public long lotAt(long[] net, int bucket, int horizonEndExclusive, long grossTotal) {
        Checks.lotArguments(net, bucket, horizonEndExclusive);
        int last = (int) Math.min((long) bucket + periods - 1, horizonEndExclusive - 1L);
        return Checks.sum(net, bucket, last);
    }

    @Override
    public String toString() {
        return "PeriodOrderQuantity[" + periods + "]";
    }
}
