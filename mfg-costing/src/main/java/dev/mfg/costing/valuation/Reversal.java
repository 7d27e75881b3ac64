package dev.mfg.costing.valuation;

import dev.mfg.core.quantity.Money;
import java.util.Objects;

/**
 * The result of reversing a {@link Receipt} or an {@link Issue}.
 *
 * @param after the valuation after the reversal
 * @param valueChange the signed change of the stock value: minus the receipt's value added, or plus the issue's
 *     cost, exactly
 * @param priceVariance minus the receipt's purchase price variance under STANDARD; zero otherwise
 * @since 0.1
 */
public record Reversal(InventoryValuation after, Money valueChange, Money priceVariance) {
    /** Validates non-null components. */
    public Reversal {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(valueChange, "valueChange");
        Objects.requireNonNull(priceVariance, "priceVariance");
    }
}
