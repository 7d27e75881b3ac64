package dev.mfg.mrp.netting;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.Problem;
import dev.mfg.core.error.RuleCode;
import java.util.Objects;

/**
 * A supply to peg demands to: on hand (bucket {@code -1}, available before the horizon), a scheduled receipt or a
 * planned order in the bucket it is received.
 *
 * @param kind the kind
 * @param id the supply's id (scheduled receipt id, planned order reference; {@link #ON_HAND_ID} for on hand)
 * @param bucket the receipt bucket, ≥ 0; {@code -1} for on hand
 * @param quantity the quantity in micro-units, ≥ 0
 * @since 0.1
 */
public record PeggingSupply(SupplyKind kind, String id, int bucket, long quantity) {
    /** The id of {@link #onHand(long)}. */
    public static final String ON_HAND_ID = "ON_HAND";

    /** Validates the components. */
    public PeggingSupply {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if ((kind == SupplyKind.ON_HAND) != (bucket == -1) || bucket < -1) {
            throw new InvalidInputException(new Problem(ItemNetting.RULE_BUCKET_OUT_OF_RANGE,
                    "supply[" + id + "].bucket", String.valueOf(bucket), "The bucket (" + bucket + ") of supply "
                    + id + " must be -1 for on hand and ≥ 0 for receipts and planned orders."));
        }
        if (quantity < 0) {
            throw InvalidInputException.of(RuleCode.QTY_NEGATIVE, "supply[" + id + "].quantity", quantity,
                    "The quantity (" + quantity + " micro-units) of supply " + id + " must not be negative.");
        }
    }

    /**
     * {@return the on-hand stock as a supply}
     *
     * @param quantity the on hand in micro-units, ≥ 0
     */
    public static PeggingSupply onHand(long quantity) {
        return new PeggingSupply(SupplyKind.ON_HAND, ON_HAND_ID, -1, quantity);
    }

    /**
     * {@return a scheduled receipt}
     *
     * @param id its id
     * @param bucket its receipt bucket, ≥ 0 (receipts dated before the start in bucket 0)
     * @param quantity its quantity in micro-units, ≥ 0
     */
    public static PeggingSupply scheduledReceipt(String id, int bucket, long quantity) {
        return new PeggingSupply(SupplyKind.SCHEDULED_RECEIPT, id, bucket, quantity);
    }

    /**
     * {@return a planned order}
     *
     * @param id its reference (for example its index in {@link ItemRecord#plannedOrders()})
     * @param bucket its receipt bucket, ≥ 0
     * @param quantity its quantity in micro-units, ≥ 0
     */
    public static PeggingSupply plannedOrder(String id, int bucket, long quantity) {
        return new PeggingSupply(SupplyKind.PLANNED_ORDER, id, bucket, quantity);
    }
}
