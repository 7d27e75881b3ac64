package dev.mfg.core.bom;

import static dev.mfg.core.bom.BomFixtures.d;
import static dev.mfg.core.bom.BomFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.quantity.Uom;
import org.junit.jupiter.api.Test;

/** Substitute, CoProduct and BomId. */
class BomValuesTest {

    @Test
    void bomId_toString_isItemAtVersion() {
        assertThat(BomId.of(id("SET-50"), "2")).hasToString("SET-50@2");
    }

    @Test
    void bomId_blankVersion_idInvalid() {
        assertThatThrownBy(() -> BomId.of(id("SET-50"), " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("ID_INVALID"));
    }

    @Test
    void substitute_zeroQuantity_qtyNotPositive() {
        assertThatThrownBy(() -> Substitute.of(id("B"), d("0"), 1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("QTY_NOT_POSITIVE");
                    assertThat(e.path()).isEqualTo("substitute[B].quantity");
                });
    }

    @Test
    void substitute_priorityZero_priorityInvalid() {
        assertThatThrownBy(() -> Substitute.of(id("B"), d("1"), 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("PRIORITY_INVALID");
                    assertThat(e.path()).isEqualTo("substitute[B].priority");
                });
    }

    @Test
    void substitute_trailingZeros_normalised() {
        assertThat(Substitute.of(id("B"), d("2.500"), 1)).isEqualTo(Substitute.of(id("B"), d("2.5"), 1));
    }

    @Test
    void coProduct_defaults_coProductWithoutShare() {
        CoProduct c = CoProduct.builder().item(id("DISH-B")).quantity(d("0.08")).uom(Uom.EA).build();
        assertThat(c.kind()).isEqualTo(OutputKind.CO_PRODUCT);
        assertThat(c.costSharePercent()).isEmpty();
    }

    @Test
    void coProduct_zeroQuantity_yieldOutOfRange() {
        assertThatThrownBy(() -> CoProduct.builder().item(id("DISH-B")).quantity(d("0")).uom(Uom.EA).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("YIELD_OUT_OF_RANGE");
                    assertThat(e.path()).isEqualTo("coProduct[DISH-B].quantity");
                });
    }

    @Test
    void coProduct_shareAboveHundred_yieldOutOfRange() {
        assertThatThrownBy(() -> CoProduct.builder().item(id("DISH-B")).quantity(d("1")).uom(Uom.EA)
                .costSharePercent(d("100.5")).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("YIELD_OUT_OF_RANGE");
                    assertThat(e.path()).isEqualTo("coProduct[DISH-B].costSharePercent");
                });
    }

    @Test
    void coProduct_negativeShare_yieldOutOfRange() {
        assertThatThrownBy(() -> CoProduct.builder().item(id("DISH-B")).quantity(d("1")).uom(Uom.EA)
                .costSharePercent(d("-1")).build())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("YIELD_OUT_OF_RANGE"));
    }

    @Test
    void coProduct_byProductWithShare_allocationSum() {
        assertThatThrownBy(() -> CoProduct.builder().item(id("DUST")).quantity(d("0.01")).uom(Uom.KG)
                .kind(OutputKind.BY_PRODUCT).costSharePercent(d("1")).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("ALLOCATION_SUM");
                    assertThat(e.path()).isEqualTo("coProduct[DUST].costSharePercent");
                });
    }
}
