package dev.mfg.core.inventory;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Stock reserved for an operation of a production order. Allocations are kept apart from on-hand: they lower
 * what is available to other orders, never the balance itself, and an issue to the same order, operation and
 * lot draws them down.
 *
 * @param order the production order id
 * @param operation the operation number
 * @param stock the item, location and lot reserved
 * @param quantity the reserved quantity, positive, in the base unit of the item's category
 * @since 0.1
 */
public record Allocation(String order, int operation, StockKey stock, BigDecimal quantity) {

    /** Validates the components. */
    public Allocation {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(quantity, "quantity");
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("An allocation must be positive, was (" + quantity.toPlainString()
                    + ").");
        }
    }
}
