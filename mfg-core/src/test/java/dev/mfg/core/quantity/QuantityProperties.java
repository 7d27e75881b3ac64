package dev.mfg.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Round trips and exactness of units and money (RELIABILITY invariant 22). */
class QuantityProperties {
    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);

    private static final List<Uom> MASS = List.of(Uom.MG, Uom.G, Uom.KG, Uom.T);
    private static final List<Uom> ALL_DECIMAL = List.of(Uom.MG, Uom.G, Uom.KG, Uom.T, Uom.MM, Uom.CM, Uom.M,
            Uom.KM, Uom.ML, Uom.L, Uom.M3, Uom.S, Uom.MIN, Uom.H);

    /** Amounts with up to 6 fractional digits, |x| < 10^9. */
    static Gen<BigDecimal> amounts() {
        return longs().between(-999_999_999_999_999L, 999_999_999_999_999L)
                .map(l -> BigDecimal.valueOf(l, 6));
    }

    @org.junit.jupiter.api.Test
    void convert_thereAndBack_withinSameCategory_roundTripsWhenExact() {
        qt().withExamples(EXAMPLES).forAll(amounts(), Generate.pick(MASS), Generate.pick(MASS))
                .checkAssert((a, from, to) -> {
                    // Mass factors are powers of ten, so the forward conversion is exact if it fits 6 digits.
                    BigDecimal forward = UnitConverter.standard().factor(from, to).apply(a);
                    BigDecimal back = UnitConverter.standard().factor(to, from).apply(forward);
                    assertThat(back).isEqualByComparingTo(a);
                });
    }

    @org.junit.jupiter.api.Test
    void isEquivalentTo_afterConversion_holdsForExactResults() {
        Gen<List<Uom>> pairs = Generate.pick(ALL_DECIMAL).flatMap(a -> Generate.pick(ALL_DECIMAL.stream()
                .filter(a::isConvertibleTo).toList()).map(b -> List.of(a, b)));
        qt().withExamples(EXAMPLES).forAll(longs().between(0, 1_000_000_000L), pairs)
                .checkAssert((n, pair) -> {
                    Uom from = pair.get(0);
                    Uom to = pair.get(1);
                    Quantity q = Quantity.of(n, from);
                    BigDecimal exact = UnitConverter.standard().factor(from, to).apply(q.amount());
                    if (exact.stripTrailingZeros().scale() <= 6 && exact.abs().compareTo(Decimals.QUANTITY_LIMIT) < 0) {
                        assertThat(q.to(to).isEquivalentTo(q)).isTrue();
                    }
                });
    }

    @org.junit.jupiter.api.Test
    void money_sumOfParts_equalsWhole() {
        qt().withExamples(EXAMPLES).forAll(longs().between(0, 1_000_000_000L), integers().between(1, 97))
                .checkAssert((cents, parts) -> {
                    Money whole = Money.of(BigDecimal.valueOf(cents, 2), "USD");
                    Money part = whole.dividedBy(BigDecimal.valueOf(parts));
                    // Multiplying back recovers the whole to within the 20-digit rounding of the division.
                    BigDecimal diff = part.multipliedBy(BigDecimal.valueOf(parts)).minus(whole).amount().abs();
                    assertThat(diff).isLessThanOrEqualTo(new BigDecimal("1e-18"));
                });
    }

    @org.junit.jupiter.api.Test
    void unitPrice_costIsLinearInQuantity() {
        qt().withExamples(EXAMPLES).forAll(longs().between(0, 1_000_000L), longs().between(0, 1_000_000L),
                longs().between(0, 100_000L)).checkAssert((g1, g2, priceCents) -> {
                    UnitPrice p = UnitPrice.of(Money.of(BigDecimal.valueOf(priceCents, 2), "EGP"), Uom.KG);
                    Money sum = p.costOf(Quantity.of(g1, Uom.G)).plus(p.costOf(Quantity.of(g2, Uom.G)));
                    assertThat(p.costOf(Quantity.of(g1 + g2, Uom.G))).isEqualTo(sum);
                });
    }
}
