package dev.mfg.costing.internal;

import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.quantity.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Exact arithmetic helpers shared by the costing engines. */
public final class Amounts {
    private Amounts() {}

    /**
     * @param dividend the dividend
     * @param divisor a non-zero divisor
     * @return the exact quotient when it terminates, else to 34 significant digits half-even
     */
    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        if (dividend.signum() == 0) {
            return BigDecimal.ZERO;
        }
        try {
            return dividend.divide(divisor);
        } catch (ArithmeticException nonTerminating) {
            return dividend.divide(divisor, Decimals.MONEY_CONTEXT);
        }
    }

    /**
     * @param amount an exact amount
     * @param currency its currency
     * @return money with at most {@link Decimals#MONEY_MAX_SCALE} fractional digits (half-even beyond)
     */
    public static Money money(BigDecimal amount, Currency currency) {
        BigDecimal a = amount.scale() > Decimals.MONEY_MAX_SCALE
                ? amount.setScale(Decimals.MONEY_MAX_SCALE, RoundingMode.HALF_EVEN) : amount;
        return new Money(a, currency);
    }
}
