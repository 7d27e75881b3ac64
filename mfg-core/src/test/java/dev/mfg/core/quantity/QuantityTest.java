package dev.mfg.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.LimitExceededException;
import dev.mfg.core.error.UnitConversionException;
import java.math.BigDecimal;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void of_equalityIgnoresScale() {
        assertThat(Quantity.of(new BigDecimal("1.50"), Uom.G)).isEqualTo(Quantity.of("1.5", Uom.G));
        assertThat(Quantity.of(new BigDecimal("1.50"), Uom.G).hashCode())
                .isEqualTo(Quantity.of("1.5", Uom.G).hashCode());
    }

    @Test
    void of_differentUnits_notEqualButEquivalent() {
        Quantity kg = Quantity.of(1, Uom.KG);
        Quantity g = Quantity.of(1000, Uom.G);
        assertThat(kg).isNotEqualTo(g);
        assertThat(kg.isEquivalentTo(g)).isTrue();
        assertThat(kg.isEquivalentTo(Quantity.of(1000, Uom.EA))).isFalse();
    }

    @Test
    void of_sevenFractionalDigits_rejectedWithScaleLimit() {
        assertThatThrownBy(() -> Quantity.of("0.0000001", Uom.KG))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    assertThat(e.limitName()).isEqualTo("quantity.scale");
                    assertThat(e.rule()).isEqualTo("SCALE_EXCEEDED");
                });
    }

    @Test
    void of_trailingZerosBeyondSixDigits_accepted() {
        assertThat(Quantity.of("1.500000000", Uom.KG).amount()).isEqualByComparingTo("1.5");
    }

    @Test
    void of_magnitudeAtLimit_rejected() {
        assertThatThrownBy(() -> Quantity.of("1000000000000", Uom.EA))
                .isInstanceOfSatisfying(LimitExceededException.class,
                        e -> assertThat(e.limitName()).isEqualTo("quantity.magnitude"));
        assertThat(Quantity.of("999999999999.999999", Uom.EA).amount()).isEqualByComparingTo("999999999999.999999");
    }

    @Test
    void of_hostileScale_rejectedBeforeArithmetic() {
        // 1e-100000000 would take seconds to normalise if any arithmetic ran first.
        BigDecimal bomb = new BigDecimal("1e-100000000");
        long start = System.nanoTime();
        assertThatThrownBy(() -> Quantity.of(bomb, Uom.EA)).isInstanceOf(LimitExceededException.class);
        BigDecimal huge = new BigDecimal("1e999999999");
        assertThatThrownBy(() -> Quantity.of(huge, Uom.EA)).isInstanceOf(LimitExceededException.class);
        // Not a timing assertion on the engine: only a generous bound that an O(n) path would blow.
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @Test
    void parse_longText_rejected() {
        String digits = "1".repeat(100_000);
        assertThatThrownBy(() -> Quantity.of(digits, Uom.EA)).isInstanceOf(LimitExceededException.class);
    }

    @Test
    void parse_notANumber_rejected() {
        assertThatThrownBy(() -> Quantity.of("abc", Uom.EA)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Quantity.parse("12")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void toString_roundTripsThroughParse() {
        Quantity q = Quantity.of("388.5", Uom.G);
        assertThat(q.toString()).isEqualTo("388.5 G");
        assertThat(Quantity.parse(q.toString())).isEqualTo(q);
        assertThat(Quantity.parse("1000 kg")).isEqualTo(Quantity.of(1000, Uom.KG));
    }

    @Test
    void plus_sameUnit_exact() {
        assertThat(Quantity.of("0.1", Uom.KG).plus(Quantity.of("0.2", Uom.KG))).isEqualTo(Quantity.of("0.3", Uom.KG));
    }

    @Test
    void plus_differentUnit_rejected() {
        assertThatThrownBy(() -> Quantity.of(1, Uom.KG).plus(Quantity.of(1, Uom.G)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("UOM_INCOMPATIBLE"));
    }

    @Test
    void minus_negated_signs() {
        Quantity q = Quantity.of(3, Uom.EA).minus(Quantity.of(5, Uom.EA));
        assertThat(q.isNegative()).isTrue();
        assertThat(q.negated()).isEqualTo(Quantity.of(2, Uom.EA));
        assertThat(Quantity.zero(Uom.EA).isZero()).isTrue();
        assertThat(Quantity.of(1, Uom.EA).isPositive()).isTrue();
    }

    @Test
    void multipliedBy_seed003_37gTimes10Times105_is388point5() {
        // Seed 003 §4.5: 37 g x 10 units x 1.05 scrap = 388.5 g.
        Quantity perUnit = Quantity.of(37, Uom.G);
        assertThat(perUnit.multipliedBy(10).multipliedBy(new BigDecimal("1.05"))).isEqualTo(Quantity.of("388.5", Uom.G));
    }

    @Test
    void multipliedBy_roundsHalfUpToSixDigits() {
        // 0.000005 x 0.5 = 0.0000025: half-up gives 0.000003 (half-even would give 0.000002).
        assertThat(Quantity.of("0.000005", Uom.KG).multipliedBy(new BigDecimal("0.5")).amount())
                .isEqualByComparingTo("0.000003");
    }

    @Test
    void to_gramsToKilograms_exact() {
        assertThat(Quantity.of(3856, Uom.G).to(Uom.KG)).isEqualTo(Quantity.of("3.856", Uom.KG));
        assertThat(Quantity.of("0.15", Uom.KG).to(Uom.G)).isEqualTo(Quantity.of(150, Uom.G));
        assertThat(Quantity.of(1, Uom.H).to(Uom.MIN)).isEqualTo(Quantity.of(60, Uom.MIN));
        assertThat(Quantity.of(70, Uom.S).to(Uom.MIN).amount()).isEqualByComparingTo("1.166667");
    }

    @Test
    void to_acrossCategoriesWithoutConversion_throwsUnitConversion() {
        assertThatThrownBy(() -> Quantity.of(1, Uom.KG).to(Uom.EA))
                .isInstanceOfSatisfying(UnitConversionException.class, e -> {
                    assertThat(e.from()).isEqualTo("KG");
                    assertThat(e.to()).isEqualTo("EA");
                    assertThat(e.rule()).isEqualTo("UOM_INCOMPATIBLE");
                });
    }

    @Test
    void to_itemSpecificConversion_used() {
        // 1 EA of a cup weighs 0.125 KG: 8 EA = 1000 G.
        var perPiece = Lists.immutable.of(UomConversion.of(Uom.EA, new BigDecimal("0.125"), Uom.KG));
        assertThat(Quantity.of(8, Uom.EA).to(Uom.G, UnitConverter.standard(), perPiece, "CUP"))
                .isEqualTo(Quantity.of(1000, Uom.G));
        assertThat(Quantity.of(500, Uom.G).to(Uom.EA, UnitConverter.standard(), perPiece, "CUP"))
                .isEqualTo(Quantity.of(4, Uom.EA));
    }

    @Test
    void to_roundsToZero_rejected() {
        assertThatThrownBy(() -> Quantity.of("0.000001", Uom.MG).to(Uom.T))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("QTY_ROUNDS_TO_ZERO"));
    }

    @Test
    void compareTo_sameUnit_ordersByAmount() {
        assertThat(Quantity.of(1, Uom.EA)).isLessThan(Quantity.of(2, Uom.EA));
        assertThatThrownBy(() -> Quantity.of(1, Uom.EA).compareTo(Quantity.of(1, Uom.G)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void of_nullArguments_npeNamingParameter() {
        assertThatThrownBy(() -> Quantity.of((BigDecimal) null, Uom.EA)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("amount");
        assertThatThrownBy(() -> Quantity.of(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("uom");
    }
}
