package dev.mfg.mrp.netting;

/**
 * One planned order of an item's record: the bucket it is received in (due at the bucket's start) and its
 * quantity. Its position in {@link ItemRecord#plannedOrders()} is its sequence, which pegging uses to order
 * planned orders of one bucket.
 *
 * @param bucket the receipt bucket, ≥ 0
 * @param quantity the quantity in micro-units, positive
 * @since 0.1
 */
public record PlannedLot(int bucket, long quantity) {
    /** Validates the bucket and quantity. */
    public PlannedLot {
        if (bucket < 0 || quantity <= 0) {
            throw new IllegalArgumentException("A planned lot needs a bucket (" + bucket + ") ≥ 0 and a quantity ("
                    + quantity + ") > 0.");
        }
    }
}
