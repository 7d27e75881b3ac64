package dev.mfg.mrp.lotsizing;

import dev.mfg.core.item.LotSizing;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The order modifiers every lot honours, in this order: raise to {@code minimum}, round up to a multiple of
 * {@code multiple}, then split what exceeds {@code maximum} into orders of {@code maximum} plus one remainder order
 * (the total is kept). Quantities in micro-units.
 *
 * <p>Consequences a caller must know: the split comes last, so when {@code maximum} is not itself a multiple of
 * {@code multiple} the split orders are not multiples either, and the remainder order may be below
 * {@code minimum}; the total of the orders always is.
 *
 * <pre>{@code
 * LotModifiers modifiers = LotModifiers.of(item.lotSizing());   // once per item: parses the decimals
 * long[] orders = modifiers.apply(lot);                          // per lot
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LotModifiers {
    private static final LotModifiers NONE = new LotModifiers(0, 0, 0);

    private final long minimum;
    private final long multiple;
    private final long maximum;

    private LotModifiers(long minimum, long multiple, long maximum) {
        this.minimum = minimum;
        this.multiple = multiple;
        this.maximum = maximum;
    }

    /** {@return modifiers that change nothing} */
    public static LotModifiers none() {
        return NONE;
    }

    /**
     * Creates modifiers from micro-unit values, zero meaning "none".
     *
     * @param minimum the minimum order quantity, ≥ 0
     * @param multiple the multiple orders are rounded up to, ≥ 0
     * @param maximum the maximum order quantity, ≥ 0
     * @return the modifiers
     * @throws IllegalArgumentException if a value is negative or a maximum is below the minimum
     */
    public static LotModifiers of(long minimum, long multiple, long maximum) {
        if (minimum < 0 || multiple < 0 || maximum < 0 || (maximum > 0 && maximum < minimum)) {
            throw new IllegalArgumentException("The modifiers minimum (" + minimum + "), multiple (" + multiple
                    + ") and maximum (" + maximum + ") must not be negative, and the maximum not below the minimum.");
        }
        return new LotModifiers(minimum, multiple, maximum);
    }

    /**
     * Reads the modifiers of a lot-sizing configuration.
     *
     * @param lotSizing the configuration
     * @return the modifiers
     * @throws ArithmeticException if a modifier is not an exact {@code long} of micro-units
     */
    public static LotModifiers of(LotSizing lotSizing) {
        Objects.requireNonNull(lotSizing, "lotSizing");
        return of(micros(lotSizing.minimum()), micros(lotSizing.multiple()), micros(lotSizing.maximum()));
    }

    private static long micros(Optional<BigDecimal> value) {
        return value.isPresent() ? MicroUnits.toMicros(value.get()) : 0L;
    }

    /**
     * Applies a configuration's modifiers to one lot. Equivalent to {@code of(lotSizing).apply(lot)}.
     *
     * @param lot the lot in micro-units, &gt; 0
     * @param lotSizing the configuration
     * @return the order quantities, see {@link #apply(long)}
     */
    public static long[] apply(long lot, LotSizing lotSizing) {
        return of(lotSizing).apply(lot);
    }

    /** {@return the minimum order quantity in micro-units, zero for none} */
    public long minimum() {
        return minimum;
    }

    /** {@return the multiple in micro-units, zero for none} */
    public long multiple() {
        return multiple;
    }

    /** {@return the maximum order quantity in micro-units, zero for none} */
    public long maximum() {
        return maximum;
    }

    /**
     * Raises a lot to the minimum and rounds it up to the multiple: the total the orders of this lot will add up
     * to.
     *
     * @param lot the lot in micro-units, &gt; 0
     * @return the adjusted total, ≥ {@code lot}
     * @throws IllegalArgumentException if {@code lot ≤ 0}
     * @throws ArithmeticException if the result overflows a {@code long}
     */
    public long adjust(long lot) {
        if (lot <= 0) {
            throw new IllegalArgumentException("The lot (" + lot + " micro-units) must be positive.");
        }
        long q = Math.max(lot, minimum);
        if (multiple > 0) {
            long rest = q % multiple;
            if (rest != 0) {
                q = Math.addExact(q, multiple - rest);
            }
        }
        return q;
    }

    /**
     * Splits a total at the maximum: {@code ⌊total / maximum⌋} orders of {@code maximum}, then one remainder order
     * if anything is left.
     *
     * @param total the total in micro-units, &gt; 0
     * @return the order quantities, each positive, summing to {@code total}; a single order without maximum
     * @throws IllegalArgumentException if {@code total ≤ 0}
     */
    public long[] split(long total) {
        if (total <= 0) {
            throw new IllegalArgumentException("The total (" + total + " micro-units) must be positive.");
        }
        if (maximum == 0 || total <= maximum) {
            return new long[] {total};
        }
        long full = total / maximum;
        long rest = total % maximum;
        if (full + (rest > 0 ? 1 : 0) > Integer.MAX_VALUE - 8) {
            throw new ArithmeticException("Splitting the total (" + total + ") at the maximum (" + maximum
                    + ") would create too many orders.\nMaybe raise the maximum.");
        }
        long[] orders = new long[(int) full + (rest > 0 ? 1 : 0)];
        Arrays.fill(orders, 0, (int) full, maximum);
        if (rest > 0) {
            orders[(int) full] = rest;
        }
        return orders;
    }

    /**
     * Applies all modifiers to one lot: {@code split(adjust(lot))}.
     *
     * @param lot the lot in micro-units, &gt; 0
     * @return the order quantities in micro-units
     * @throws IllegalArgumentException if {@code lot ≤ 0}
     */
    public long[] apply(long lot) {
        return split(adjust(lot));
    }

    @Override
    public String toString() {
        return "LotModifiers[minimum=" + MicroUnits.toDecimal(minimum).toPlainString() + ", multiple="
                + MicroUnits.toDecimal(multiple).toPlainString() + ", maximum="
                + MicroUnits.toDecimal(maximum).toPlainString() + "]";
    }
}
