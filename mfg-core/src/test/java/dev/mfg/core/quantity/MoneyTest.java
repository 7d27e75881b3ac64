package dev.mfg.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.LimitExceededException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void costPerKg_appliedToStockInGrams_is57point80() {
        // Issue 2 / scenario-format: 3856 G at 14.99 per KG = 3.856 x 14.99 = 57.80144 -> 57.80, never 57,801.
        UnitPrice perKg = UnitPrice.of(Money.of("14.99", "EGP"), Uom.KG);
        Money cost = perKg.costOf(Quantity.of(3856, Uom.G));
        assertThat(cost.amount()).isEqualByComparingTo("57.80144");
        assertThat(cost.rounded().amount()).isEqualByComparingTo("57.80");
        assertThat(cost.toDisplayString()).isEqualTo("57.80 EGP");
    }

    @Test
    void unitPrice_perOtherUnit_exact() {
        UnitPrice perKg = UnitPrice.of(Money.of("14.99", "EGP"), Uom.KG);
        UnitPrice perG = perKg.per(Uom.G, UnitConverter.standard(), org.eclipse.collections.api.factory.Lists.immutable.empty(), "");
        assertThat(perG.price().amount()).isEqualByComparingTo("0.01499");
        assertThat(perG.per()).isEqualTo(Uom.G);
    }

    @Test
    void seed003_pla37gAt002PerGram_is074() {
        // Seed 003 §6.2: Black PLA 37 g at $0.02/g = $0.74.
        assertThat(UnitPrice.of(Money.of("0.02", "USD"), Uom.G).costOf(Quantity.of(37, Uom.G)).amount())
                .isEqualByComparingTo("0.74");
    }

    @Test
    void plus_tenthsSumExactly() {
        Money sum = Money.zero(Money.currency("USD"));
        for (int i = 0; i < 1000; i++) {
            sum = sum.plus(Money.of("0.1", "USD"));
        }
        assertThat(sum.amount()).isEqualByComparingTo("100");
    }

    @Test
    void plus_differentCurrencies_rejected() {
        assertThatThrownBy(() -> Money.of("1", "EGP").plus(Money.of("1", "USD")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("CURRENCY_MISMATCH"));
    }

    @Test
    void of_unknownCurrency_rejected() {
        assertThatThrownBy(() -> Money.of("1", "XYZQ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.path()).isEqualTo("currency"));
    }

    @Test
    void dividedBy_nonTerminating_roundedTo20Digits() {
        Money third = Money.of("100", "EGP").dividedBy(new BigDecimal("3"));
        assertThat(third.amount().scale()).isEqualTo(20);
        assertThat(third.amount()).isEqualByComparingTo("33.33333333333333333333");
        assertThat(Money.of("100", "EGP").dividedBy(new BigDecimal("8")).amount()).isEqualByComparingTo("12.5");
    }

    @Test
    void rounded_halfEvenToMinorUnit() {
        assertThat(Money.of("2.345", "USD").rounded().amount()).isEqualByComparingTo("2.34");
        assertThat(Money.of("2.355", "USD").rounded().amount()).isEqualByComparingTo("2.36");
        assertThat(Money.of("7.5", "JPY").rounded().amount()).isEqualByComparingTo("8");
    }

    @Test
    void of_absurdMagnitude_rejected() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("1e15"), "USD")).isInstanceOf(LimitExceededException.class);
        assertThatThrownBy(() -> Money.of(new BigDecimal("1e-1000"), "USD")).isInstanceOf(LimitExceededException.class);
    }

    @Test
    void unitPrice_negative_rejected() {
        assertThatThrownBy(() -> UnitPrice.of(Money.of("-1", "USD"), Uom.EA))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("RATE_NEGATIVE"));
    }

    @Test
    void equality_ignoresScale() {
        assertThat(Money.of("1.50", "USD")).isEqualTo(Money.of("1.5", "USD"));
        assertThat(Money.of("1.5", "USD").compareTo(Money.of("2", "USD"))).isNegative();
    }
}
