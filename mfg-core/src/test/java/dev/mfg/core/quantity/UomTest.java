package dev.mfg.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UomTest {

    @Test
    void parse_caseInsensitiveAndAliases() {
        assertThat(Uom.parse("g")).isSameAs(Uom.G);
        assertThat(Uom.parse("kg")).isSameAs(Uom.KG);
        assertThat(Uom.parse("PC")).isSameAs(Uom.PCS);
        assertThat(Uom.parse("sec")).isSameAs(Uom.S);
        assertThat(Uom.parse("hr")).isSameAs(Uom.H);
    }

    @Test
    void parse_unknownCode_customOtherUnit() {
        Uom sheet = Uom.parse("sheet");
        assertThat(sheet.code()).isEqualTo("SHEET");
        assertThat(sheet.category()).isEqualTo(UomCategory.OTHER);
        assertThat(sheet.isStandard()).isFalse();
        assertThat(Uom.KG.isStandard()).isTrue();
    }

    @Test
    void isConvertibleTo_sameCategoryOnly_andOtherNever() {
        assertThat(Uom.G.isConvertibleTo(Uom.KG)).isTrue();
        assertThat(Uom.ML.isConvertibleTo(Uom.L)).isTrue();
        assertThat(Uom.MM.isConvertibleTo(Uom.M)).isTrue();
        assertThat(Uom.G.isConvertibleTo(Uom.L)).isFalse();
        assertThat(Uom.custom("BOX").isConvertibleTo(Uom.custom("ROLL"))).isFalse();
        assertThat(Uom.custom("BOX").isConvertibleTo(Uom.custom("BOX"))).isTrue();
    }

    @Test
    void factors_exactSiDefinitions() {
        assertThat(Uom.KG.factorToBase()).isEqualByComparingTo("1000");
        assertThat(Uom.LB.factorToBase()).isEqualByComparingTo("453.59237");
        assertThat(Uom.IN.factorToBase()).isEqualByComparingTo("0.0254");
        assertThat(Uom.H.factorToBase()).isEqualByComparingTo("3600");
    }

    @Test
    void new_blankCode_rejected() {
        assertThatThrownBy(() -> Uom.custom(" ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.rule()).isEqualTo("ID_INVALID"));
        assertThatThrownBy(() -> Uom.custom("A B")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Uom.custom("X".repeat(17))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void new_nonPositiveFactor_rejected() {
        assertThatThrownBy(() -> Uom.of("BAG", UomCategory.MASS, BigDecimal.ZERO))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("FACTOR_INVALID"));
    }

    @Test
    void customMassUnit_convertsThroughFactor() {
        Uom bag = Uom.of("BAG25", UomCategory.MASS, new BigDecimal("25000"));
        assertThat(Quantity.of(2, bag).to(Uom.KG)).isEqualTo(Quantity.of(50, Uom.KG));
    }
}
