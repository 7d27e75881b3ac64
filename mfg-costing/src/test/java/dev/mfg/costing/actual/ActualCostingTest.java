package dev.mfg.costing.actual;

import static dev.mfg.costing.actual.ActualFixtures.BOX;
import static dev.mfg.costing.actual.ActualFixtures.CUP;
import static dev.mfg.costing.actual.ActualFixtures.DAY;
import static dev.mfg.costing.actual.ActualFixtures.LABEL;
import static dev.mfg.costing.actual.ActualFixtures.PLA;
import static dev.mfg.costing.actual.ActualFixtures.POWDER;
import static dev.mfg.costing.actual.ActualFixtures.SHIP_LABEL;
import static dev.mfg.costing.actual.ActualFixtures.T0;
import static dev.mfg.costing.actual.ActualFixtures.WIDGET;
import static dev.mfg.costing.actual.ActualFixtures.d;
import static dev.mfg.costing.actual.ActualFixtures.receipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.inventory.LedgerEntry;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.TransactionType;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.production.ConsumptionPolicies;
import dev.mfg.core.production.ConsumptionPolicy;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.Quantity;
import dev.mfg.core.quantity.Uom;
import dev.mfg.costing.CostElement;
import dev.mfg.costing.CostReport;
import dev.mfg.costing.CostRollup;
import dev.mfg.costing.CostingOptions;
import dev.mfg.costing.variance.VarianceAnalysis;
import dev.mfg.costing.variance.VarianceKind;
import dev.mfg.costing.variance.VarianceReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

class ActualCostingTest {

    static ActualFixtures.Run widgetRun(ConsumptionPolicy policy) {
        return ActualFixtures.run(ActualFixtures.widget(), WIDGET, 10, Map.of(10, 2L), ConsumptionPolicies.of(policy),
                receipt("R-PLA", PLA, "1.42", Uom.KG), receipt("R-LBL", LABEL, "500", Uom.EA),
                receipt("R-BOX", BOX, "10", Uom.EA), receipt("R-SHIP", SHIP_LABEL, "100", Uom.EA));
    }

    /** OP-10 50 h run + 0.25 h setup, OP-40 0.3 h, OP-50 0.25 h; OP-20/30 have no rates and report nothing. */
    static ReportedTimes widgetTimes() {
        return ReportedTimes.of(OperationTime.of(10, "50", "0.25"), OperationTime.of(40, "0.3", "0"),
                OperationTime.of(50, "0.25", "0"));
    }

    static CostReport widgetStandard() {
        return CostRollup.create().rollUp(ActualFixtures.widget(), WIDGET,
                CostingOptions.builder().currency("EUR").date(DAY).lotSize(BigDecimal.TEN).build());
    }

    static void assertRule(ThrowingCallable call, String rule, String path) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.problems()).anySatisfy(p -> assertThat(p.path()).isEqualTo(path));
        });
    }

    /**
     * CONSUME_ALL, 8 good + 2 scrapped at OP-10. By hand: PLA 388.5 g (310.8 consumed + 77.7 scrapped) x 0.025 EUR/G
     * = 9.7125; labels, boxes, ship labels 10 each (CONSUME_ALL uses the full requirement) = 0.50 + 8.00 + 1.00;
     * material 19.2125. Labor 50 h x 1.60 = 80.00, 0.3 h x 13 = 3.90, 0.25 h x 13 = 3.25: 87.15. Setup 0.25 h x
     * 1.60 = 0.40. Total 106.7625; per good unit / 8 = 13.3453125.
     */
    @Test
    void of_widgetConsumeAll_handComputedActualCost() {
        ActualFixtures.Run run = widgetRun(ConsumptionPolicy.CONSUME_ALL);
        ActualCostReport r = ActualCosting.of(ActualFixtures.widget(), run.order(), run.entries(), widgetTimes(), "EUR");

        ActualMaterialLine pla = r.operations().get(0).materials().getOnly();
        assertThat(pla.component()).isEqualTo(PLA);
        assertThat(pla.uom()).isEqualTo(Uom.G);
        assertThat(pla.consumed()).isEqualByComparingTo("310.8");
        assertThat(pla.scrapped()).isEqualByComparingTo("77.7");
        assertThat(pla.issued()).isEqualByComparingTo("388.5");
        assertThat(pla.wip()).isEqualByComparingTo("0");
        assertThat(pla.cost().amount()).isEqualByComparingTo("9.7125");
        assertThat(r.element(CostElement.MATERIAL).amount()).isEqualByComparingTo("19.2125");
        assertThat(r.element(CostElement.LABOR).amount()).isEqualByComparingTo("87.15");
        assertThat(r.element(CostElement.SETUP).amount()).isEqualByComparingTo("0.40");
        assertThat(r.element(CostElement.MACHINE).amount()).isEqualByComparingTo("0");
        assertThat(r.total().amount()).isEqualByComparingTo("106.7625");
        assertThat(r.unitCost()).hasValueSatisfying(u -> assertThat(u.amount()).isEqualByComparingTo("13.3453125"));
        assertThat(r.goodQuantity()).isEqualByComparingTo("8");
        assertThat(r.scrappedQuantity()).isEqualByComparingTo("2");
        assertThat(r.gaps()).isEmpty();
    }

    /**
     * GOOD_ONLY: PLA 388.5 x 8/10 = 310.8 g, nothing scrapped, x 0.025 = 7.77; later 8 each: 0.40 + 6.40 + 0.80;
     * material 15.37; total 15.37 + 87.15 + 0.40 = 102.92; per good unit 12.865.
     */
    @Test
    void of_widgetGoodOnly_handComputedActualCost() {
        ActualFixtures.Run run = widgetRun(ConsumptionPolicy.GOOD_ONLY);
        ActualCostReport r = ActualCosting.of(ActualFixtures.widget(), run.order(), run.entries(), widgetTimes(), "EUR");

        ActualMaterialLine pla = r.operations().get(0).materials().getOnly();
        assertThat(pla.consumed()).isEqualByComparingTo("310.8");
        assertThat(pla.scrapped()).isEqualByComparingTo("0");
        assertThat(pla.cost().amount()).isEqualByComparingTo("7.77");
        assertThat(r.element(CostElement.MATERIAL).amount()).isEqualByComparingTo("15.37");
        assertThat(r.total().amount()).isEqualByComparingTo("102.92");
        assertThat(r.unitCost()).hasValueSatisfying(u -> assertThat(u.amount()).isEqualByComparingTo("12.865"));
    }

    /**
     * Standard PLA per widget 37 x 1.05 = 38.85 g at 0.025; P = 10 produced, G = 8: SQ_P = 388.5 g, SQ_G = 310.8 g.
     * CONSUME_ALL: AQ 388.5, usage (388.5 - 388.5) x 0.025 = 0, yield (388.5 - 310.8) x 0.025 = 1.9425.
     * GOOD_ONLY: AQ 310.8, usage (310.8 - 388.5) x 0.025 = -1.9425 (favourable), yield 1.9425.
     */
    @Test
    void toActualProduction_widget_materialUsageVarianceByPolicy() {
        MasterData data = ActualFixtures.widget();
        CostReport standard = widgetStandard();
        ActualFixtures.Run all = widgetRun(ConsumptionPolicy.CONSUME_ALL);
        VarianceReport vAll = VarianceAnalysis.analyze(data, standard,
                ActualCosting.of(data, all.order(), all.entries(), widgetTimes(), "EUR").toActualProduction());
        assertThat(usage(vAll, "MAT-PLA-BLK")).isEqualByComparingTo("0");
        assertThat(vAll.total(VarianceKind.MATERIAL_YIELD)).isGreaterThanOrEqualTo(d("1.9425"));
        assertThat(yieldOf(vAll, "MAT-PLA-BLK")).isEqualByComparingTo("1.9425");
        assertThat(vAll.actualCost()).isEqualByComparingTo("106.7625");

        ActualFixtures.Run good = widgetRun(ConsumptionPolicy.GOOD_ONLY);
        VarianceReport vGood = VarianceAnalysis.analyze(data, standard,
                ActualCosting.of(data, good.order(), good.entries(), widgetTimes(), "EUR").toActualProduction());
        assertThat(usage(vGood, "MAT-PLA-BLK")).isEqualByComparingTo("-1.9425");
        assertThat(yieldOf(vGood, "MAT-PLA-BLK")).isEqualByComparingTo("1.9425");
        assertThat(vGood.actualCost()).isEqualByComparingTo("102.92");
        assertThat(vGood.total()).isEqualByComparingTo(vGood.actualCost().subtract(vGood.standardCost()));
    }

    private static BigDecimal usage(VarianceReport v, String subject) {
        return v.variances().select(x -> x.kind() == VarianceKind.MATERIAL_USAGE && x.subject().equals(subject))
                .injectInto(BigDecimal.ZERO, (s, x) -> s.add(x.amount()));
    }

    private static BigDecimal yieldOf(VarianceReport v, String subject) {
        return v.variances().select(x -> x.kind() == VarianceKind.MATERIAL_YIELD && x.subject().equals(subject))
                .injectInto(BigDecimal.ZERO, (s, x) -> s.add(x.amount()));
    }

    static ActualFixtures.Run cupRun() {
        return ActualFixtures.run(ActualFixtures.melamine(), CUP, 1002, Map.of(10, 12L),
                ConsumptionPolicies.of(ConsumptionPolicy.CONSUME_ALL), receipt("R-POW", POWDER, "20", Uom.KG));
    }

    /**
     * Melamine cups, 1002 pressed, 990 good + 12 scrapped, CONSUME_ALL. By hand: powder 12 g x 1002 = 12,024 g x
     * 0.095 = 1,142.28 (scrapped share 12,024 x 12/1002 = 144 g); piece-rate labor 990 good x 0.05 = 49.50 (the run
     * hours do not change it); machine 4.5 h x 20 = 90; overhead 4.5 h x 10 = 45; setup 1.5 h x 20 = 30; tool
     * cycles ceil(1002 / 4) = 251 x 0.10 = 25.10. Total 1,381.88.
     */
    @Test
    void of_melamineCup_pieceRateAndToolCycles() {
        MasterData data = ActualFixtures.melamine();
        ActualFixtures.Run run = cupRun();
        ActualCostReport r = ActualCosting.of(data, run.order(), run.entries(),
                ReportedTimes.of(OperationTime.of(10, "4.5", "1.5")), "EUR");
        ActualOperationCost press = r.operations().getOnly();
        assertThat(press.toolCycles()).isEqualTo(251);
        assertThat(press.materials().getOnly().scrapped()).isEqualByComparingTo("144");
        assertThat(press.material().amount()).isEqualByComparingTo("1142.28");
        assertThat(press.labor().amount()).isEqualByComparingTo("49.50");
        assertThat(press.machine().amount()).isEqualByComparingTo("90");
        assertThat(press.overhead().amount()).isEqualByComparingTo("45");
        assertThat(press.setup().amount()).isEqualByComparingTo("30");
        assertThat(press.tooling().amount()).isEqualByComparingTo("25.10");
        assertThat(r.total().amount()).isEqualByComparingTo("1381.88");
        assertThat(r.unitCost().orElseThrow().amount()).isCloseTo(d("1.395838383838383838"), within(d("1e-18")));

        ActualCostReport slower = ActualCosting.of(data, run.order(), run.entries(),
                ReportedTimes.of(OperationTime.of(10, "9", "1.5")), "EUR");
        assertThat(slower.element(CostElement.LABOR)).isEqualTo(r.element(CostElement.LABOR));
    }

    /**
     * Cup variances: piece rate paid on 990 good = standard 990 x 0.05, so no labor variance at all; tooling yield
     * 12 scrapped x 0.025 = 0.30; tooling usage 251 cycles x 0.10 - 1002 x 0.025 = 25.10 - 25.05 = 0.05.
     */
    @Test
    void toActualProduction_melamineCup_toolingVariances() {
        MasterData data = ActualFixtures.melamine();
        ActualFixtures.Run run = cupRun();
        ActualCostReport r = ActualCosting.of(data, run.order(), run.entries(),
                ReportedTimes.of(OperationTime.of(10, "4.5", "1.5")), "EUR");
        CostReport standard = CostRollup.create().rollUp(data, CUP,
                CostingOptions.builder().currency("EUR").date(DAY).lotSize(d("1000")).build());
        VarianceReport v = VarianceAnalysis.analyze(data, standard, r.toActualProduction());
        assertThat(v.total(VarianceKind.LABOR_RATE)).isEqualByComparingTo("0");
        assertThat(v.total(VarianceKind.LABOR_YIELD)).isEqualByComparingTo("0");
        assertThat(v.total(VarianceKind.LABOR_EFFICIENCY)).isEqualByComparingTo("0");
        assertThat(v.total(VarianceKind.TOOLING_YIELD)).isEqualByComparingTo("0.30");
        assertThat(v.total(VarianceKind.TOOLING_USAGE)).isEqualByComparingTo("0.05");
        assertThat(v.actualCost()).isEqualByComparingTo("1381.88");
        assertThat(v.total()).isEqualByComparingTo(d("1381.88").subtract(v.standardCost()));
    }

    // ------------------------------------------------------------------ entries, returns, prices, gaps

    static MaterialTransaction.Builder tx(String key, TransactionType type, String qty, Uom uom) {
        MaterialTransaction.Builder b = MaterialTransaction.builder();
        b.key(key).type(type).item(PLA).quantity(Quantity.of(qty, uom)).location("MAIN").order("PO-1").operation(10)
                .timestamp(T0);
        return b;
    }

    static List<LedgerEntry> entries(MaterialTransaction... txs) {
        List<LedgerEntry> out = new ArrayList<>();
        for (int i = 0; i < txs.length; i++) {
            out.add(new LedgerEntry(i + 1, txs[i]));
        }
        return out;
    }

    /**
     * Issue 0.5 KG at 0.02 EUR/G, return 100 g, consume 300 g at 0.02 EUR/G, scrap 0.05 KG at 22 EUR/KG: cost
     * 300 x 0.02 + 0.05 x 22 = 6 + 1.10 = 7.10; returned 100 is credited, 50 g stay in WIP (500 - 100 - 350);
     * another order's entry and a repeated key are ignored.
     */
    @Test
    void of_entriesInMixedUnitsAndPrices_costsUseOnlyAndCreditsReturns() {
        ActualFixtures.Run run = widgetRun(ConsumptionPolicy.CONSUME_ALL);
        MaterialTransaction consume = tx("C", TransactionType.CONSUMPTION, "300", Uom.G)
                .unitCost(Money.of("0.02", "EUR")).build();
        List<LedgerEntry> es = entries(
                tx("I", TransactionType.ISSUE_TO_ORDER, "0.5", Uom.KG).unitCost(Money.of("20", "EUR")).build(),
                tx("R", TransactionType.RETURN_TO_STOCK, "100", Uom.G).build(),
                consume, consume,
                tx("S", TransactionType.SCRAP, "0.05", Uom.KG).reason("quality_defect")
                        .unitCost(Money.of("22", "EUR")).build(),
                tx("OTHER", TransactionType.CONSUMPTION, "999", Uom.G).order("PO-2").build());
        ActualCostReport r = ActualCosting.of(ActualFixtures.widget(), run.order(), es, widgetTimes(), "EUR");
        ActualMaterialLine pla = r.operations().get(0).materials().getOnly();
        assertThat(pla.issued()).isEqualByComparingTo("500");
        assertThat(pla.returned()).isEqualByComparingTo("100");
        assertThat(pla.consumed()).isEqualByComparingTo("300");
        assertThat(pla.scrapped()).isEqualByComparingTo("50");
        assertThat(pla.wip()).isEqualByComparingTo("50");
        assertThat(pla.cost().amount()).isEqualByComparingTo("7.10");
        // 7.10 / 350 g = 0.0202857142... EUR/G
        assertThat(pla.averageUnitCost()).hasValueSatisfying(p -> assertThat(p).isCloseTo(d("0.0202857142857142857"),
                within(d("1e-19"))));
    }

    /** A consumption without a unit cost takes the frozen standard: 100 g x 0.025 = 2.50. */
    @Test
    void of_consumptionWithoutUnitCost_pricedAtFrozenStandard() {
        ActualFixtures.Run run = widgetRun(ConsumptionPolicy.CONSUME_ALL);
        ActualCostReport r = ActualCosting.of(ActualFixtures.widget(), run.order(),
                entries(tx("C", TransactionType.CONSUMPTION, "100", Uom.G).build()), widgetTimes(), "EUR");
        assertThat(r.element(CostElement.MATERIAL).amount()).isEqualByComparingTo("2.50");
        assertThat(r.gaps()).isEmpty();
    }

    @Test
    void of_unplannedComponentWithoutUnitCost_isAGapNotAZero() {
        ActualFixtures.Run run = widgetRun(ConsumptionPolicy.CONSUME_ALL);
        ActualCostReport r = ActualCosting.of(ActualFixtures.widget(), run.order(),
                entries(tx("C", TransactionType.CONSUMPTION, "3", Uom.EA).item(BOX).operation(10).build()),
                widgetTimes(), "EUR");
        assertThat(r.isComplete()).isFalse();
        assertThat(r.gaps()).singleElement().satisfies(g -> {
            assertThat(g.subject()).isEqualTo("op 10 / PKG-BOX-6X6");
            assertThat(g.message()).contains("(C)");
        });
    }

    @Test
    void of_completedOperationWithoutTimes_isAGap() {
        ActualFixtures.Run run = widgetRun(ConsumptionPolicy.CONSUME_ALL);
        ActualCostReport r = ActualCosting.of(ActualFixtures.widget(), run.order(), run.entries(),
                ReportedTimes.of(OperationTime.of(10, "50", "0")), "EUR");
        // OP-40 and OP-50 have hourly labor rates and no times; OP-20 and OP-30 have no rates.
        assertThat(r.gaps()).extracting(ActualCostGap::subject).containsExactly("op 40 (ASSEMBLY)", "op 50 (SHIP)");
    }

    @Test
    void of_toolMissingFromMasterData_isAGap() {
        ActualFixtures.Run run = cupRun();
        MasterData full = ActualFixtures.melamine();
        // Master data validates its references, so a tool can only be missing from a snapshot without the routing.
        MasterData noTool = MasterData.builder().items(full.items()).workCenters(full.workCenters()).build();
        ActualCostReport r = ActualCosting.of(noTool, run.order(), run.entries(),
                ReportedTimes.of(OperationTime.of(10, "4.5", "1.5")), "EUR");
        assertThat(r.element(CostElement.TOOLING).isZero()).isTrue();
        assertThat(r.gaps()).singleElement().satisfies(g -> assertThat(g.message()).contains("(251)"));
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void of_unitCostInAnotherCurrency_currencyMismatch() {
        ActualFixtures.Run run = widgetRun(ConsumptionPolicy.CONSUME_ALL);
        List<LedgerEntry> es = entries(tx("C", TransactionType.CONSUMPTION, "1", Uom.G)
                .unitCost(Money.of("0.03", "USD")).build());
        assertRule(() -> ActualCosting.of(ActualFixtures.widget(), run.order(), es, widgetTimes(), "EUR"),
                "CURRENCY_MISMATCH", "entries[1].unitCost");
    }

    @Test
    void of_timesForUnknownOperation_operationUnknown() {
        ActualFixtures.Run run = widgetRun(ConsumptionPolicy.CONSUME_ALL);
        assertRule(() -> ActualCosting.of(ActualFixtures.widget(), run.order(), run.entries(),
                ReportedTimes.of(OperationTime.of(60, "1", "0")), "EUR"), "OPERATION_UNKNOWN", "times.operations[60]");
    }

    @Test
    void of_entryNamingUnknownOperation_operationUnknown() {
        ActualFixtures.Run run = widgetRun(ConsumptionPolicy.CONSUME_ALL);
        List<LedgerEntry> es = entries(tx("C", TransactionType.CONSUMPTION, "1", Uom.G).operation(15).build());
        assertRule(() -> ActualCosting.of(ActualFixtures.widget(), run.order(), es, widgetTimes(), "EUR"),
                "OPERATION_UNKNOWN", "entries[1].operation");
    }

    @Test
    void of_workCenterMissing_referenceUnknown() {
        ActualFixtures.Run cup = cupRun();
        // The widget's master data has no WC-PRESS (a valid snapshot of another product).
        assertRule(() -> ActualCosting.of(ActualFixtures.widget(), cup.order(), cup.entries(), ReportedTimes.none(), "EUR"),
                "REFERENCE_UNKNOWN", "order[PO-1].operations[10].workCenter");
    }

    @Test
    void operationTime_negativeHours_timeNegative() {
        assertRule(() -> OperationTime.of(10, "-1", "0"), "TIME_NEGATIVE", "times.operations[10].runHours");
        assertRule(() -> OperationTime.of(10, "1", "-0.5"), "TIME_NEGATIVE", "times.operations[10].setupHours");
        assertRule(() -> OperationTime.of(0, "1", "0"), "OPERATION_NO_INVALID", "times.operations[0]");
    }

    @Test
    void reportedTimes_operationTwice_idDuplicate() {
        assertRule(() -> ReportedTimes.of(OperationTime.of(10, "1", "0"), OperationTime.of(10, "2", "0")),
                "ID_DUPLICATE", "times.operations[10]");
    }
}
