package dev.mfg.costing.valuation;

import dev.mfg.core.quantity.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One FIFO cost layer: a quantity still on hand from one receipt, at that receipt's unit cost.
 *
 * @param quantity remaining, positive
 * @param unitCost the receipt's cost per unit
 * @since 0.1
 */
public record Layer(BigDecimal quantity, Money unitCost) {
    /** Validates non-null components. */
    public Layer {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitCost, "unitCost");
    }

    /** {@return quantity × unit cost} */
    public Money value() {
        return unitCost.multipliedBy(quantity);
    }
}
