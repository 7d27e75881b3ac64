package dev.mfg.costing.valuation;

import dev.mfg.core.quantity.Money;
import java.math.BigDecimal;
import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The result of an issue; pass it to {@link InventoryValuation#reverse(Issue)} to undo it exactly.
 *
 * @param after the valuation after the issue
 * @param cost the cost of the issued quantity under the method
 * @param quantity the quantity issued, positive, base unit
 * @param consumed under FIFO the pieces of layers the issue took, oldest first (each with its receipt number, the
 *     quantity taken and its unit cost; their values sum to {@code cost}); empty under the other methods
 * @since 0.1
 */
public record Issue(InventoryValuation after, Money cost, BigDecimal quantity, ImmutableList<Layer> consumed) {
    /** Validates non-null components. */
    public Issue {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(consumed, "consumed");
    }
}
