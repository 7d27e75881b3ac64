package dev.mfg.costing.valuation;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.item.CostingMethod;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.ConversionFactor;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.UnitConverter;
import dev.mfg.core.quantity.UnitPrice;
import dev.mfg.costing.internal.Amounts;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * The on-hand quantity and value of one item under its costing method, as an immutable state. Quantities are in
 * the item's base unit; unit costs are per that unit.
 *
 * <pre>{@code
 * InventoryValuation powder = InventoryValuation.average(ItemId.of("POWDER"), Money.currency("EGP"))
 *         .receive(new BigDecimal("100"), Money.of("90", "EGP")).after()
 *         .receive(new BigDecimal("100"), Money.of("100", "EGP")).after();
 * Issue i = powder.issue(new BigDecimal("50"));   // 50 × 95 = 4750
 * }</pre>
 *
 * <ul>
 *   <li>{@link StandardValuation}: receipts and issues at the standard unit cost; a receipt's difference to its
 *       actual cost is the purchase price variance returned in {@link Receipt#priceVariance()}.</li>
 *   <li>{@link AverageValuation}: moving average; an issue costs {@code value × q / Q} (one division, 34 digits,
 *       then 20 fractional digits); issuing the whole stock takes the whole value, so no residue is left.</li>
 *   <li>{@link FifoValuation}: receipts make layers; an issue consumes the oldest layers first at their cost.</li>
 * </ul>
 * Bad input: a quantity ≤ 0 → {@code QTY_NOT_POSITIVE} at {@code valuation[ITEM].quantity}; a negative unit cost
 * → {@code RATE_NEGATIVE} at {@code valuation[ITEM].unitCost}; another currency → {@code CURRENCY_MISMATCH}; an
 * issue beyond stock → {@link dev.mfg.core.error.InsufficientStockException} (location {@code "valuation"}) with
 * the shortfall, and the state is unchanged (states are immutable).
 *
 * <p>Reversals: {@link #reverse(Receipt)} and {@link #reverse(Issue)} undo a receipt or an issue as its exact
 * inverse (RELIABILITY invariant 8); {@link LedgerValuation} applies ledger entries, reversal entries included.
 *
 * @since 0.1
 */
public sealed interface InventoryValuation permits StandardValuation, AverageValuation, FifoValuation {

    /** {@return the item} */
    ItemId item();

    /** {@return the costing method} */
    CostingMethod method();

    /** {@return the currency values are kept in} */
    Currency currency();

    /** {@return the quantity on hand, in the item's base unit} */
    BigDecimal quantity();

    /** {@return the value on hand} */
    Money value();

    /**
     * @param quantity received, positive
     * @param unitCost the actual cost per unit
     * @return the new state, the value added and, under STANDARD, the price variance
     */
    Receipt receive(BigDecimal quantity, Money unitCost);

    /**
     * @param quantity issued, positive, at most {@link #quantity()}
     * @return the new state and the cost of the issue
     * @throws dev.mfg.core.error.InsufficientStockException if {@code quantity > quantity()}
     */
    Issue issue(BigDecimal quantity);

    /**
     * Undoes a receipt made on this valuation (or on an earlier state of it) as its exact inverse: the quantity and
     * the value it added come off again, not at the current rate (RELIABILITY invariant 8). Reversing a receipt
     * right after it restores the previous state exactly (under FIFO the layers, under AVERAGE the total value and
     * so the average, under STANDARD the quantity). See each method for when an exact inverse no longer exists.
     *
     * @param receipt the result of the receipt to undo
     * @return the new state and the value removed (negative)
     * @throws dev.mfg.core.error.InsufficientStockException if less than the receipt's quantity is on hand
     * @throws InvalidInputException {@code REVERSAL_NOT_EXACT} at {@code valuation[ITEM].reversal} when no exact
     *     inverse exists; {@code REVERSAL_MISMATCH} when the receipt belongs to another item, method or currency
     */
    Reversal reverse(Receipt receipt);

    /**
     * Undoes an issue made on this valuation (or on an earlier state of it) as its exact inverse: the quantity
     * comes back at the issue's cost (under FIFO into the very layers it came from). Always possible.
     *
     * @param issue the result of the issue to undo
     * @return the new state and the value restored (positive)
     * @throws InvalidInputException {@code REVERSAL_MISMATCH} when the issue belongs to another item, method or
     *     currency
     */
    Reversal reverse(Issue issue);

    /**
     * An empty state for an item under its own {@link Item#costingMethod()}.
     *
     * @param item the item; under STANDARD it needs a standard cost in {@code currencyCode}
     * @param currencyCode the ISO currency
     * @return the empty valuation
     * @throws InvalidInputException {@code VALUE_MISSING} at {@code item[ID].standardCost} without one under
     *     STANDARD, {@code CURRENCY_MISMATCH} when it is in another currency
     */
    static InventoryValuation of(Item item, String currencyCode) {
        Objects.requireNonNull(item, "item");
        Currency currency = Money.currency(currencyCode);
        switch (item.costingMethod()) {
            case AVERAGE:
                return average(item.id(), currency);
            case FIFO:
                return fifo(item.id(), currency);
            default:
                UnitPrice sc = item.standardCost().orElseThrow(() -> InvalidInputException.of(RuleCode.VALUE_MISSING,
                        "item[" + item.id() + "].standardCost", "none", "The item (" + item.id()
                                + ") is valued at STANDARD but has no standard cost.\nMaybe roll up its cost first."));
                if (!sc.price().currency().equals(currency)) {
                    throw InvalidInputException.of(RuleCode.CURRENCY_MISMATCH, "item[" + item.id() + "].standardCost",
                            sc, "The standard cost (" + sc + ") is not in (" + currencyCode + ").");
                }
                ConversionFactor f = UnitConverter.standard().factor(item.uom(), sc.per(), item.conversions(),
                        item.id().value());
                return standard(item.id(), Amounts.money(Amounts.divide(
                        sc.price().amount().multiply(f.numerator()), f.denominator()), currency));
        }
    }

    /** {@return an empty STANDARD valuation at the given standard cost per base unit} */
    static StandardValuation standard(ItemId item, Money standardUnitCost) {
        return new StandardValuation(item, standardUnitCost, BigDecimal.ZERO);
    }

    /** {@return an empty moving-AVERAGE valuation} */
    static AverageValuation average(ItemId item, Currency currency) {
        return new AverageValuation(item, BigDecimal.ZERO, Money.zero(currency));
    }

    /** {@return an empty FIFO valuation} */
    static FifoValuation fifo(ItemId item, Currency currency) {
        return new FifoValuation(item, currency, org.eclipse.collections.api.factory.Lists.immutable.empty());
    }
}
