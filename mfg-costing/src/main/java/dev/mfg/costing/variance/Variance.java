package dev.mfg.costing.variance;

import dev.mfg.core.quantity.Money;
import dev.mfg.costing.internal.Amounts;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * One variance. A record although it has five components: it is a plain result row with no defaults.
 *
 * @param kind the kind
 * @param subject what it concerns: a component id, or {@code op 10 (WC-PRESS)}
 * @param amount the exact amount, positive when unfavourable
 * @param currency the currency
 * @param explanation the formula with its numbers (numbers rounded to 6 places for reading; the amount is exact)
 * @since 0.1
 */
public record Variance(VarianceKind kind, String subject, BigDecimal amount, Currency currency, String explanation) {
    /** Validates non-null components. */
    public Variance {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** {@return the amount as money, kept to 20 fractional digits} */
    public Money money() {
        return Amounts.money(amount, currency);
    }

    /** {@return whether actual exceeded standard} */
    public boolean isUnfavourable() {
        return amount.signum() > 0;
    }
}
