package dev.mfg.mrp.netting;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import java.util.Objects;

/**
 * A demand to peg: an independent demand (sales order, forecast) or a dependent one (a parent's planned order),
 * in the bucket it is due (past due in bucket 0).
 *
 * @param id the demand's id (for a dependent demand, the parent order's reference)
 * @param kind the kind, which orders demands of one bucket
 * @param bucket the bucket it is due in, ≥ 0
 * @param quantity the quantity in micro-units, ≥ 0
 * @since 0.1
 */
public record PeggingDemand(String id, DemandKind kind, int bucket, long quantity) {
    /** Validates the components. */
    public PeggingDemand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (bucket < 0) {
            throw new InvalidInputException(new dev.mfg.core.error.Problem(ItemNetting.RULE_BUCKET_OUT_OF_RANGE,
                    "demand[" + id + "].bucket", String.valueOf(bucket),
                    "The bucket (" + bucket + ") of demand " + id + " must not be negative.\nMaybe put past-due"
                            + " demand in bucket 0."));
        }
        if (quantity < 0) {
            throw InvalidInputException.of(RuleCode.QTY_NEGATIVE, "demand[" + id + "].quantity", quantity,
                    "The quantity (" + quantity + " micro-units) of demand " + id + " must not be negative.");
        }
    }

    /**
     * {@return a demand}
     *
     * @param id the id
     * @param kind the kind
     * @param bucket the bucket, ≥ 0
     * @param quantity the quantity in micro-units, ≥ 0
     */
    public static PeggingDemand of(String id, DemandKind kind, int bucket, long quantity) {
        return new PeggingDemand(id, kind, bucket, quantity);
    }
}
