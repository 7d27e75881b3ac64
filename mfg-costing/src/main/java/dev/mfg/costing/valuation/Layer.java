package dev.mfg.costing.valuation;

import dev.mfg.core.quantity.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One FIFO cost layer: a quantity still on hand from one receipt, at that receipt's unit cost.
 *
 * @param quantity remaining, positive, in the item's base unit
 * @param unitCost the receipt's cost per base unit
 * @param receipt the running number (1, 2, 3 ...) of the receipt that created the layer within its
 *     {@link FifoValuation}, so a reversal finds exactly this layer; 0 for a layer built by hand, which a reversal
 *     cannot tell apart from other hand-built layers
 * @since 0.1
 */
public record Layer(BigDecimal quantity, Money unitCost, long receipt) {
    /** Validates the components. */
    public Layer {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitCost, "unitCost");
        if (receipt < 0) {
            throw new IllegalArgumentException("A layer's receipt number is not negative, was (" + receipt + ").");
        }
    }

    /**
     * A hand-built layer without a receipt number.
     *
     * @param quantity remaining, positive
     * @param unitCost the cost per base unit
     */
    public Layer(BigDecimal quantity, Money unitCost) {
        this(quantity, unitCost, 0);
    }

    /** {@return quantity × unit cost} */
    public Money value() {
        return unitCost.multipliedBy(quantity);
    }

    Layer withQuantity(BigDecimal q) {
        return new Layer(q, unitCost, receipt);
    }
}
