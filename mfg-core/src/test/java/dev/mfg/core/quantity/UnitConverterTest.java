package dev.mfg.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.UnitConversionException;
import java.math.BigDecimal;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

class UnitConverterTest {

    @Test
    void factor_standard_isExactFraction() {
        ConversionFactor f = UnitConverter.standard().factor(Uom.G, Uom.KG);
        assertThat(f.apply(new BigDecimal("3856"))).isEqualByComparingTo("3.856");
        assertThat(f.inverse().apply(new BigDecimal("3.856"))).isEqualByComparingTo("3856");
    }

    @Test
    void factor_sameUnit_isOne_evenWithoutAnyPath_nullsRejected() {
        assertThat(UnitConverter.standard().factor(Uom.EA, Uom.EA, Lists.immutable.empty(), "BOX"))
                .isEqualTo(ConversionFactor.ONE);
        assertThatThrownBy(() -> UnitConverter.standard().factor(null, Uom.EA, Lists.immutable.empty(), "BOX"))
                .isInstanceOf(NullPointerException.class).hasMessage("from");
        assertThatThrownBy(() -> UnitConverter.standard().factor(Uom.EA, null, Lists.immutable.empty(), "BOX"))
                .isInstanceOf(NullPointerException.class).hasMessage("to");
    }

    @Test
    void factor_chainedExplicitConversions() {
        // 1 SHEET = 0.02 KG (global); 1 PACK = 50 SHEET (item-specific) => 1 PACK = 1000 G.
        Uom sheet = Uom.custom("SHEET");
        Uom pack = Uom.custom("PACK");
        UnitConverter c = UnitConverter.of(Lists.immutable.of(UomConversion.of(sheet, new BigDecimal("0.02"), Uom.KG)));
        var item = Lists.immutable.of(UomConversion.of(pack, new BigDecimal("50"), sheet));
        assertThat(c.factor(pack, Uom.G, item, "DECOR").apply(BigDecimal.ONE)).isEqualByComparingTo("1000");
        assertThat(c.factor(Uom.G, pack, item, "DECOR").apply(new BigDecimal("500"))).isEqualByComparingTo("0.5");
    }

    @Test
    void factor_reverseDirectionOfExplicit() {
        UnitConverter c = UnitConverter.of(Lists.immutable.of(UomConversion.of(Uom.KG, new BigDecimal("1000"), Uom.G)));
        assertThat(c.factor(Uom.G, Uom.KG).apply(new BigDecimal("500"))).isEqualByComparingTo("0.5");
    }

    @Test
    void factor_noPath_throwsWithItem() {
        assertThatThrownBy(() -> UnitConverter.standard().factor(Uom.KG, Uom.EA, Lists.immutable.empty(), "POWDER"))
                .isInstanceOfSatisfying(UnitConversionException.class, e -> {
                    assertThat(e.item()).isEqualTo("POWDER");
                    assertThat(e.getMessage()).contains("POWDER").contains("Maybe");
                });
        assertThat(UnitConverter.standard().find(Uom.KG, Uom.EA, Lists.immutable.empty())).isEmpty();
    }

    @Test
    void nonTerminatingRatio_roundedTo34Digits() {
        // 1 G in LB = 1 / 453.59237: does not terminate.
        BigDecimal lb = UnitConverter.standard().factor(Uom.G, Uom.LB).apply(BigDecimal.ONE);
        assertThat(lb.precision()).isLessThanOrEqualTo(34);
        assertThat(lb.multiply(new BigDecimal("453.59237")).subtract(BigDecimal.ONE).abs())
                .isLessThan(new BigDecimal("1e-30"));
    }

    @Test
    void conversion_zeroFactor_rejected() {
        assertThatThrownBy(() -> UomConversion.of(Uom.EA, BigDecimal.ZERO, Uom.KG))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("FACTOR_INVALID");
                    assertThat(e.path()).isEqualTo("uomConversion.factor");
                });
        assertThatThrownBy(() -> UomConversion.of(Uom.EA, new BigDecimal("-2"), Uom.KG))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void conversion_sameUnit_rejected() {
        assertThatThrownBy(() -> UomConversion.of(Uom.EA, BigDecimal.ONE, Uom.EA))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void conversion_factorWithTooManyDigits_rejectedNotTruncated() {
        assertThatThrownBy(() -> UomConversion.of(Uom.EA, new BigDecimal("0.1234567890123456789012345"), Uom.KG))
                .isInstanceOf(InvalidInputException.class);
    }
}
