package dev.mfg.core.planning;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.internal.Ids;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Open supply already committed: a purchase or production order expected to deliver a quantity of an item on a
 * date. Quantity in the item's base unit, ≥ 0.
 *
 * @param id the order's id
 * @param item the item received
 * @param quantity the open quantity, in the item's base unit
 * @param date the expected receipt date
 * @since 0.1
 */
public record ScheduledReceipt(String id, ItemId item, BigDecimal quantity, LocalDate date) {

    /** Validates the id and quantity. */
    public ScheduledReceipt {
        Ids.check(id, "scheduledReceipt.id");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(date, "date");
        quantity = Decimals.checkQuantity(quantity, "scheduledReceipt[" + id + "].quantity");
        if (quantity.signum() < 0) {
            throw InvalidInputException.of(RuleCode.QTY_NEGATIVE, "scheduledReceipt[" + id + "].quantity",
                    quantity.toPlainString(), "The quantity of receipt (" + id + ") must not be negative.");
        }
    }

    /**
     * @param id the id
     * @param item the item
     * @param quantity the quantity
     * @param date the date
     * @return the receipt
     */
    public static ScheduledReceipt of(String id, ItemId item, BigDecimal quantity, LocalDate date) {
        return new ScheduledReceipt(id, item, quantity, date);
    }
}
