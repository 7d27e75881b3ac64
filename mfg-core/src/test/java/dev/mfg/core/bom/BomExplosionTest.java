package dev.mfg.core.bom;

import static dev.mfg.core.bom.BomFixtures.CARTON;
import static dev.mfg.core.bom.BomFixtures.CUP;
import static dev.mfg.core.bom.BomFixtures.CUT;
import static dev.mfg.core.bom.BomFixtures.DAY;
import static dev.mfg.core.bom.BomFixtures.DECOR_SHEET;
import static dev.mfg.core.bom.BomFixtures.DISH;
import static dev.mfg.core.bom.BomFixtures.POWDER;
import static dev.mfg.core.bom.BomFixtures.SET;
import static dev.mfg.core.bom.BomFixtures.SHEET;
import static dev.mfg.core.bom.BomFixtures.bom;
import static dev.mfg.core.bom.BomFixtures.d;
import static dev.mfg.core.bom.BomFixtures.id;
import static dev.mfg.core.bom.BomFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.error.CyclicBomException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.LimitExceededException;
import dev.mfg.core.error.UnitConversionException;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.quantity.UomConversion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;

class BomExplosionTest {
    private static final BomExplosion ENGINE = BomExplosion.create();
    private static final ExplosionOptions DEFAULTS = ExplosionOptions.defaults();

    private static Explosion explode(BomCatalog c, String item, String qty) {
        return ENGINE.explode(c, id(item), d(qty), DAY, DEFAULTS);
    }

    private static BigDecimal qty(Explosion e, ItemId item) {
        return e.requirement(item).orElseThrow().quantity();
    }

    private static Bom phantom(String item, BomLine... lines) {
        return Bom.builder().item(id(item)).type(BomType.PHANTOM).lines(Lists.immutable.of(lines)).build();
    }

    @Test
    void explode_melamineOneSet_handComputedTotals() {
        Explosion e = ENGINE.explode(BomFixtures.melamineCatalog(), SET, BigDecimal.ONE, DAY, DEFAULTS);
        // Level 1: 6 dishes, 6 cups, 1 carton. Level 2: 6 cutouts (6 × 1);
        // powder = 6 × 0.15 × 1.03 + 6 × 0.05 × 1.02 = 0.927 + 0.306 = 1.233 KG.
        // Level 3: sheet = 6 × 1 × 0.25 × 1.15 = 1.725 SHEET.
        assertThat(e.requirements()).extracting(Requirement::item, r -> r.quantity().toPlainString(),
                Requirement::uom, Requirement::lowLevelCode).containsExactly(
                tuple(CARTON, "1", Uom.EA, 1), tuple(CUP, "6", Uom.EA, 1), tuple(DISH, "6", Uom.EA, 1),
                tuple(CUT, "6", Uom.EA, 2), tuple(POWDER, "1.233", Uom.KG, 2),
                tuple(DECOR_SHEET, "1.725", SHEET, 3));
    }

    @Test
    void explode_melamineTenSets_handComputedTotals() {
        Explosion e = explode(BomFixtures.melamineCatalog(), "SET-50", "10");
        // 10 × the one-set figures: 60 dishes, 60 cups, 10 cartons, 60 cutouts, 12.33 KG, 17.25 SHEET.
        assertThat(qty(e, DISH)).isEqualByComparingTo("60");
        assertThat(qty(e, CARTON)).isEqualByComparingTo("10");
        assertThat(qty(e, CUT)).isEqualByComparingTo("60");
        assertThat(qty(e, POWDER)).isEqualByComparingTo("12.33");
        assertThat(qty(e, DECOR_SHEET)).isEqualByComparingTo("17.25");
        assertThat(e.item()).isEqualTo(SET);
        assertThat(e.quantity()).isEqualByComparingTo("10");
    }

    @Test
    void explode_dishOnly_powderPerDishIs0point927Per6() {
        // 1 dish: 0.15 × 1.03 = 0.1545 KG; codes are relative to the exploded item.
        Explosion e = explode(BomFixtures.melamineCatalog(), "DISH-L", "1");
        assertThat(qty(e, POWDER)).isEqualByComparingTo("0.1545");
        assertThat(e.requirement(POWDER).orElseThrow().lowLevelCode()).isEqualTo(1);
        assertThat(e.requirement(CUP)).isEmpty();
    }

    @Test
    void explode_leafItem_noRows() {
        assertThat(explode(BomFixtures.melamineCatalog(), "POWDER", "5").requirements()).isEmpty();
    }

    @Test
    void explode_phantom_inlinedAndNotListed() {
        // A = 2 P; P (phantom) = 3 B + 1 C (10 % scrap): B = 2 × 3 = 6, C = 2 × 1 × 1.1 = 2.2.
        BomCatalog c = BomCatalog.of(List.of(bom("A", line(10, "P", "2")),
                phantom("P", line(10, "B", "3"), line(20, id("C"), "1", Uom.EA).scrapPercent(d("10")).build())));
        Explosion e = explode(c, "A", "1");
        assertThat(e.requirements()).extracting(Requirement::item, r -> r.quantity().toPlainString(),
                Requirement::lowLevelCode).containsExactly(tuple(id("B"), "6", 2), tuple(id("C"), "2.2", 2));
    }

    @Test
    void explode_nestedPhantoms_composeLikeInlinedLines() {
        // A = 2 P1; P1 (base 2) = 4 P2; P2 = 5 X: X = 2 × 4 / 2 × 5 = 20.
        Bom p1 = Bom.builder().item(id("P1")).type(BomType.PHANTOM).baseQuantity(d("2"))
                .lines(Lists.immutable.of(line(10, "P2", "4"))).build();
        BomCatalog c = BomCatalog.of(List.of(bom("A", line(10, "P1", "2")), p1, phantom("P2", line(10, "X", "5"))));
        assertThat(explode(c, "A", "1").requirements()).extracting(Requirement::item, Requirement::quantity)
                .containsExactly(tuple(id("X"), d("20")));
    }

    @Test
    void explode_phantomRoot_explodesItsComponents() {
        BomCatalog c = BomCatalog.of(List.of(phantom("P", line(10, "B", "3"))));
        assertThat(qty(explode(c, "P", "2"), id("B"))).isEqualByComparingTo("6");
    }

    @Test
    void explode_costOnlyLine_excludedUnlessAsked() {
        BomCatalog c = BomCatalog.of(List.of(bom("A", line(10, "B", "1"),
                line(20, id("GLAZE"), "0.01", Uom.L).costOnly(true).build())));
        assertThat(explode(c, "A", "1").requirement(id("GLAZE"))).isEmpty();
        Explosion all = ENGINE.explode(c, id("A"), d("100"), DAY,
                ExplosionOptions.builder().includeCostOnly(true).build());
        assertThat(qty(all, id("GLAZE"))).isEqualByComparingTo("1");
    }

    @Test
    void explode_optionalLine_excludedUnlessAsked() {
        BomCatalog c = BomCatalog.of(List.of(bom("A", line(10, "B", "1"),
                line(20, id("GIFT"), "1", Uom.EA).optional(true).build())));
        assertThat(explode(c, "A", "3").requirement(id("GIFT"))).isEmpty();
        Explosion all = ENGINE.explode(c, id("A"), d("3"), DAY,
                ExplosionOptions.builder().includeOptional(true).build());
        assertThat(qty(all, id("GIFT"))).isEqualByComparingTo("3");
    }

    @Test
    void explode_lineEffectivity_onlyLinesInForce() {
        LocalDate june = LocalDate.of(2026, 6, 1);
        BomCatalog c = BomCatalog.of(List.of(bom("A",
                line(10, id("OLD"), "1", Uom.EA).effectivity(Effectivity.until(june)).build(),
                line(20, id("NEW"), "1", Uom.EA).effectivity(Effectivity.from(june)).build())));
        assertThat(explode(c, "A", "1").requirements()).extracting(Requirement::item).containsExactly(id("OLD"));
        assertThat(ENGINE.explode(c, id("A"), d("1"), june, DEFAULTS).requirements())
                .extracting(Requirement::item).containsExactly(id("NEW"));
    }

    @Test
    void explode_bomVersionsByDate_usesVersionInForce() {
        LocalDate june = LocalDate.of(2026, 6, 1);
        Bom v1 = Bom.builder().item(id("A")).version("1").effectivity(Effectivity.until(june))
                .lines(Lists.immutable.of(line(10, "B", "2"))).build();
        Bom v2 = Bom.builder().item(id("A")).version("2").effectivity(Effectivity.from(june))
                .lines(Lists.immutable.of(line(10, "B", "3"))).build();
        BomCatalog c = BomCatalog.of(List.of(v1, v2));
        assertThat(qty(explode(c, "A", "1"), id("B"))).isEqualByComparingTo("2");
        assertThat(qty(ENGINE.explode(c, id("A"), d("1"), june, DEFAULTS), id("B"))).isEqualByComparingTo("3");
    }

    @Test
    void explode_batchLine_oncePerOrder() {
        // 10 A: B = 10 × 4 = 40 (UNIT); S = 1 × 1.5 (BATCH, 50 % scrap... here 0) once = 1.
        BomCatalog c = BomCatalog.of(List.of(bom("A", line(10, "B", "4"),
                line(20, id("S"), "1", Uom.EA).per(QuantityBasis.BATCH).build())));
        Explosion e = explode(c, "A", "10");
        assertThat(qty(e, id("B"))).isEqualByComparingTo("40");
        assertThat(qty(e, id("S"))).isEqualByComparingTo("1");
    }

    @Test
    void explode_batchLineReachedTwice_countsOncePerItemTotal() {
        // A = X + Y; X = Z; Y = Z; Z has a BATCH line of 2 S. Explode 5 A: Z = 10, S = 2 (Z's total is one order).
        BomCatalog c = BomCatalog.of(List.of(bom("A", line(10, "X", "1"), line(20, "Y", "1")),
                bom("X", line(10, "Z", "1")), bom("Y", line(10, "Z", "1")),
                bom("Z", line(10, id("S"), "2", Uom.EA).per(QuantityBasis.BATCH).build())));
        Explosion e = explode(c, "A", "5");
        assertThat(qty(e, id("Z"))).isEqualByComparingTo("10");
        assertThat(qty(e, id("S"))).isEqualByComparingTo("2");
    }

    @Test
    void explode_baseQuantityThree_noRoundingBetweenLevels() {
        // A (base 3) = 1 B; B = 3 C. 1 A: B = 1/3 (34 digits), C = 3 × 1/3 = 1 exactly.
        Bom a = Bom.builder().item(id("A")).baseQuantity(d("3")).lines(Lists.immutable.of(line(10, "B", "1")))
                .build();
        Explosion e = explode(BomCatalog.of(List.of(a, bom("B", line(10, "C", "3")))), "A", "1");
        assertThat(qty(e, id("B"))).isEqualTo(d("0.3333333333333333333333333333333333"));
        assertThat(qty(e, id("C"))).isEqualTo(d("1"));
    }

    @Test
    void explode_scrapCompoundsLevelByLevel() {
        // A = 1 B (10 %); B = 2 C (5 %): C = 1 × 1.1 × 2 × 1.05 = 2.31.
        BomCatalog c = BomCatalog.of(List.of(bom("A", line(10, id("B"), "1", Uom.EA).scrapPercent(d("10")).build()),
                bom("B", line(10, id("C"), "2", Uom.EA).scrapPercent(d("5")).build())));
        assertThat(qty(explode(c, "A", "1"), id("C"))).isEqualByComparingTo("2.31");
    }

    @Test
    void explode_itemMaster_convertsToBaseUnit() {
        // 150 G of powder whose item is in KG: 0.15 KG. 2 SHEET of a sheet kept in KG (1 SHEET = 0.02 KG): 0.04 KG.
        Item powder = Item.builder().id(POWDER).uom(Uom.KG).procurement(Procurement.BUY).build();
        Item sheet = Item.builder().id(DECOR_SHEET).uom(Uom.KG).procurement(Procurement.BUY)
                .conversions(Lists.immutable.of(UomConversion.of(SHEET, d("0.02"), Uom.KG))).build();
        BomCatalog c = BomCatalog.of(List.of(bom("A", line(10, POWDER, "150", Uom.G).build(),
                line(20, DECOR_SHEET, "2", SHEET).build())));
        Explosion e = ENGINE.explode(c, id("A"), BigDecimal.ONE, DAY,
                ExplosionOptions.builder().itemMaster(List.of(powder, sheet)).build());
        assertThat(e.requirements()).extracting(Requirement::item, Requirement::quantity, Requirement::uom)
                .containsExactly(tuple(DECOR_SHEET, d("0.04"), Uom.KG), tuple(POWDER, d("0.15"), Uom.KG));
    }

    @Test
    void explode_mixedUnitsWithoutItemMaster_usesFirstLinesUnit() {
        // A: 1 KG + 500 G of X: the line with the smallest (parent, lineNo) is in KG, so 1.5 KG.
        BomCatalog c = BomCatalog.of(List.of(bom("A", line(20, id("X"), "500", Uom.G).build(),
                line(10, id("X"), "1", Uom.KG).build())));
        Explosion e = explode(c, "A", "1");
        assertThat(e.requirements()).extracting(Requirement::quantity, Requirement::uom)
                .containsExactly(tuple(d("1.5"), Uom.KG));
    }

    @Test
    void explode_incompatibleUnits_unitConversionException() {
        BomCatalog c = BomCatalog.of(List.of(bom("A", line(10, id("X"), "1", Uom.KG).build(),
                line(20, id("X"), "2", Uom.EA).build())));
        assertThatThrownBy(() -> explode(c, "A", "1"))
                .isInstanceOfSatisfying(UnitConversionException.class, e -> {
                    assertThat(e.rule()).isEqualTo("UOM_INCOMPATIBLE");
                    assertThat(e.path()).isEqualTo("bom[A@1].line[20].uom");
                });
    }

    @Test
    void explode_negativeQuantity_qtyNegative() {
        assertThatThrownBy(() -> explode(BomFixtures.melamineCatalog(), "SET-50", "-1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("QTY_NEGATIVE");
                    assertThat(e.path()).isEqualTo("explode[SET-50].quantity");
                });
    }

    @Test
    void explode_absurdQuantity_limitExceeded() {
        assertThatThrownBy(() -> explode(BomFixtures.melamineCatalog(), "SET-50", "1e-100000000"))
                .isInstanceOf(LimitExceededException.class);
    }

    @Test
    void explode_zeroQuantity_allZero() {
        Explosion e = explode(BomFixtures.melamineCatalog(), "SET-50", "0");
        assertThat(e.requirements()).hasSize(6).allSatisfy(r -> assertThat(r.quantity()).isZero());
    }

    @Test
    void explode_unvalidatedCycle_cyclicBomNotStackOverflow() {
        BomCatalog c = BomCatalog.unvalidated(List.of(bom("A", line(10, "B", "1")), bom("B", line(10, "C", "1")),
                bom("C", line(10, "A", "1"))));
        assertThatThrownBy(() -> explode(c, "A", "1"))
                .isInstanceOfSatisfying(CyclicBomException.class, e -> {
                    assertThat(e.cycle()).containsExactly("A", "B", "C", "A");
                    assertThat(e.path()).isEqualTo("bom[C@1].line[10].component");
                });
    }

    @Test
    void explode_includedCostOnlySelfReference_cyclicBom() {
        BomCatalog c = BomCatalog.of(List.of(bom("A", line(10, "B", "1")),
                bom("B", line(10, id("A"), "1", Uom.EA).costOnly(true).build())));
        assertThatThrownBy(() -> ENGINE.explode(c, id("A"), d("1"), DAY,
                ExplosionOptions.builder().includeCostOnly(true).build()))
                .isInstanceOfSatisfying(CyclicBomException.class,
                        e -> assertThat(e.cycle()).containsExactly("A", "B", "A"));
    }

    @Test
    void explode_moreItemsThanMaxLines_limitExceeded() {
        BomCatalog c = BomCatalog.of(List.of(bom("A", line(10, "B", "1"), line(20, "C", "1"), line(30, "D", "1"))));
        ExplosionOptions two = ExplosionOptions.builder().maxLines(2).build();
        assertThatThrownBy(() -> ENGINE.explode(c, id("A"), d("1"), DAY, two))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    assertThat(e.limitName()).isEqualTo("maxExplodedLines");
                    assertThat(e.path()).isEqualTo("explode[A]");
                });
        ExplosionOptions three = ExplosionOptions.builder().maxLines(3).build();
        assertThat(ENGINE.explode(c, id("A"), d("1"), DAY, three).requirements()).hasSize(3);
    }

    @Test
    void explode_deeperThanMaxDepth_limitExceeded() {
        BomCatalog c = BomCatalog.of(LowLevelCodesTest.chain(1_001));
        assertThatThrownBy(() -> explode(c, "C0", "1"))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    assertThat(e.limitName()).isEqualTo("maxBomDepth");
                    assertThat(e.limit()).isEqualTo("1000");
                    assertThat(e.actual()).isEqualTo("1001");
                });
    }

    @Test
    void options_nonPositiveLimits_limitRule() {
        assertThatThrownBy(() -> ExplosionOptions.builder().maxDepth(0).build())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.path()).isEqualTo("explosionOptions.maxDepth"));
    }

    @Test
    void explode_tenThousandLevelChain_noStackOverflow() {
        BomCatalog c = BomCatalog.of(LowLevelCodesTest.chain(10_000));
        Explosion e = ENGINE.explode(c, id("C0"), d("3"), DAY, ExplosionOptions.builder().maxDepth(10_000).build());
        assertThat(e.requirements()).hasSize(10_000);
        assertThat(e.requirements().getLast()).isEqualTo(new Requirement(id("C10000"), d("3"), Uom.EA, 10_000));
    }

    static List<Bom> diamond(int levels) {
        // D(i) = L(i) + R(i); L(i) = D(i+1); R(i) = D(i+1): 2^levels paths from D0 to D(levels).
        List<Bom> boms = new ArrayList<>();
        for (int i = 0; i < levels; i++) {
            boms.add(bom("D" + i, line(10, "L" + i, "1"), line(20, "R" + i, "1")));
            boms.add(bom("L" + i, line(10, "D" + (i + 1), "1")));
            boms.add(bom("R" + i, line(10, "D" + (i + 1), "1")));
        }
        return boms;
    }

    @Test
    void explode_fortyLevelDiamond_exactTotalWithoutEnumeratingPaths() {
        // 2 D0: D40 = 2 × 2^40 = 2,199,023,255,552; L39 = 2 × 2^39.
        Explosion e = explode(BomCatalog.of(diamond(40)), "D0", "2");
        assertThat(e.requirements()).hasSize(120);
        assertThat(qty(e, id("D40"))).isEqualTo(d("2199023255552"));
        assertThat(qty(e, id("L39"))).isEqualTo(d("1099511627776"));
        assertThat(e.requirement(id("D40")).orElseThrow().lowLevelCode()).isEqualTo(80);
    }

    @Test
    void explodeTree_melamine_depthFirstRowsWithParents() {
        ImmutableList<TreeRow> rows = ENGINE.explodeTree(BomFixtures.melamineCatalog(), SET, BigDecimal.ONE, DAY,
                DEFAULTS);
        // Hand-derived: DISH 6 → POWDER 6 × 0.15 × 1.03 = 0.927, CUT 6 → SHEET 6 × 0.25 × 1.15 = 1.725;
        // CUP 6 → POWDER 6 × 0.05 × 1.02 = 0.306; CARTON 1.
        assertThat(rows).extracting(TreeRow::level, TreeRow::parentRow, TreeRow::component,
                r -> r.quantity().toPlainString()).containsExactly(
                tuple(1, -1, DISH, "6"), tuple(2, 0, POWDER, "0.927"), tuple(2, 0, CUT, "6"),
                tuple(3, 2, DECOR_SHEET, "1.725"), tuple(1, -1, CUP, "6"), tuple(2, 4, POWDER, "0.306"),
                tuple(1, -1, CARTON, "1"));
        assertThat(rows.get(3).parent()).isEqualTo(CUT);
        assertThat(rows.get(6).line().operation()).hasValue(90);
    }

    @Test
    void explodeTree_phantom_flaggedAndExpanded() {
        BomCatalog c = BomCatalog.of(List.of(bom("A", line(10, "P", "2")), phantom("P", line(10, "B", "3"))));
        ImmutableList<TreeRow> rows = ENGINE.explodeTree(c, id("A"), BigDecimal.ONE, DAY, DEFAULTS);
        assertThat(rows).extracting(TreeRow::component, TreeRow::quantity, TreeRow::phantom)
                .containsExactly(tuple(id("P"), d("2"), true), tuple(id("B"), d("6"), false));
    }

    @Test
    void explodeTree_batchLineTwoPaths_oneRowPerOccurrence() {
        BomCatalog c = BomCatalog.of(List.of(bom("A", line(10, "X", "1"), line(20, "Y", "1")),
                bom("X", line(10, "Z", "1")), bom("Y", line(10, "Z", "1")),
                bom("Z", line(10, id("S"), "2", Uom.EA).per(QuantityBasis.BATCH).build())));
        ImmutableList<TreeRow> rows = ENGINE.explodeTree(c, id("A"), d("5"), DAY, DEFAULTS);
        assertThat(rows.select(r -> r.component().equals(id("S")))).extracting(TreeRow::quantity)
                .containsExactly(d("2"), d("2"));
    }

    @Test
    void explodeTree_diamondPathsAboveMaxLines_throwsBeforeBuilding() {
        assertThatThrownBy(() -> ENGINE.explodeTree(BomCatalog.of(diamond(40)), id("D0"), d("1"), DAY, DEFAULTS))
                .isInstanceOfSatisfying(LimitExceededException.class,
                        e -> assertThat(e.limitName()).isEqualTo("maxExplodedLines"));
    }

    @Test
    void explodeTree_tenThousandLevelChain_iterative() {
        ImmutableList<TreeRow> rows = ENGINE.explodeTree(BomCatalog.of(LowLevelCodesTest.chain(10_000)), id("C0"),
                d("1"), DAY, ExplosionOptions.builder().maxDepth(10_000).build());
        assertThat(rows).hasSize(10_000);
        assertThat(rows.getLast().level()).isEqualTo(10_000);
        assertThat(rows.getLast().parentRow()).isEqualTo(9_998);
    }

    @Test
    void explodeTree_deeperThanDefault_maxBomDepth() {
        assertThatThrownBy(() -> ENGINE.explodeTree(BomCatalog.of(LowLevelCodesTest.chain(1_500)), id("C0"),
                d("1"), DAY, DEFAULTS))
                .isInstanceOfSatisfying(LimitExceededException.class,
                        e -> assertThat(e.limitName()).isEqualTo("maxBomDepth"));
    }
}
