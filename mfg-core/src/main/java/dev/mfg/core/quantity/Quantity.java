package dev.mfg.core.quantity;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import java.math.BigDecimal;
import java.util.Objects;
import org.eclipse.collections.api.factory.Lists;

/**
 * An exact amount of material in a unit of measure: {@code Quantity.of("388.5", Uom.G)}.
 *
 * <p>At most 6 fractional digits, magnitude below 10^12 (checked in constant time on construction). Equality
 * ignores scale ({@code 1.50 G == 1.5 G}) but not unit ({@code 1000 G != 1 KG}; use {@link #isEquivalentTo}).
 * Immutable value: do not synchronize on instances or compare with {@code ==}.
 *
 * @param amount the exact amount
 * @param uom the unit
 * @since 0.1
 */
public record Quantity(BigDecimal amount, Uom uom) implements Comparable<Quantity> {

    /** Validates limits and normalises the scale. */
    public Quantity {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(uom, "uom");
        amount = Decimals.checkQuantity(amount, "quantity");
    }

    /**
     * @param amount the amount
     * @param uom the unit
     * @return the quantity
     */
    public static Quantity of(BigDecimal amount, Uom uom) {
        return new Quantity(amount, uom);
    }

    /**
     * @param amount a whole amount
     * @param uom the unit
     * @return the quantity
     */
    public static Quantity of(long amount, Uom uom) {
        return new Quantity(BigDecimal.valueOf(amount), uom);
    }

    /**
     * @param amount decimal text, parsed exactly
     * @param uom the unit
     * @return the quantity
     */
    public static Quantity of(String amount, Uom uom) {
        return new Quantity(Decimals.parseQuantity(amount, "quantity"), uom);
    }

    /**
     * @param uom the unit
     * @return zero in this unit
     */
    public static Quantity zero(Uom uom) {
        return new Quantity(BigDecimal.ZERO, uom);
    }

    /**
     * Parses the form produced by {@link #toString()}: {@code "388.5 G"}.
     *
     * @param text amount, a space, unit code
     * @return the quantity
     */
    public static Quantity parse(String text) {
        String t = text.trim();
        int space = t.lastIndexOf(' ');
        if (space <= 0) {
            throw InvalidInputException.of(RuleCode.VALUE_MISSING, "quantity", text,
                    "A quantity is written as an amount, a space and a unit code, like (388.5 G).");
        }
        return of(t.substring(0, space).trim(), Uom.parse(t.substring(space + 1)));
    }

    /**
     * @param other a quantity in the same unit
     * @return the sum
     */
    public Quantity plus(Quantity other) {
        return of(amount.add(requireSameUom(other).amount), uom);
    }

    /**
     * @param other a quantity in the same unit
     * @return the difference
     */
    public Quantity minus(Quantity other) {
        return of(amount.subtract(requireSameUom(other).amount), uom);
    }

    /**
     * Multiplies and rounds the result to 6 digits ({@link Decimals#roundQuantity}).
     *
     * @param factor the factor
     * @return the product
     */
    public Quantity multipliedBy(BigDecimal factor) {
        return of(Decimals.roundQuantity(amount.multiply(factor)), uom);
    }

    /**
     * @param factor a whole factor
     * @return the product (exact)
     */
    public Quantity multipliedBy(long factor) {
        return of(amount.multiply(BigDecimal.valueOf(factor)), uom);
    }

    /** {@return the negated quantity} */
    public Quantity negated() {
        return of(amount.negate(), uom);
    }

    /** {@return whether the amount is zero} */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** {@return whether the amount is below zero} */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** {@return whether the amount is above zero} */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /**
     * Converts through standard factors only (same category).
     *
     * @param target the target unit
     * @return the converted quantity, rounded to 6 digits half-up
     * @throws dev.mfg.core.error.UnitConversionException if the categories differ
     */
    public Quantity to(Uom target) {
        return to(target, UnitConverter.standard(), Lists.immutable.empty(), "");
    }

    /**
     * Converts, using item-specific conversions first and then the converter's.
     *
     * @param target the target unit
     * @param converter the converter (global conversions)
     * @param itemConversions item-specific conversions
     * @param itemId the item, for messages
     * @return the converted quantity, rounded to 6 digits half-up
     * @throws InvalidInputException with {@code QTY_ROUNDS_TO_ZERO} if a non-zero amount becomes zero
     */
    public Quantity to(Uom target, UnitConverter converter, Iterable<UomConversion> itemConversions,
            String itemId) {
        if (target.equals(uom)) {
            return this;
        }
        ConversionFactor f = converter.factor(uom, target, itemConversions, itemId);
        BigDecimal converted = Decimals.roundQuantity(f.apply(amount));
        if (converted.signum() == 0 && amount.signum() != 0) {
            throw InvalidInputException.of(RuleCode.QTY_ROUNDS_TO_ZERO, "quantity", this,
                    "The quantity (" + this + ") rounds to zero in (" + target + ").");
        }
        return of(converted, target);
    }

    /**
     * @param other another quantity, possibly in another unit of the same category
     * @return whether both denote the same amount of material
     */
    public boolean isEquivalentTo(Quantity other) {
        if (uom.equals(other.uom)) {
            return amount.compareTo(other.amount) == 0;
        }
        if (!uom.isConvertibleTo(other.uom)) {
            return false;
        }
        return amount.multiply(uom.factorToBase()).compareTo(other.amount.multiply(other.uom.factorToBase())) == 0;
    }

    private Quantity requireSameUom(Quantity other) {
        if (!uom.equals(other.uom)) {
            throw InvalidInputException.of(RuleCode.UOM_INCOMPATIBLE, "quantity.uom", other.uom,
                    "Cannot combine (" + this + ") with (" + other + ") directly.\nMaybe convert one with to(Uom).");
        }
        return other;
    }

    /** Orders by amount; throws for different units. */
    @Override
    public int compareTo(Quantity o) {
        return amount.compareTo(requireSameUom(o).amount);
    }

    /** {@return "amount UOM"}, for example {@code "388.5 G"}; {@link #parse} reads it back} */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + uom.code();
    }
}
