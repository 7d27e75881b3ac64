package dev.mfg.costing.valuation;

import dev.mfg.core.quantity.Money;
import java.util.Objects;

/**
 * The result of a receipt.
 *
 * @param after the valuation after the receipt
 * @param valueAdded the value the receipt added to stock (at standard under STANDARD, else at actual cost)
 * @param priceVariance actual cost minus value added: the purchase price variance under STANDARD, else zero
 * @since 0.1
 */
public record Receipt(InventoryValuation after, Money valueAdded, Money priceVariance) {
    /** Validates non-null components. */
    public Receipt {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(valueAdded, "valueAdded");
        Objects.requireNonNull(priceVariance, "priceVariance");
    }
}
