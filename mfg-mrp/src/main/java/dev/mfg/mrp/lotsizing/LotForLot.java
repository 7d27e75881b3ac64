package dev.mfg.mrp.lotsizing;

/**
 * Lot-for-lot (L4L): one lot per bucket that falls short, exactly its net requirement. Minimises inventory; the
 * lower bound every other policy's receipts are compared against. O(1) per lot.
 *
 * <p>Reference: J. Orlicky, <i>Material Requirements Planning</i>, McGraw-Hill, 1975; Vollmann, Berry, Whybark
 * and Jacobs, <i>Manufacturing Planning and Control for Supply Chain Management</i>, 5th ed., ch. 6.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LotForLot implements LotSizingPolicy {
    private static final LotForLot INSTANCE = new LotForLot();

    private LotForLot() {}

    /** {@return the lot-for-lot policy} */
    public static LotForLot of() {
        return INSTANCE;
    }

    /** {@inheritDoc} Returns {@code net[bucket]}. */
    @Override
    public long lotAt(long[] net, int bucket, int horizonEndExclusive, long grossTotal) {
        Checks.lotArguments(net, bucket, horizonEndExclusive);
        return net[bucket];
    }

    @Override
    public String toString() {
        return "LotForLot";
    }
}
