package dev.mfg.costing.valuation;

import dev.mfg.core.item.CostingMethod;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Money;
import dev.mfg.costing.internal.Amounts;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * Stock valued at the moving average of receipts. The state keeps quantity and total value (not a rounded unit
 * cost), so the average never drifts. Immutable value.
 *
 * @param item the item
 * @param quantity on hand
 * @param value the value on hand
 * @since 0.1
 */
public record AverageValuation(ItemId item, BigDecimal quantity, Money value) implements InventoryValuation {
    /** Validates non-null components. */
    public AverageValuation {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public CostingMethod method() {
        return CostingMethod.AVERAGE;
    }

    @Override
    public Currency currency() {
        return value.currency();
    }

    /** {@return the average unit cost: value / quantity (zero when empty), 34 significant digits} */
    public Money averageUnitCost() {
        return quantity.signum() == 0 ? Money.zero(currency())
                : Amounts.money(Amounts.divide(value.amount(), quantity), currency());
    }

    @Override
    public Receipt receive(BigDecimal quantity, Money unitCost) {
        BigDecimal q = Checks.positive(item, quantity);
        Money added = Checks.unitCost(item, currency(), unitCost).multipliedBy(q);
        return new Receipt(new AverageValuation(item, this.quantity.add(q), value.plus(added)), added,
                Money.zero(currency()));
    }

    @Override
    public Issue issue(BigDecimal quantity) {
        BigDecimal q = Checks.positive(item, quantity);
        Checks.requireStock(item, this.quantity, q);
        Money cost = q.compareTo(this.quantity) == 0 ? value
                : Amounts.money(Amounts.divide(value.amount().multiply(q), this.quantity), currency());
        return new Issue(new AverageValuation(item, this.quantity.subtract(q), value.minus(cost)), cost);
    }
}
