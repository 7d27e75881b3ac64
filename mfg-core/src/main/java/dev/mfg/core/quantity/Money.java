package dev.mfg.core.quantity;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money in an ISO-4217 currency ({@code EGP}, {@code USD}).
 *
 * <p>Arithmetic is exact; only {@link #rounded()} rounds (half-even to the currency's minor unit), and only
 * for presentation. Amounts of different currencies never mix ({@code CURRENCY_MISMATCH}). Equality ignores
 * scale. Immutable value.
 *
 * @param amount the exact amount (at most 20 fractional digits, magnitude below 10^15)
 * @param currency the currency
 * @since 0.1
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** Validates limits and normalises scale. */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = Decimals.checkMoney(amount, "money");
    }

    /**
     * @param amount the amount
     * @param currencyCode an ISO-4217 code
     * @return the money
     * @throws InvalidInputException if the code is not an ISO-4217 currency
     */
    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, currency(currencyCode));
    }

    /**
     * @param amount decimal text, parsed exactly
     * @param currencyCode an ISO-4217 code
     * @return the money
     */
    public static Money of(String amount, String currencyCode) {
        return of(new BigDecimal(amount), currencyCode);
    }

    /**
     * @param currency the currency
     * @return zero in it
     */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * Looks up a currency by ISO code.
     *
     * @param code the ISO-4217 code
     * @return the currency
     * @throws InvalidInputException if unknown
     */
    public static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidInputException.of(RuleCode.REFERENCE_UNKNOWN, "currency", code,
                    "The currency (" + code + ") is not an ISO-4217 code.\nMaybe use a code such as EGP or USD.");
        }
    }

    /**
     * @param other money in the same currency
     * @return the exact sum
     */
    public Money plus(Money other) {
        return new Money(amount.add(requireSameCurrency(other).amount), currency);
    }

    /**
     * @param other money in the same currency
     * @return the exact difference
     */
    public Money minus(Money other) {
        return new Money(amount.subtract(requireSameCurrency(other).amount), currency);
    }

    /**
     * Multiplies exactly; a product beyond 20 fractional digits is rounded half-even to 20.
     *
     * @param factor the factor
     * @return the product
     */
    public Money multipliedBy(BigDecimal factor) {
        BigDecimal p = amount.multiply(factor);
        if (p.scale() > Decimals.MONEY_MAX_SCALE) {
            p = p.setScale(Decimals.MONEY_MAX_SCALE, RoundingMode.HALF_EVEN);
        }
        return new Money(p, currency);
    }

    /**
     * Divides exactly when the quotient terminates within 20 digits, else to 20 fractional digits half-even.
     *
     * @param divisor a positive divisor
     * @return the quotient
     */
    public Money dividedBy(BigDecimal divisor) {
        BigDecimal q;
        try {
            q = amount.divide(divisor);
            if (q.scale() > Decimals.MONEY_MAX_SCALE) {
                q = q.setScale(Decimals.MONEY_MAX_SCALE, RoundingMode.HALF_EVEN);
            }
        } catch (ArithmeticException nonTerminating) {
            q = amount.divide(divisor, Decimals.MONEY_MAX_SCALE, RoundingMode.HALF_EVEN);
        }
        return new Money(q, currency);
    }

    /** {@return the negated amount} */
    public Money negated() {
        return new Money(amount.negate(), currency);
    }

    /** {@return whether the amount is zero} */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** {@return the amount rounded half-even to the currency's minor unit, for display (57.80144 → 57.80)} */
    public Money rounded() {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return new Money(amount.setScale(digits, RoundingMode.HALF_EVEN), currency);
    }

    /** {@return the amount rounded half-even to the minor unit, as plain text with all its decimals} */
    public String toDisplayString() {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return amount.setScale(digits, RoundingMode.HALF_EVEN).toPlainString() + " " + currency.getCurrencyCode();
    }

    private Money requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw InvalidInputException.of(RuleCode.CURRENCY_MISMATCH, "money.currency", other.currency,
                    "Cannot combine (" + this + ") with (" + other + ").\nMaybe convert to one currency first.");
        }
        return other;
    }

    /** Orders by amount; throws for different currencies. */
    @Override
    public int compareTo(Money o) {
        return amount.compareTo(requireSameCurrency(o).amount);
    }

    /** {@return "amount CUR"} with the exact amount */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
