package dev.mfg.core.production;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantity of a material in one lot, in the material's unit.
 *
 * @param lot the lot, or the empty string for untracked stock
 * @param quantity the quantity, positive
 * @since 0.1
 */
public record LotQuantity(String lot, BigDecimal quantity) {

    /** Validates the components. */
    public LotQuantity {
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(quantity, "quantity");
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("A lot quantity must be positive, was (" + quantity.toPlainString()
                    + ").");
        }
    }
}
