package dev.mfg.core.planning;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.internal.Ids;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * An independent demand: a quantity of an item due on a date. Quantity in the item's base unit, ≥ 0.
 *
 * <p>{@link #PLANNING_ORDER} is the deterministic order planning and pegging use: due date, then sales orders
 * before forecasts, then id.
 *
 * @param id the demand's id (sales order line, forecast key)
 * @param item the item demanded
 * @param quantity the quantity, in the item's base unit
 * @param due the due date
 * @param type sales order or forecast
 * @since 0.1
 */
public record Demand(String id, ItemId item, BigDecimal quantity, LocalDate due, DemandType type) {
    /** Due date, then sales orders before forecasts, then id. */
    public static final Comparator<Demand> PLANNING_ORDER = Comparator.comparing(Demand::due)
            .thenComparing(Demand::type).thenComparing(Demand::id);

    /** Validates the id and quantity. */
    public Demand {
        Ids.check(id, "demand.id");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(type, "type");
        quantity = Decimals.checkQuantity(quantity, "demand[" + id + "].quantity");
        if (quantity.signum() < 0) {
            throw InvalidInputException.of(RuleCode.QTY_NEGATIVE, "demand[" + id + "].quantity",
                    quantity.toPlainString(), "The quantity of demand (" + id + ") must not be negative.");
        }
    }

    /**
     * A sales order line.
     *
     * @param id the id
     * @param item the item
     * @param quantity the quantity
     * @param due the due date
     * @return the demand
     */
    public static Demand salesOrder(String id, ItemId item, BigDecimal quantity, LocalDate due) {
        return new Demand(id, item, quantity, due, DemandType.SALES_ORDER);
    }

    /**
     * A forecast.
     *
     * @param id the id
     * @param item the item
     * @param quantity the quantity
     * @param due the due date
     * @return the demand
     */
    public static Demand forecast(String id, ItemId item, BigDecimal quantity, LocalDate due) {
        return new Demand(id, item, quantity, due, DemandType.FORECAST);
    }
}
