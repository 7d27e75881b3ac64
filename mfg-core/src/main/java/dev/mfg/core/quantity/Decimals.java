package dev.mfg.core.quantity;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.LimitExceededException;
import dev.mfg.core.error.RuleCode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Limits and rounding rules for every decimal in the library. All checks run in constant time before any
 * arithmetic, so a hostile value such as {@code 1e-100000000} or {@code 1e999999999} is rejected in well under a
 * millisecond.
 *
 * @since 0.1
 */
public final class Decimals {
    /** Maximum fractional digits of a quantity (NUMERIC(18,6)). */
    public static final int QUANTITY_SCALE = 6;
    /** Quantities must be strictly below this magnitude: 10^12. */
    public static final BigDecimal QUANTITY_LIMIT = BigDecimal.TEN.pow(12);
    /** Maximum fractional digits of a money amount or a rate. */
    public static final int MONEY_MAX_SCALE = 20;
    /** Money amounts must be strictly below this magnitude: 10^15. */
    public static final BigDecimal MONEY_LIMIT = BigDecimal.TEN.pow(15);
    /** Precision of non-terminating money divisions: 34 significant digits, half-even. */
    public static final MathContext MONEY_CONTEXT = MathContext.DECIMAL128;
    /** Rounding of derived quantities to {@link #QUANTITY_SCALE} digits. */
    public static final RoundingMode QUANTITY_ROUNDING = RoundingMode.HALF_UP;

    // A value below 10^15 with scale <= 20 has an unscaled value below 10^35 < 2^117.
    private static final int MAX_BITS = 117;

    private Decimals() {}

    /**
     * Checks a quantity against the scale and magnitude limits and normalises its scale.
     *
     * @param value the quantity
     * @param path the field path for the error
     * @return the value with trailing zeros stripped (scale 0 at least)
     * @throws LimitExceededException if the value has more than 6 fractional digits or |value| ≥ 10^12
     */
    public static BigDecimal checkQuantity(BigDecimal value, String path) {
        return check(value, path, QUANTITY_SCALE, QUANTITY_LIMIT, "quantity");
    }

    /**
     * Checks a money amount or rate against the scale and magnitude limits and normalises its scale.
     *
     * @param value the amount
     * @param path the field path for the error
     * @return the value with trailing zeros stripped
     * @throws LimitExceededException if the value has more than 20 fractional digits or |value| ≥ 10^15
     */
    public static BigDecimal checkMoney(BigDecimal value, String path) {
        return check(value, path, MONEY_MAX_SCALE, MONEY_LIMIT, "money");
    }

    private static BigDecimal check(BigDecimal value, String path, int maxScale, BigDecimal limit, String kind) {
        Objects.requireNonNull(value, path);
        int scale = value.scale();
        // O(1) guards first: absurd scales or unscaled sizes are rejected before any arithmetic.
        if (scale > maxScale + 64) {
            throw new LimitExceededException(kind + ".scale", maxScale, summarize(value), path);
        }
        if (scale < -64 || value.unscaledValue().bitLength() > MAX_BITS + 256) {
            throw new LimitExceededException(kind + ".magnitude", limit.toPlainString(), summarize(value), path);
        }
        BigDecimal normal = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (normal.scale() > maxScale) {
            throw new LimitExceededException(kind + ".scale", maxScale, value.toPlainString(), path);
        }
        if (normal.abs().compareTo(limit) >= 0) {
            throw new LimitExceededException(kind + ".magnitude", limit.toPlainString(), value.toPlainString(), path);
        }
        return normal.scale() < 0 ? normal.setScale(0) : normal;
    }

    private static String summarize(BigDecimal value) {
        return "unscaled bits " + value.unscaledValue().bitLength() + ", scale " + value.scale();
    }

    /**
     * Rounds a derived quantity to 6 fractional digits, half-up, and strips trailing zeros.
     *
     * @param value an exact derived quantity
     * @return the rounded quantity
     */
    public static BigDecimal roundQuantity(BigDecimal value) {
        BigDecimal r = value.setScale(QUANTITY_SCALE, QUANTITY_ROUNDING);
        return r.signum() == 0 ? BigDecimal.ZERO : strip(r);
    }

    /**
     * Strips trailing zeros without going to a negative scale ({@code 1000}, not {@code 1E+3}).
     *
     * @param value a value
     * @return the same value with the smallest non-negative scale
     */
    public static BigDecimal strip(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /**
     * Divides exactly when the quotient terminates, else to 34 significant digits half-even
     * ({@link #MONEY_CONTEXT}); strips trailing zeros. The one division rule for derived times, rates and ratios.
     *
     * @param dividend the dividend
     * @param divisor a non-zero divisor
     * @return the quotient
     */
    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        BigDecimal q;
        try {
            q = dividend.divide(divisor);
        } catch (ArithmeticException nonTerminating) {
            q = dividend.divide(divisor, MONEY_CONTEXT);
        }
        return strip(q);
    }

    /**
     * Requires a value to be ≥ 0.
     *
     * @param value the value
     * @param rule the rule to report
     * @param path the field path
     * @return the value
     * @throws InvalidInputException if negative
     */
    public static BigDecimal requireNonNegative(BigDecimal value, RuleCode rule, String path) {
        if (value.signum() < 0) {
            throw InvalidInputException.of(rule, path, value.toPlainString(),
                    "The " + path + " (" + value.toPlainString() + ") must not be negative.");
        }
        return value;
    }

    /**
     * Parses decimal text exactly, with the quantity limits checked before the number is built when the text
     * is absurdly long.
     *
     * @param text decimal text such as {@code "388.5"}
     * @param path the field path
     * @return the parsed, checked quantity
     */
    public static BigDecimal parseQuantity(String text, String path) {
        if (text.length() > 64) {
            throw new LimitExceededException("quantity.magnitude", QUANTITY_LIMIT.toPlainString(),
                    text.length() + " characters", path);
        }
        try {
            return checkQuantity(new BigDecimal(text), path);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(RuleCode.VALUE_MISSING, path, text, "The text is not a decimal number.");
        }
    }
}
