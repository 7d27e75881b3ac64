package dev.mfg.costing;

import static dev.mfg.costing.Fx.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.BomStatus;
import dev.mfg.core.bom.BomType;
import dev.mfg.core.bom.QuantityBasis;
import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.error.CyclicBomException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.item.Item;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.routing.Routing;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Maps;
import org.junit.jupiter.api.Test;

/** Structure, what-if, gaps and bad input of the rollup; expected numbers derived by hand in comments. */
class CostRollupTest {
    static final CostRollup ROLLUP = CostRollup.create();

    static BomLine flagged(int no, String c, String qty, QuantityBasis per, boolean costOnly, boolean optional) {
        return BomLine.builder().lineNo(no).component(id(c)).quantity(d(qty)).uom(Uom.EA).per(per).costOnly(costOnly)
                .optional(optional).build();
    }

    /**
     * TOP = 2 SUB + 1 PH (phantom) + PACK (BATCH 10 per lot) + ROYALTY (cost-only) + GIFT (optional).
     * SUB = 3 A with 10 % scrap (A 1.00) = 3.3; PH = 2 B (B 0.75) = 1.5.
     */
    static MasterData multiLevel() {
        return MasterData.builder()
                .items(Lists.immutable.of(make("TOP", Uom.EA), make("SUB", Uom.EA), make("PH", Uom.EA),
                        buy("A", Uom.EA, "1.00", Uom.EA), buy("B", Uom.EA, "0.75", Uom.EA),
                        buy("PACK", Uom.EA, "0.50", Uom.EA), buy("ROYALTY", Uom.EA, "0.25", Uom.EA),
                        buy("GIFT", Uom.EA, "100", Uom.EA)))
                .boms(Lists.immutable.of(
                        Bom.builder().item(id("TOP")).lines(Lists.immutable.of(line(10, "SUB", "2", Uom.EA),
                                line(20, "PH", "1", Uom.EA),
                                flagged(30, "PACK", "10", QuantityBasis.BATCH, false, false),
                                flagged(40, "ROYALTY", "1", QuantityBasis.UNIT, true, false),
                                flagged(50, "GIFT", "1", QuantityBasis.UNIT, false, true))).build(),
                        Bom.builder().item(id("SUB")).lines(Lists.immutable.of(line(10, "A", "3", Uom.EA, "10"))).build(),
                        Bom.builder().item(id("PH")).type(BomType.PHANTOM)
                                .lines(Lists.immutable.of(line(10, "B", "2", Uom.EA))).build()))
                .build();
    }

    @Test
    void rollUp_multiLevel_subAssemblyPhantomBatchCostOnly() {
        CostReport r = ROLLUP.rollUp(multiLevel(), id("TOP"), opts("10"));
        // 2 x 3.3 + 1.5 + 10 x 0.50 / 10 + 0.25 = 6.6 + 1.5 + 0.5 + 0.25 = 8.85; the optional GIFT adds nothing.
        assertThat(r.unitCost().amount()).isEqualByComparingTo("8.85");
        assertThat(r.unassignedMaterials()).extracting(MaterialCost::component)
                .containsExactly(id("SUB"), id("PH"), id("PACK"), id("ROYALTY"));
        assertThat(r.unassignedMaterials().get(2).quantityPerUnit()).isEqualByComparingTo("1");
        assertThat(r.unassignedMaterials().get(3).costOnly()).isTrue();
        assertThat(r.componentCosts()).extracting(ComponentCost::item)
                .containsExactly(id("A"), id("B"), id("PACK"), id("PH"), id("ROYALTY"), id("SUB"));
        assertThat(r.componentCosts().detect(c -> c.item().equals(id("SUB"))).unitCost().price().amount())
                .isEqualByComparingTo("3.3");
        assertThat(r.isComplete()).isTrue();
    }

    @Test
    void rollUp_includeOptional_addsOptionalLine() {
        CostReport r = ROLLUP.rollUp(multiLevel(), id("TOP"), opts().lotSize(d("10")).includeOptional(true).build());
        // 8.85 + 100 = 108.85.
        assertThat(r.unitCost().amount()).isEqualByComparingTo("108.85");
    }

    @Test
    void rollUp_batchLine_dividedByLotSize() {
        CostReport r1 = ROLLUP.rollUp(multiLevel(), id("TOP"), opts("1"));
        CostReport r4 = ROLLUP.rollUp(multiLevel(), id("TOP"), opts("4"));
        // PACK 10 x 0.50 = 5.00 per lot: L=1 → 5.00, L=4 → 1.25. Rest 8.35.
        assertThat(r1.unitCost().amount()).isEqualByComparingTo("13.35");
        assertThat(r4.unitCost().amount()).isEqualByComparingTo("9.60");
    }

    @Test
    void rollUp_defaultLotSize_isOneWithoutItemLotSize() {
        assertThat(ROLLUP.rollUp(multiLevel(), id("TOP"), opts().build()).lotSize()).isEqualByComparingTo("1");
    }

    @Test
    void rollUp_componentOnTwoPaths_costedOnceSameValue() {
        // A used by SUB and directly by TOP2: both paths use A = 1.00.
        MasterData data = MasterData.builder().from(multiLevel())
                .items(Lists.immutable.withAll(multiLevel().items()).newWith(make("TOP2", Uom.EA)))
                .boms(Lists.immutable.withAll(multiLevel().boms()).newWith(Bom.builder().item(id("TOP2"))
                        .lines(Lists.immutable.of(line(10, "SUB", "1", Uom.EA), line(20, "A", "2", Uom.EA))).build()))
                .build();
        // 3.3 + 2 x 1.00 = 5.3.
        CostReport r = ROLLUP.rollUp(data, id("TOP2"), opts().build());
        assertThat(r.unitCost().amount()).isEqualByComparingTo("5.3");
        assertThat(r.componentCosts()).extracting(ComponentCost::item).containsExactly(id("A"), id("SUB"));
    }

    @Test
    void rollUp_boughtTopItem_isItsStandardCostConverted() {
        // PEWTER is kept per KG at 8.00 and counted in G: one G costs 0.008.
        MasterData data = MasterData.builder().items(Lists.immutable.of(buy("PEWTER", Uom.G, "8.00", Uom.KG))).build();
        CostReport r = ROLLUP.rollUp(data, id("PEWTER"), opts().build());
        assertThat(r.unitCost().amount()).isEqualByComparingTo("0.008");
        assertThat(r.element(CostElement.MATERIAL).amount()).isEqualByComparingTo("0.008");
    }

    @Test
    void rollUp_routingWithBomLines_linesGoToNamedOrFirstOperation() {
        // BOM: A (no operation) → op 10; B names op 20 → op 20. (A line naming an absent operation is refused by core.)
        MasterData data = MasterData.builder()
                .items(Lists.immutable.of(make("P", Uom.EA), buy("A", Uom.EA, "1", Uom.EA), buy("B", Uom.EA, "2", Uom.EA),
                        buy("C", Uom.EA, "4", Uom.EA)))
                .workCenters(Lists.immutable.of(wc("W").build()))
                .routings(Lists.immutable.of(Routing.builder().item(id("P")).operations(Lists.immutable.of(
                        runOp(10, "W", "0", "1"), runOp(20, "W", "0", "1"))).build()))
                .boms(Lists.immutable.of(Bom.builder().item(id("P")).lines(Lists.immutable.of(line(1, "A", "1", Uom.EA),
                        BomLine.builder().from(line(2, "B", "1", Uom.EA)).operation(20).build())).build()))
                .build();
        CostReport r = ROLLUP.rollUp(data, id("P"), opts().build());
        assertThat(r.operations().get(0).materials()).extracting(MaterialCost::component).containsExactly(id("A"));
        assertThat(r.operations().get(1).material().amount()).isEqualByComparingTo("2");
        assertThat(r.unitCost().amount()).isEqualByComparingTo("3");
    }

    @Test
    void rollUp_operationMaterialSupersedesBomLineOfSameComponent() {
        // Operation 10 consumes 37 G of PLA; the plain BOM also lists 40 G: the operation's wins, no double count.
        MasterData data = MasterData.builder()
                .items(Lists.immutable.of(make("P", Uom.EA), buy("PLA", Uom.G, "0.02", Uom.G)))
                .workCenters(Lists.immutable.of(wc("W").build()))
                .routings(Lists.immutable.of(Routing.builder().item(id("P")).operations(Lists.immutable.of(
                        runOp(10, "W", "0", "1", line(1, "PLA", "37", Uom.G)))).build()))
                .boms(Lists.immutable.of(Bom.builder().item(id("P")).lines(Lists.immutable.of(line(1, "PLA", "40", Uom.G)))
                        .build()))
                .build();
        assertThat(ROLLUP.rollUp(data, id("P"), opts().build()).unitCost().amount()).isEqualByComparingTo("0.74");
    }

    @Test
    void rollUp_hourlyLabor_runTimeDividedByEfficiencySetupNot() {
        // 6 min per unit at 50 % efficiency = 12 min = 0.2 h x 30 = 6.00 labor; setup 30 min x 12/h / L 2 = 3.00.
        MasterData data = MasterData.builder().items(Lists.immutable.of(make("P", Uom.EA)))
                .workCenters(Lists.immutable.of(wc("W").efficiencyPercent(d("50")).utilizationPercent(d("40"))
                        .laborRatePerHour(d("30")).setupRatePerHour(d("12")).build()))
                .routings(Lists.immutable.of(Routing.builder().item(id("P"))
                        .operations(Lists.immutable.of(runOp(10, "W", "30", "6"))).build()))
                .build();
        CostReport r = ROLLUP.rollUp(data, id("P"), opts("2"));
        assertThat(r.element(CostElement.LABOR).amount()).isEqualByComparingTo("6.00");
        assertThat(r.element(CostElement.SETUP).amount()).isEqualByComparingTo("3.00");
        assertThat(r.operations().getOnly().effectiveRunMinutesPerUnit()).isEqualByComparingTo("12");
        assertThat(r.unitCost().amount()).isEqualByComparingTo("9.00"); // utilization changes nothing
    }

    @Test
    void rollUp_pieceRateByProduct_usesTheProductsRate() {
        MasterData data = MasterData.builder().items(Lists.immutable.of(make("BIG", Uom.EA)))
                .workCenters(Lists.immutable.of(wc("W").laborCalc(dev.mfg.core.resource.LaborCalc.PIECE_RATE)
                        .pieceRate(d("0.35")).pieceRates(Maps.immutable.of(id("BIG"), d("0.60"))).build()))
                .routings(Lists.immutable.of(Routing.builder().item(id("BIG"))
                        .operations(Lists.immutable.of(runOp(10, "W", "0", "1"))).build()))
                .build();
        assertThat(ROLLUP.rollUp(data, id("BIG"), opts().build()).element(CostElement.LABOR).amount())
                .isEqualByComparingTo("0.60");
    }

    @Test
    void rollUp_elementsAndOperationsSumToTheTotal() {
        CostReport r = ROLLUP.rollUp(CostRollupSeedTest.cup("60"), id("CUP"), opts().build());
        BigDecimal ops = r.operations().injectInto(BigDecimal.ZERO, (s, o) -> s.add(o.total().amount()));
        assertThat(ops).isEqualByComparingTo(r.jointUnitCost().amount());
        assertThat(r.jointUnitCost()).isEqualTo(r.unitCost());
        assertThat(r.elements().keysView()).containsExactly(CostElement.values());
    }

    // ------------------------------------------------------------------ what-if

    static MasterData versions() {
        Bom v1 = Bom.builder().item(id("P")).version("1").effectivity(Effectivity.of(LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 1, 1))).lines(Lists.immutable.of(line(1, "A", "1", Uom.EA))).build();
        Bom v2 = Bom.builder().item(id("P")).version("2").effectivity(Effectivity.from(LocalDate.of(2026, 1, 1)))
                .lines(Lists.immutable.of(line(1, "A", "2", Uom.EA))).build();
        Bom draft = Bom.builder().item(id("P")).version("3").status(BomStatus.DRAFT)
                .lines(Lists.immutable.of(line(1, "A", "5", Uom.EA))).build();
        return MasterData.builder().items(Lists.immutable.of(make("P", Uom.EA), buy("A", Uom.EA, "1.5", Uom.EA)))
                .boms(Lists.immutable.of(v1, v2, draft)).build();
    }

    @Test
    void rollUp_atAnEarlierDate_usesTheVersionInForceThen() {
        CostReport old = ROLLUP.rollUp(versions(), id("P"), opts().date(LocalDate.of(2025, 6, 1)).build());
        CostReport now = ROLLUP.rollUp(versions(), id("P"), opts().build());
        assertThat(old.unitCost().amount()).isEqualByComparingTo("1.5");
        assertThat(old.bomVersion()).contains("1");
        assertThat(now.unitCost().amount()).isEqualByComparingTo("3.0");
    }

    @Test
    void rollUp_bomVersionOverride_costsTheDraftWithoutChangingData() {
        MasterData data = versions();
        List<Bom> before = data.boms().castToList();
        CostReport r = ROLLUP.rollUp(data, id("P"), opts().bomVersion("3").build());
        // 5 x 1.5 = 7.5.
        assertThat(r.unitCost().amount()).isEqualByComparingTo("7.5");
        assertThat(r.bomVersion()).contains("3");
        assertThat(data.boms().castToList()).isEqualTo(before);
        assertThat(ROLLUP.rollUp(data, id("P"), opts().build()).unitCost().amount()).isEqualByComparingTo("3.0");
    }

    @Test
    void rollUp_unknownBomVersion_referenceUnknown() {
        assertThatThrownBy(() -> ROLLUP.rollUp(versions(), id("P"), opts().bomVersion("9").build()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("REFERENCE_UNKNOWN");
                    assertThat(e.path()).isEqualTo("costingOptions.bomVersion");
                    assertThat(e.getMessage()).contains("(9)");
                });
    }

    // ------------------------------------------------------------------ gaps

    @Test
    void rollUp_buyItemWithoutCost_isAGapNotAnException() {
        MasterData data = MasterData.builder().items(Lists.immutable.of(make("P", Uom.EA), buyNoCost("X", Uom.EA),
                buy("A", Uom.EA, "2", Uom.EA)))
                .boms(Lists.immutable.of(Bom.builder().item(id("P")).lines(Lists.immutable.of(line(1, "X", "1", Uom.EA),
                        line(2, "A", "1", Uom.EA))).build())).build();
        CostReport r = ROLLUP.rollUp(data, id("P"), opts().build());
        assertThat(r.isComplete()).isFalse();
        assertThat(r.gaps()).extracting(CostGap::item, CostGap::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id("X"), GapReason.MISSING_STANDARD_COST));
        assertThat(r.unitCost().amount()).isEqualByComparingTo("2"); // X's amount is left out, and listed
        assertThat(r.unassignedMaterials().getFirst().unitCost()).isEmpty();
    }

    @Test
    void rollUp_standardCostInAnotherCurrency_isACurrencyGap() {
        MasterData data = MasterData.builder().items(Lists.immutable.of(make("P", Uom.EA),
                buy("X", Uom.EA, "2", "USD", Uom.EA)))
                .boms(Lists.immutable.of(Bom.builder().item(id("P")).lines(Lists.immutable.of(line(1, "X", "1", Uom.EA)))
                        .build())).build();
        CostReport r = ROLLUP.rollUp(data, id("P"), opts().build());
        assertThat(r.gaps()).extracting(CostGap::reason).containsExactly(GapReason.CURRENCY_MISMATCH);
        assertThat(r.gaps().getOnly().message()).contains("USD").contains("EGP");
        assertThat(r.isComplete()).isFalse();
    }

    @Test
    void rollUp_costUnitNotConvertibleToLineUnit_isAUnitGap() {
        // X counted in EA but costed per M: no conversion from EA to M.
        MasterData data = MasterData.builder().items(Lists.immutable.of(make("P", Uom.EA), buy("X", Uom.EA, "2", Uom.M)))
                .boms(Lists.immutable.of(Bom.builder().item(id("P")).lines(Lists.immutable.of(line(1, "X", "1", Uom.EA)))
                        .build())).build();
        CostReport r = ROLLUP.rollUp(data, id("P"), opts().build());
        assertThat(r.gaps()).extracting(CostGap::reason).containsExactly(GapReason.UNIT_NOT_CONVERTIBLE);
    }

    @Test
    void rollUp_makeItemWithNoStructureNoCost_isAGap() {
        MasterData data = MasterData.builder().items(Lists.immutable.of(make("P", Uom.EA), make("S", Uom.EA)))
                .boms(Lists.immutable.of(Bom.builder().item(id("P")).lines(Lists.immutable.of(line(1, "S", "1", Uom.EA)))
                        .build())).build();
        CostReport r = ROLLUP.rollUp(data, id("P"), opts().build());
        assertThat(r.gaps()).extracting(CostGap::item, CostGap::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id("S"), GapReason.NO_BOM_OR_ROUTING));
    }

    @Test
    void rollUp_gapDeepDown_reachesTheTopReport() {
        MasterData data = MasterData.builder().items(Lists.immutable.of(make("P", Uom.EA), make("S", Uom.EA),
                buyNoCost("X", Uom.EA)))
                .boms(Lists.immutable.of(Bom.builder().item(id("P")).lines(Lists.immutable.of(line(1, "S", "1", Uom.EA))).build(),
                        Bom.builder().item(id("S")).lines(Lists.immutable.of(line(1, "X", "1", Uom.EA))).build())).build();
        assertThat(ROLLUP.rollUp(data, id("P"), opts().build()).gaps()).extracting(CostGap::item).containsExactly(id("X"));
    }

    @Test
    void rollUp_boughtTopWithoutCost_gapAndZero() {
        MasterData data = MasterData.builder().items(Lists.immutable.of(buyNoCost("X", Uom.EA))).build();
        CostReport r = ROLLUP.rollUp(data, id("X"), opts().build());
        assertThat(r.isComplete()).isFalse();
        assertThat(r.unitCost().isZero()).isTrue();
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void rollUp_unknownItem_referenceUnknown() {
        assertThatThrownBy(() -> ROLLUP.rollUp(multiLevel(), id("NOPE"), opts().build()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("REFERENCE_UNKNOWN");
                    assertThat(e.path()).isEqualTo("item");
                });
    }

    @Test
    void options_lotSizeZero_qtyNotPositive() {
        assertThatThrownBy(() -> opts("0")).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.rule()).isEqualTo("QTY_NOT_POSITIVE");
            assertThat(e.path()).isEqualTo("costingOptions.lotSize");
        });
    }

    @Test
    void options_lotSizeNegative_qtyNotPositive() {
        assertThatThrownBy(() -> opts("-5")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.rule()).isEqualTo("QTY_NOT_POSITIVE"));
    }

    @Test
    void options_lotSizeAbsurdScale_limitExceeded() {
        assertThatThrownBy(() -> opts("1e-100000000")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.rule()).isEqualTo("SCALE_EXCEEDED"));
    }

    @Test
    void options_unknownCurrency_referenceUnknown() {
        assertThatThrownBy(() -> CostingOptions.builder().currency("ZZZ").date(DAY).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("REFERENCE_UNKNOWN");
                    assertThat(e.path()).isEqualTo("costingOptions.currency");
                });
    }

    @Test
    void options_negativeSalesValue_rateNegative() {
        assertThatThrownBy(() -> opts().salesValues(Maps.immutable.of(id("A"), d("-1"))).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("RATE_NEGATIVE");
                    assertThat(e.path()).isEqualTo("costingOptions.salesValues[A]");
                });
    }

    @Test
    void options_severalProblems_allReportedAtOnce() {
        assertThatThrownBy(() -> CostingOptions.builder().currency("ZZZ").date(DAY).lotSize(d("0")).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    void workCenter_negativeRate_impossibleCoreRejects() {
        assertThatThrownBy(() -> wc("W").laborRatePerHour(d("-1")).build()).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rollUp_cycleThroughOperationMaterials_cyclicBomException() {
        // P's BOM consumes S; S's routing consumes P at its operation: BOM validation does not see this edge.
        MasterData data;
        try {
            data = MasterData.builder().items(Lists.immutable.of(make("P", Uom.EA), make("S", Uom.EA)))
                    .workCenters(Lists.immutable.of(wc("W").build()))
                    .routings(Lists.immutable.of(Routing.builder().item(id("S")).operations(Lists.immutable.of(
                            runOp(10, "W", "0", "1", line(1, "P", "1", Uom.EA)))).build()))
                    .boms(Lists.immutable.of(Bom.builder().item(id("P")).lines(Lists.immutable.of(line(1, "S", "1", Uom.EA)))
                            .build()))
                    .build();
        } catch (InvalidInputException validatedByCore) {
            assertThat(validatedByCore).isNotNull(); // core already refuses the model: nothing for the rollup to do
            return;
        }
        MasterData model = data;
        assertThatThrownBy(() -> ROLLUP.rollUp(model, id("P"), opts().build()))
                .isInstanceOfSatisfying(CyclicBomException.class,
                        e -> assertThat(e.cycle()).containsExactly("P", "S", "P"));
    }

    @Test
    void rollUp_nullArguments_npe() {
        assertThatThrownBy(() -> ROLLUP.rollUp(null, id("P"), opts().build())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void rollUp_deepChain_noStackOverflow() {
        int n = 3000;
        List<Item> items = new java.util.ArrayList<>();
        List<Bom> boms = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(make("L" + i, Uom.EA));
            boms.add(Bom.builder().item(id("L" + i)).lines(Lists.immutable.of(line(1, "L" + (i + 1), "1", Uom.EA))).build());
        }
        items.add(buy("L" + n, Uom.EA, "0.01", Uom.EA));
        MasterData data = MasterData.builder().items(Lists.immutable.withAll(items)).boms(Lists.immutable.withAll(boms)).build();
        assertThat(ROLLUP.rollUp(data, id("L0"), opts().build()).unitCost().amount()).isEqualByComparingTo("0.01");
    }
}
