package dev.mfg.costing.valuation;

import dev.mfg.core.item.CostingMethod;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;

/**
 * Stock valued at a standard unit cost: {@code value = quantity × standard}. Immutable value.
 *
 * @param item the item
 * @param standardUnitCost the standard cost per base unit, not negative
 * @param quantity on hand, not negative
 * @since 0.1
 */
public record StandardValuation(ItemId item, Money standardUnitCost, BigDecimal quantity)
        implements InventoryValuation {
    /** Validates the components. */
    public StandardValuation {
        Objects.requireNonNull(item, "item");
        Checks.unitCost(item, standardUnitCost.currency(), standardUnitCost);
        Objects.requireNonNull(quantity, "quantity");
    }

    @Override
    public CostingMethod method() {
        return CostingMethod.STANDARD;
    }

    @Override
    public Currency currency() {
        return standardUnitCost.currency();
    }

    @Override
    public Money value() {
        return standardUnitCost.multipliedBy(quantity);
    }

    @Override
    public Receipt receive(BigDecimal quantity, Money unitCost) {
        BigDecimal q = Checks.positive(item, quantity);
        Money actual = Checks.unitCost(item, currency(), unitCost).multipliedBy(q);
        Money atStandard = standardUnitCost.multipliedBy(q);
        return new Receipt(new StandardValuation(item, standardUnitCost, this.quantity.add(q)), atStandard,
                actual.minus(atStandard), q, Optional.empty());
    }

    @Override
    public Issue issue(BigDecimal quantity) {
        BigDecimal q = Checks.positive(item, quantity);
        Checks.requireStock(item, this.quantity, q);
        return new Issue(new StandardValuation(item, standardUnitCost, this.quantity.subtract(q)),
                standardUnitCost.multipliedBy(q), q, Lists.immutable.empty());
    }

    /**
     * {@inheritDoc} Under STANDARD: quantity − q, value − q × standard, price variance negated. Rejected with
     * {@code REVERSAL_NOT_EXACT} if the standard cost changed since the receipt (its value added is no longer q ×
     * the current standard).
     */
    @Override
    public Reversal reverse(Receipt receipt) {
        Checks.sameValuation(this, receipt.after());
        StandardValuation then = (StandardValuation) receipt.after();
        if (!then.standardUnitCost().equals(standardUnitCost)) {
            throw Checks.notExact(item, then.standardUnitCost(), "the receipt was valued at the standard ("
                    + then.standardUnitCost() + ") and the standard is now (" + standardUnitCost + ")."
                    + "\nMaybe reverse it before revaluing.");
        }
        BigDecimal q = receipt.quantity();
        Checks.requireStock(item, this.quantity, q);
        return new Reversal(new StandardValuation(item, standardUnitCost, this.quantity.subtract(q)),
                receipt.valueAdded().negated(), receipt.priceVariance().negated());
    }

    /** {@inheritDoc} Under STANDARD: quantity + q, value + q × standard. */
    @Override
    public Reversal reverse(Issue issue) {
        Checks.sameValuation(this, issue.after());
        BigDecimal q = issue.quantity();
        return new Reversal(new StandardValuation(item, standardUnitCost, this.quantity.add(q)),
                standardUnitCost.multipliedBy(q), Money.zero(currency()));
    }
}
