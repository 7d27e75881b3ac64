package dev.mfg.mrp.lotsizing;

/** Argument checks and small exact sums shared by the policies. */
final class Checks {
    private Checks() {}

    static void lotArguments(long[] net, int bucket, int horizonEndExclusive) {
        if (horizonEndExclusive > net.length || bucket < 0 || bucket >= horizonEndExclusive) {
            throw new IllegalArgumentException("The bucket (" + bucket + ") must be in the horizon [0, "
                    + horizonEndExclusive + ") and the horizon within the net requirements (length "
                    + net.length + ").");
        }
        if (net[bucket] <= 0) {
            throw new IllegalArgumentException("The net requirement (" + net[bucket] + ") of bucket (" + bucket
                    + ") must be positive: a lot is only proposed for a bucket that falls short.");
        }
    }

    /** {@return net[from] + … + net[toInclusive]}, exact. */
    static long sum(long[] net, int from, int toInclusive) {
        long total = 0;
        for (int k = from; k <= toInclusive; k++) {
            total = Math.addExact(total, net[k]);
        }
        return total;
    }
}
