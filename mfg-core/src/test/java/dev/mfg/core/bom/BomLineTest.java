package dev.mfg.core.bom;

import static dev.mfg.core.bom.BomFixtures.d;
import static dev.mfg.core.bom.BomFixtures.id;
import static dev.mfg.core.bom.BomFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

class BomLineTest {

    @Test
    void builder_minimal_hasDocumentedDefaults() {
        BomLine l = line(10, id("A"), "2", Uom.EA).build();
        assertThat(l.scrapPercent()).isEqualByComparingTo("0");
        assertThat(l.issueType()).isEqualTo(IssueType.MANUAL);
        assertThat(l.issueLevel()).isEqualTo(IssueLevel.PER_ORDER);
        assertThat(l.per()).isEqualTo(QuantityBasis.UNIT);
        assertThat(l.costOnly()).isFalse();
        assertThat(l.optional()).isFalse();
        assertThat(l.substitutes()).isEmpty();
        assertThat(l.effectivity()).isEqualTo(Effectivity.ALWAYS);
        assertThat(l.operation()).isEmpty();
        assertThat(l.notes()).isEmpty();
    }

    @Test
    void quantityFor_seed003Pla_is388point5Grams() {
        // Seed 003: 37 g per unit, 10 units, 5 % scrap: 37 × 10 = 370; 370 × 1.05 = 388.5 g.
        BomLine pla = line(10, id("MAT-PLA-BLK"), "37", Uom.G).scrapPercent(d("5")).build();
        assertThat(pla.quantityFor(d("10"), BigDecimal.ONE)).isEqualByComparingTo("388.5");
    }

    @Test
    void quantityFor_baseQuantity_dividesByBase() {
        // 4 per base 8 of parent, 10 parents: 10 × 4 / 8 = 5.
        BomLine l = line(10, id("A"), "4", Uom.EA).build();
        assertThat(l.quantityFor(d("10"), d("8"))).isEqualByComparingTo("5");
    }

    @Test
    void quantityFor_batchLine_isOncePerOrder() {
        // BATCH: 2 × 1.10 = 2.2 whatever the parent quantity.
        BomLine l = line(10, id("A"), "2", Uom.EA).per(QuantityBasis.BATCH).scrapPercent(d("10")).build();
        assertThat(l.quantityFor(d("1"), d("5"))).isEqualByComparingTo("2.2");
        assertThat(l.quantityFor(d("1000"), d("5"))).isEqualByComparingTo("2.2");
    }

    @Test
    void quantityFor_orderLineWithZeroParent_isZero() {
        BomLine l = line(10, id("A"), "2", Uom.EA).per(QuantityBasis.ORDER).build();
        assertThat(l.quantityFor(BigDecimal.ZERO, BigDecimal.ONE)).isEqualByComparingTo("0");
    }

    @Test
    void quantityFor_nonTerminating_rounds34Digits() {
        // 1 / 3 = 0.333... (34 significant digits, half-even).
        BomLine l = line(10, id("A"), "1", Uom.EA).build();
        assertThat(l.quantityFor(BigDecimal.ONE, d("3")))
                .isEqualTo(d("0.3333333333333333333333333333333333"));
    }

    @Test
    void quantityFor_nonPositiveBase_throws() {
        BomLine l = line(10, id("A"), "1", Uom.EA).build();
        assertThatThrownBy(() -> l.quantityFor(BigDecimal.ONE, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void build_negativeQuantity_qtyNegative() {
        assertThatThrownBy(() -> line(20, id("A"), "-1", Uom.EA).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("QTY_NEGATIVE");
                    assertThat(e.path()).isEqualTo("line[20].quantity");
                });
    }

    @Test
    void build_zeroQuantityNotOptional_lineQtyZero() {
        assertThatThrownBy(() -> line(20, id("A"), "0", Uom.EA).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("LINE_QTY_ZERO");
                    assertThat(e.path()).isEqualTo("line[20].quantity");
                });
    }

    @Test
    void build_zeroQuantityOptional_isAccepted() {
        assertThat(line(20, id("A"), "0", Uom.EA).optional(true).build().quantity()).isEqualByComparingTo("0");
    }

    @Test
    void build_negativeScrap_scrapOutOfRange() {
        assertThatThrownBy(() -> line(30, id("A"), "1", Uom.EA).scrapPercent(d("-0.5")).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("SCRAP_OUT_OF_RANGE");
                    assertThat(e.path()).isEqualTo("line[30].scrapPercent");
                });
    }

    @Test
    void build_scrapHundred_scrapOutOfRange() {
        assertThatThrownBy(() -> line(30, id("A"), "1", Uom.EA).scrapPercent(d("100")).build())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("SCRAP_OUT_OF_RANGE"));
    }

    @Test
    void build_quantityScaleTooLarge_limitExceeded() {
        assertThatThrownBy(() -> line(10, id("A"), "0.0000001", Uom.EA).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("SCALE_EXCEEDED");
                    assertThat(e.path()).isEqualTo("line[10].quantity");
                });
    }

    @Test
    void build_absurdQuantity_rejectedBeforeArithmetic() {
        // Collected with the other problems of the line, so it surfaces as the MAGNITUDE_EXCEEDED problem.
        assertThatThrownBy(() -> line(10, id("A"), "1e999999999", Uom.EA).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("MAGNITUDE_EXCEEDED");
                    assertThat(e.path()).isEqualTo("line[10].quantity");
                });
    }

    @Test
    void build_lineNoZero_valueMissing() {
        assertThatThrownBy(() -> line(0, id("A"), "1", Uom.EA).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("VALUE_MISSING");
                    assertThat(e.path()).isEqualTo("line[0].lineNo");
                });
    }

    @Test
    void build_operationZero_valueMissing() {
        assertThatThrownBy(() -> line(10, id("A"), "1", Uom.EA).operation(0).build())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.path()).isEqualTo("line[10].operation"));
    }

    @Test
    void build_substituteEqualToComponent_idDuplicate() {
        assertThatThrownBy(() -> line(10, id("A"), "1", Uom.EA)
                .substitutes(Lists.immutable.of(Substitute.of(id("A"), d("1"), 1))).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("ID_DUPLICATE");
                    assertThat(e.path()).isEqualTo("line[10].substitutes[0].component");
                });
    }

    @Test
    void build_severalProblems_reportsAllAtOnce() {
        assertThatThrownBy(() -> line(10, id("A"), "-1", Uom.EA).scrapPercent(d("150")).build())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.rule())
                                .containsExactly("QTY_NEGATIVE", "SCRAP_OUT_OF_RANGE"));
    }

    @Test
    void build_trailingZeros_equalsRegardlessOfScale() {
        BomLine a = line(10, id("A"), "1.50", Uom.EA).scrapPercent(d("3.0")).build();
        BomLine b = line(10, id("A"), "1.5", Uom.EA).scrapPercent(d("3")).build();
        assertThat(a).isEqualTo(b);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }

    @Test
    void scrapFactor_threePercent_is1point03() {
        assertThat(line(10, id("A"), "1", Uom.EA).scrapPercent(d("3")).build().scrapFactor())
                .isEqualByComparingTo("1.03");
    }
}
