package dev.mfg.costing.valuation;

import dev.mfg.core.item.CostingMethod;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Money;
import dev.mfg.costing.internal.Amounts;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;

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
                Money.zero(currency()), q, Optional.empty());
    }

    @Override
    public Issue issue(BigDecimal quantity) {
        BigDecimal q = Checks.positive(item, quantity);
        Checks.requireStock(item, this.quantity, q);
        Money cost = q.compareTo(this.quantity) == 0 ? value
                : Amounts.money(Amounts.divide(value.amount().multiply(q), this.quantity), currency());
        return new Issue(new AverageValuation(item, this.quantity.subtract(q), value.minus(cost)), cost, q,
                Lists.immutable.empty());
    }

    /**
     * {@inheritDoc} Under AVERAGE: quantity − q and value − the receipt's value added, exactly (not at the current
     * average), so a receipt reversed before anything else moved restores the previous value and average. After
     * issues in between, the average of what is left moves; the reversal is rejected with
     * {@code REVERSAL_NOT_EXACT} if it would leave a negative value, or value without quantity (reverse the later
     * issues first).
     */
    @Override
    public Reversal reverse(Receipt receipt) {
        Checks.sameValuation(this, receipt.after());
        BigDecimal q = receipt.quantity();
        Checks.requireStock(item, this.quantity, q);
        BigDecimal leftQuantity = this.quantity.subtract(q);
        Money leftValue = value.minus(receipt.valueAdded());
        if (leftValue.amount().signum() < 0 || (leftQuantity.signum() == 0 && !leftValue.isZero())) {
            throw Checks.notExact(item, leftValue, "removing (" + q.toPlainString() + ") worth ("
                    + receipt.valueAdded() + ") from (" + this.quantity.toPlainString() + ") worth (" + value
                    + ") would leave (" + leftQuantity.toPlainString() + ") worth (" + leftValue + ")."
                    + "\nMaybe reverse the issues that followed the receipt first.");
        }
        return new Reversal(new AverageValuation(item, leftQuantity, leftValue), receipt.valueAdded().negated(),
                Money.zero(currency()));
    }

    /** {@inheritDoc} Under AVERAGE: quantity + q, value + the issue's cost, exactly. */
    @Override
    public Reversal reverse(Issue issue) {
        Checks.sameValuation(this, issue.after());
        return new Reversal(new AverageValuation(item, quantity.add(issue.quantity()), value.plus(issue.cost())),
                issue.cost(), Money.zero(currency()));
    }
}
