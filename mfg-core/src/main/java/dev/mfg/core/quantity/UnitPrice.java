package dev.mfg.core.quantity;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import java.util.Objects;
import org.eclipse.collections.api.factory.Lists;

/**
 * A price or cost per unit of measure: 14.99 EGP per KG. Applied to a quantity in any convertible unit, it
 * converts exactly: {@code UnitPrice.of(Money.of("14.99","EGP"), Uom.KG).costOf(Quantity.of(3856, Uom.G))} is
 * 57.80144 EGP, displayed as 57.80 (never 57,801).
 *
 * @param price the money per one {@code per}; not negative
 * @param per the unit the price is kept in
 * @since 0.1
 */
public record UnitPrice(Money price, Uom per) {

    /** Validates the price is not negative. */
    public UnitPrice {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(per, "per");
        if (price.amount().signum() < 0) {
            throw InvalidInputException.of(RuleCode.RATE_NEGATIVE, "unitPrice.price", price,
                    "A unit price must not be negative.");
        }
    }

    /**
     * @param price money per unit
     * @param per the unit
     * @return the unit price
     */
    public static UnitPrice of(Money price, Uom per) {
        return new UnitPrice(price, per);
    }

    /**
     * Cost of a quantity in a standard-convertible unit.
     *
     * @param quantity the quantity
     * @return the exact cost
     */
    public Money costOf(Quantity quantity) {
        return costOf(quantity, UnitConverter.standard(), Lists.immutable.empty(), "");
    }

    /**
     * Cost of a quantity, converting its unit to {@link #per()} exactly (one division at the end).
     *
     * @param quantity the quantity
     * @param converter global conversions
     * @param itemConversions item-specific conversions
     * @param itemId the item, for messages
     * @return the exact cost
     */
    public Money costOf(Quantity quantity, UnitConverter converter, Iterable<UomConversion> itemConversions,
            String itemId) {
        ConversionFactor f = converter.factor(quantity.uom(), per, itemConversions, itemId);
        // One division at the end keeps the result exact whenever it terminates.
        return price.multipliedBy(quantity.amount().multiply(f.numerator())).dividedBy(f.denominator());
    }

    /**
     * The price per another unit: 14.99 per KG is 0.01499 per G.
     *
     * @param target the unit
     * @param converter conversions
     * @param itemConversions item-specific conversions
     * @param itemId the item, for messages
     * @return the unit price in {@code target}
     */
    public UnitPrice per(Uom target, UnitConverter converter, Iterable<UomConversion> itemConversions,
            String itemId) {
        ConversionFactor f = converter.factor(target, per, itemConversions, itemId);
        return new UnitPrice(price.multipliedBy(f.numerator()).dividedBy(f.denominator()), target);
    }

    /** {@return "price/UOM"}, for example {@code "14.99 EGP/KG"} */
    @Override
    public String toString() {
        return price + "/" + per;
    }
}
