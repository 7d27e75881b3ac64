package dev.mfg.core.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact conversion ratio {@code numerator / denominator} between two units. Kept as a fraction so that a
 * conversion is only divided once, at the end: 3856 G in KG is {@code 3856 × 1 / 1000}, exact, and a chain of
 * conversions never accumulates rounding.
 *
 * @param numerator the numerator, positive
 * @param denominator the denominator, positive
 * @since 0.1
 */
public record ConversionFactor(BigDecimal numerator, BigDecimal denominator) {
    /** The identity conversion. */
    public static final ConversionFactor ONE = new ConversionFactor(BigDecimal.ONE, BigDecimal.ONE);

    /** Validates both terms are positive. */
    public ConversionFactor {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (numerator.signum() <= 0 || denominator.signum() <= 0) {
            throw new IllegalArgumentException("A conversion factor must be positive.");
        }
    }

    /**
     * @param other the next conversion
     * @return this conversion followed by {@code other}
     */
    public ConversionFactor then(ConversionFactor other) {
        return new ConversionFactor(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /** {@return the inverse conversion} */
    public ConversionFactor inverse() {
        return new ConversionFactor(denominator, numerator);
    }

    /**
     * Applies the conversion exactly when the result terminates, else to 34 significant digits (half-even).
     *
     * @param amount the amount in the source unit
     * @return the amount in the target unit
     */
    public BigDecimal apply(BigDecimal amount) {
        return Decimals.divide(amount.multiply(numerator), denominator);
    }

    /**
     * Applies the conversion and rounds to {@code scale} fractional digits.
     *
     * @param amount the amount in the source unit
     * @param scale fractional digits to keep
     * @param rounding the rounding mode
     * @return the converted, rounded amount
     */
    public BigDecimal apply(BigDecimal amount, int scale, RoundingMode rounding) {
        return amount.multiply(numerator).divide(denominator, scale, rounding);
    }

    /** {@return the ratio as one decimal (exact when it terminates, else 34 digits)} */
    public BigDecimal toDecimal() {
        return apply(BigDecimal.ONE);
    }

    /** {@return whether this is the identity} */
    public boolean isIdentity() {
        return numerator.compareTo(denominator) == 0;
    }
}
