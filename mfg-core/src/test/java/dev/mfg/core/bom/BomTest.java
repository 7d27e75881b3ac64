package dev.mfg.core.bom;

import static dev.mfg.core.bom.BomFixtures.d;
import static dev.mfg.core.bom.BomFixtures.id;
import static dev.mfg.core.bom.BomFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.error.CyclicBomException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.quantity.Uom;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

class BomTest {

    private static CoProduct co(String item, String qty, String share) {
        return CoProduct.builder().item(id(item)).quantity(d(qty)).uom(Uom.EA).costSharePercent(d(share)).build();
    }

    @Test
    void builder_minimal_hasDocumentedDefaults() {
        Bom b = BomFixtures.bom("A", line(10, "B", "1"));
        assertThat(b.version()).isEqualTo("1");
        assertThat(b.type()).isEqualTo(BomType.PRODUCTION);
        assertThat(b.status()).isEqualTo(BomStatus.ACTIVE);
        assertThat(b.effectivity()).isEqualTo(Effectivity.ALWAYS);
        assertThat(b.baseQuantity()).isEqualByComparingTo("1");
        assertThat(b.uom()).isEmpty();
        assertThat(b.coProducts()).isEmpty();
        assertThat(b.id()).hasToString("A@1");
        assertThat(b.isPlanning()).isTrue();
    }

    @Test
    void isPlanning_engineeringOrInactive_false() {
        Bom eng = Bom.builder().item(id("A")).type(BomType.ENGINEERING).build();
        Bom draft = Bom.builder().item(id("A")).status(BomStatus.DRAFT).build();
        assertThat(eng.isPlanning()).isFalse();
        assertThat(draft.isPlanning()).isFalse();
    }

    @Test
    void build_zeroBaseQuantity_bomQtyNotPositive() {
        assertThatThrownBy(() -> Bom.builder().item(id("A")).baseQuantity(d("0")).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("BOM_QTY_NOT_POSITIVE");
                    assertThat(e.path()).isEqualTo("bom[A@1].baseQuantity");
                });
    }

    @Test
    void build_duplicateLineNo_idDuplicate() {
        assertThatThrownBy(() -> BomFixtures.bom("A", line(10, "B", "1"), line(10, "C", "1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("ID_DUPLICATE");
                    assertThat(e.path()).isEqualTo("bom[A@1].line[10].lineNo");
                });
    }

    @Test
    void build_emptyPhantom_emptyPhantom() {
        assertThatThrownBy(() -> Bom.builder().item(id("P")).type(BomType.PHANTOM).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("EMPTY_PHANTOM");
                    assertThat(e.path()).isEqualTo("bom[P@1].lines");
                });
    }

    @Test
    void build_selfReference_cyclicBomWithPathAA() {
        assertThatThrownBy(() -> BomFixtures.bom("A", line(10, "B", "1"), line(20, "A", "1")))
                .isInstanceOfSatisfying(CyclicBomException.class, e -> {
                    assertThat(e.cycle()).containsExactly("A", "A");
                    assertThat(e.rule()).isEqualTo("BOM_CYCLE");
                    assertThat(e.path()).isEqualTo("bom[A@1].line[20].component");
                });
    }

    @Test
    void build_costOnlySelfReference_isAccepted() {
        // ERPNext #31175: a self-reference that does not explode is not a cycle.
        Bom b = BomFixtures.bom("A", line(10, id("A"), "1", Uom.EA).costOnly(true).build());
        assertThat(b.lines()).hasSize(1);
    }

    @Test
    void build_selfReferenceAndOtherProblem_listsBoth() {
        assertThatThrownBy(() -> Bom.builder().item(id("A")).baseQuantity(d("-1"))
                .lines(Lists.immutable.of(line(10, "A", "1"))).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e).isNotInstanceOf(CyclicBomException.class);
                    assertThat(e.problems()).extracting(p -> p.rule())
                            .containsExactly("BOM_QTY_NOT_POSITIVE", "BOM_CYCLE");
                });
    }

    @Test
    void build_componentAlsoByProduct_componentIsByproduct() {
        CoProduct dust = CoProduct.builder().item(id("B")).quantity(d("0.1")).uom(Uom.EA)
                .kind(OutputKind.BY_PRODUCT).build();
        assertThatThrownBy(() -> Bom.builder().item(id("A")).lines(Lists.immutable.of(line(10, "B", "1")))
                .coProducts(Lists.immutable.of(dust)).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("COMPONENT_IS_BYPRODUCT");
                    assertThat(e.path()).isEqualTo("bom[A@1].coProducts[0].item");
                });
    }

    @Test
    void build_sharesAboveHundred_allocationSum() {
        // 60 + 45 = 105 > 100.
        assertThatThrownBy(() -> Bom.builder().item(id("A"))
                .coProducts(Lists.immutable.of(co("A-B", "0.1", "60"), co("A-C", "0.05", "45"))).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("ALLOCATION_SUM");
                    assertThat(e.path()).isEqualTo("bom[A@1].coProducts");
                    assertThat(e.value()).isEqualTo("105");
                });
    }

    @Test
    void mainProductCostSharePercent_melamineGrades_isHundredMinusShares() {
        // Grades B (8 % of output, 5 % of cost) and C (2 %, 1 %): grade A keeps 100 − 6 = 94 %.
        Bom press = Bom.builder().item(id("DISH-L-A")).lines(Lists.immutable.of(line(10, "POWDER", "0.15")))
                .coProducts(Lists.immutable.of(co("DISH-L-B", "0.08", "5"), co("DISH-L-C", "0.02", "1"))).build();
        assertThat(press.mainProductCostSharePercent()).isEqualByComparingTo("94");
    }

    @Test
    void build_coProductIsMainItem_idDuplicate() {
        assertThatThrownBy(() -> Bom.builder().item(id("A"))
                .coProducts(Lists.immutable.of(co("A", "1", "10"))).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("ID_DUPLICATE");
                    assertThat(e.path()).isEqualTo("bom[A@1].coProducts[0].item");
                });
    }

    @Test
    void build_baseQuantityTrailingZeros_equalsNormalised() {
        Bom a = Bom.builder().item(id("A")).baseQuantity(d("2.00")).build();
        Bom b = Bom.builder().item(id("A")).baseQuantity(d("2")).build();
        assertThat(a).isEqualTo(b);
    }
}
