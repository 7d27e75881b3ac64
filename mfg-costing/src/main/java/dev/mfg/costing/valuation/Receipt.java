package dev.mfg.costing.valuation;

import dev.mfg.core.quantity.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a receipt; pass it to {@link InventoryValuation#reverse(Receipt)} to undo it exactly.
 *
 * @param after the valuation after the receipt
 * @param valueAdded the value the receipt added to stock (at standard under STANDARD, else at actual cost)
 * @param priceVariance actual cost minus value added: the purchase price variance under STANDARD, else zero
 * @param quantity the quantity received, positive, base unit
 * @param layer under FIFO the layer the receipt created; empty under the other methods
 * @since 0.1
 */
public record Receipt(InventoryValuation after, Money valueAdded, Money priceVariance, BigDecimal quantity,
        Optional<Layer> layer) {
    /** Validates non-null components. */
    public Receipt {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(valueAdded, "valueAdded");
        Objects.requireNonNull(priceVariance, "priceVariance");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(layer, "layer");
    }
}
