package dev.mfg.core.planning;

import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Decimals;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The quantity of an item on hand, available to planning, in the item's base unit. May be negative (a backlog
 * of issues recorded before receipts), which planning treats as a requirement to cover.
 *
 * @param item the item
 * @param quantity the quantity on hand
 * @since 0.1
 */
public record StockBalance(ItemId item, BigDecimal quantity) {

    /** Validates limits. */
    public StockBalance {
        Objects.requireNonNull(item, "item");
        quantity = Decimals.checkQuantity(quantity, "onHand[" + item + "]");
    }

    /**
     * @param item the item
     * @param quantity the quantity
     * @return the balance
     */
    public static StockBalance of(ItemId item, BigDecimal quantity) {
        return new StockBalance(item, quantity);
    }
}
