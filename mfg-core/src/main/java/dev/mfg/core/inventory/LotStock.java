package dev.mfg.core.inventory;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The stock of one lot at one location, base unit of the item's category.
 *
 * @param lot the lot, or {@link StockKey#NO_LOT}
 * @param onHand the balance (a fold of the ledger)
 * @param allocated the part reserved by allocations
 * @since 0.1
 */
public record LotStock(String lot, BigDecimal onHand, BigDecimal allocated) {

    /** Validates non-null components. */
    public LotStock {
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(onHand, "onHand");
        Objects.requireNonNull(allocated, "allocated");
    }

    /** {@return on-hand minus allocated, never below zero} */
    public BigDecimal available() {
        BigDecimal a = onHand.subtract(allocated);
        return a.signum() < 0 ? BigDecimal.ZERO : a;
    }
}
