package dev.mfg.mrp.lotsizing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Conversion between exact decimal quantities and the {@code long} micro-units the lot-sizing code computes with:
 * 1 unit = {@value #PER_UNIT} micro-units, i.e. six fractional digits, the core's {@code Decimals.QUANTITY_SCALE}.
 * A {@code long} holds up to about 9.2 × 10<sup>12</sup> units.
 *
 * <pre>{@code
 * long micros = MicroUnits.toMicros(new BigDecimal("12.5"));   // 12_500_000
 * BigDecimal back = MicroUnits.toDecimal(micros);              // 12.5
 * }</pre>
 *
 * @since 0.1
 */
public final class MicroUnits {
    /** Micro-units per unit: 1,000,000. */
    public static final long PER_UNIT = 1_000_000L;

    private MicroUnits() {}

    /**
     * Converts an exact quantity to micro-units.
     *
     * @param quantity the quantity in units
     * @return the same quantity in micro-units, exactly
     * @throws ArithmeticException if the quantity has more than six fractional digits (non-zero) or its micro-units
     *     do not fit in a {@code long}
     */
    public static long toMicros(BigDecimal quantity) {
        Objects.requireNonNull(quantity, "quantity");
        if (quantity.scale() > 64 || quantity.scale() < -64) {
            // O(1) guard: such a value cannot be an exact micro-unit long (or is zero with a silly scale).
            if (quantity.signum() == 0) {
                return 0L;
            }
            throw new ArithmeticException("The quantity (" + quantity + ") is not an exact long of micro-units.");
        }
        try {
            return quantity.movePointRight(6).longValueExact();
        } catch (ArithmeticException e) {
            throw new ArithmeticException("The quantity (" + quantity.toPlainString()
                    + ") is not an exact long of micro-units.\nMaybe round it to 6 fractional digits.");
        }
    }

    /**
     * Converts micro-units back to an exact decimal quantity.
     *
     * @param micros the quantity in micro-units
     * @return the quantity in units, trailing zeros stripped, scale between 0 and 6
     */
    public static BigDecimal toDecimal(long micros) {
        if (micros == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal d = BigDecimal.valueOf(micros, 6).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
