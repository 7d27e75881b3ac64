package dev.mfg.costing.valuation;

import dev.mfg.core.quantity.Money;
import java.util.Objects;

/**
 * The result of an issue.
 *
 * @param after the valuation after the issue
 * @param cost the cost of the issued quantity under the method
 * @since 0.1
 */
public record Issue(InventoryValuation after, Money cost) {
    /** Validates non-null components. */
    public Issue {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(cost, "cost");
    }
}
