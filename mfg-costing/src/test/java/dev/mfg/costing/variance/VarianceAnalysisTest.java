package dev.mfg.costing.variance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.costing.CostReport;
import dev.mfg.costing.CostRollup;
import dev.mfg.costing.CostingOptions;
import dev.mfg.costing.MaterialCost;
import dev.mfg.costing.OperationCost;
import dev.mfg.costing.VarianceFixtures;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/** Variances with published and hand-computed numbers, every guarded bad input, and the sum property. */
class VarianceAnalysisTest {
    static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static BigDecimal q(long a, long b) {
        return BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), MathContext.DECIMAL128);
    }

    /**
     * Garrison, Noreen and Brewer, <i>Managerial Accounting</i>, chapter "Standard Costs and Variances" (13th ed.
     * as I recall): Colonial Pewter made 2,000 bookends using 6,500 pounds of pewter bought at $3.80, 1,100 labor
     * hours at $21.50, and variable overhead of $7,150 (= $6.50 per hour). Published variances: materials price
     * $1,300 F, quantity $2,000 U; labor rate $550 F, efficiency $2,200 U; variable overhead rate $550 U,
     * efficiency $600 U. Standard 2,000 x $26 = $52,000; actual 24,700 + 23,650 + 7,150 = $55,500.
     */
    @Test
    void analyze_colonialPewter_publishedVariances() {
        MasterData data = VarianceFixtures.colonialPewter();
        CostReport std = CostRollup.create().rollUp(data, ItemId.of("BOOKENDS"),
                CostingOptions.builder().currency("USD").date(DAY).build());
        ActualProduction actual = ActualProduction.builder().goodQuantity(d("2000"))
                .materials(Lists.immutable.of(new ActualMaterial(ItemId.of("PEWTER"), d("6500"), d("3.80"))))
                .operations(Lists.immutable.of(ActualOperation.builder().no(10).runHours(d("1100"))
                        .laborRate(d("21.50")).overheadRatePerHour(d("6.50")).build()))
                .build();
        VarianceReport r = VarianceAnalysis.analyze(data, std, actual);
        assertThat(r.total(VarianceKind.MATERIAL_PRICE)).isEqualByComparingTo("-1300");
        assertThat(r.total(VarianceKind.MATERIAL_USAGE)).isEqualByComparingTo("2000");
        assertThat(r.total(VarianceKind.LABOR_RATE)).isEqualByComparingTo("-550");
        assertThat(r.total(VarianceKind.LABOR_EFFICIENCY)).isEqualByComparingTo("2200");
        assertThat(r.total(VarianceKind.OVERHEAD_SPENDING)).isEqualByComparingTo("550");
        assertThat(r.total(VarianceKind.OVERHEAD_EFFICIENCY)).isEqualByComparingTo("600");
        assertThat(r.standardCost()).isEqualByComparingTo("52000");
        assertThat(r.actualCost()).isEqualByComparingTo("55500");
        assertThat(r.total()).isEqualByComparingTo("3500");
    }

    @Test
    void analyze_explanations_showFormulaAndNumbers() {
        MasterData data = VarianceFixtures.colonialPewter();
        CostReport std = CostRollup.create().rollUp(data, ItemId.of("BOOKENDS"),
                CostingOptions.builder().currency("USD").date(DAY).build());
        VarianceReport r = VarianceAnalysis.analyze(data, std, ActualProduction.builder().goodQuantity(d("2000"))
                .materials(Lists.immutable.of(new ActualMaterial(ItemId.of("PEWTER"), d("6500"), d("3.80")))).build());
        Variance price = r.variances().detect(v -> v.kind() == VarianceKind.MATERIAL_PRICE);
        assertThat(price.explanation()).isEqualTo(
                "material price (PEWTER): (actual price 3.8 - standard price 4) x actual quantity 6500 = -1300 USD"
                        + " (favourable)");
        assertThat(price.isUnfavourable()).isFalse();
        assertThat(r.explain()).contains("material usage (PEWTER): (actual quantity 6500 - standard quantity 6000");
    }

    @Test
    void analyze_cupMoldPieceRate_noLaborEfficiencySlowWorkInMachineAndOverhead() {
        MasterData data = VarianceFixtures.cup();
        CostReport std = CostRollup.create().rollUp(data, ItemId.of("CUP"),
                CostingOptions.builder().currency("EGP").date(DAY).build());
        ActualProduction actual = ActualProduction.builder().goodQuantity(d("950")).scrappedQuantity(d("50"))
                .materials(Lists.immutable.of(new ActualMaterial(ItemId.of("POWDER"), d("21000"), d("0.1"))))
                .operations(Lists.immutable.of(ActualOperation.builder().no(10).runHours(d("6")).setupHours(d("1.5"))
                        .build()))
                .build();
        VarianceReport r = VarianceAnalysis.analyze(data, std, actual);
        // Powder: standard 20.6 G per cup at 0.095 per G. Price (0.1 - 0.095) x 21000 = 105;
        // usage (21000 - 20.6 x 1000) x 0.095 = 38; yield 20.6 x 50 x 0.095 = 97.85.
        assertThat(r.total(VarianceKind.MATERIAL_PRICE)).isEqualByComparingTo("105");
        assertThat(r.total(VarianceKind.MATERIAL_USAGE)).isEqualByComparingTo("38");
        assertThat(r.total(VarianceKind.MATERIAL_YIELD)).isEqualByComparingTo("97.85");
        // Piece rate: no efficiency variance; yield 50 x 0.35 = 17.5.
        assertThat(r.variances()).noneMatch(v -> v.kind() == VarianceKind.LABOR_EFFICIENCY);
        assertThat(r.total(VarianceKind.LABOR_YIELD)).isEqualByComparingTo("17.5");
        // Standard hours for 1000 pieces: 1000 x 0.25 / 0.85 / 60 = 250/51 h. Actual 6 h.
        // Machine (6 - 250/51) x 40 = 2240/51; overhead (6 - 250/51) x 15 = 840/51.
        assertThat(r.total(VarianceKind.MACHINE_EFFICIENCY)).isCloseTo(q(2240, 51), within(d("1e-25")));
        assertThat(r.total(VarianceKind.OVERHEAD_EFFICIENCY)).isCloseTo(q(840, 51), within(d("1e-25")));
        // Setup: 1.5 h x 60 = 90 actual vs 90 min x 60/h / 1000 x 950 = 85.5 → 4.5. Tooling yield 50 x 0.025 = 1.25.
        assertThat(r.total(VarianceKind.SETUP)).isEqualByComparingTo("4.5");
        assertThat(r.total(VarianceKind.TOOLING_YIELD)).isEqualByComparingTo("1.25");
        assertThat(r.total()).isEqualByComparingTo(r.actualCost().subtract(r.standardCost()));
    }

    @Test
    void analyze_hourlyWithScrap_laborYieldSeparatedFromEfficiency() {
        // Colonial Pewter with 100 scrapped: standard hours for 2100 produced = 1050; efficiency (1100 - 1050) x 22
        // = 1100; yield 50 h x 22 = 1100; material yield 3 lb x 100 x 4 = 1200.
        MasterData data = VarianceFixtures.colonialPewter();
        CostReport std = CostRollup.create().rollUp(data, ItemId.of("BOOKENDS"),
                CostingOptions.builder().currency("USD").date(DAY).build());
        VarianceReport r = VarianceAnalysis.analyze(data, std, ActualProduction.builder().goodQuantity(d("2000"))
                .scrappedQuantity(d("100"))
                .materials(Lists.immutable.of(new ActualMaterial(ItemId.of("PEWTER"), d("6500"), d("4"))))
                .operations(Lists.immutable.of(ActualOperation.builder().no(10).runHours(d("1100")).build())).build());
        assertThat(r.total(VarianceKind.LABOR_EFFICIENCY)).isEqualByComparingTo("1100");
        assertThat(r.total(VarianceKind.LABOR_YIELD)).isEqualByComparingTo("1100");
        assertThat(r.total(VarianceKind.MATERIAL_YIELD)).isEqualByComparingTo("1200");
        assertThat(r.total(VarianceKind.MATERIAL_USAGE)).isEqualByComparingTo("800"); // (6500 - 6300) x 4
    }

    @Test
    void analyze_componentNotInStandard_allUsage() {
        MasterData data = VarianceFixtures.colonialPewter();
        CostReport std = CostRollup.create().rollUp(data, ItemId.of("BOOKENDS"),
                CostingOptions.builder().currency("USD").date(DAY).build());
        VarianceReport r = VarianceAnalysis.analyze(data, std, ActualProduction.builder().goodQuantity(d("10"))
                .materials(Lists.immutable.of(new ActualMaterial(ItemId.of("GLUE"), d("2"), d("1.5")))).build());
        assertThat(r.variances().detect(v -> v.subject().equals("GLUE")).amount()).isEqualByComparingTo("3");
        assertThat(r.total()).isEqualByComparingTo(r.actualCost().subtract(r.standardCost()));
    }

    @Test
    void analyze_unknownOperation_operationUnknown() {
        MasterData data = VarianceFixtures.colonialPewter();
        CostReport std = CostRollup.create().rollUp(data, ItemId.of("BOOKENDS"),
                CostingOptions.builder().currency("USD").date(DAY).build());
        ActualProduction a = ActualProduction.builder().goodQuantity(d("1"))
                .operations(Lists.immutable.of(ActualOperation.builder().no(99).build())).build();
        assertThatThrownBy(() -> VarianceAnalysis.analyze(data, std, a)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("OPERATION_UNKNOWN");
                    assertThat(e.path()).isEqualTo("actual.operations[99]");
                });
    }

    @Test
    void actual_nothingProduced_qtyNotPositive() {
        assertThatThrownBy(() -> ActualProduction.builder().goodQuantity(d("0")).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("QTY_NOT_POSITIVE");
                    assertThat(e.path()).isEqualTo("actual.goodQuantity");
                });
    }

    @Test
    void actual_negativeQuantities_qtyNegativeBothReported() {
        assertThatThrownBy(() -> ActualProduction.builder().goodQuantity(d("-1")).scrappedQuantity(d("-2")).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path()).contains("actual.goodQuantity", "actual.scrappedQuantity"));
    }

    @Test
    void actual_duplicateComponent_idDuplicate() {
        ActualMaterial m = new ActualMaterial(ItemId.of("A"), d("1"), d("1"));
        assertThatThrownBy(() -> ActualProduction.builder().goodQuantity(d("1")).materials(Lists.immutable.of(m, m))
                .build()).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("ID_DUPLICATE"));
    }

    @Test
    void actualMaterial_negativeQuantityOrPrice_rejected() {
        assertThatThrownBy(() -> new ActualMaterial(ItemId.of("A"), d("-1"), d("1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rule()).isEqualTo("QTY_NEGATIVE"));
        assertThatThrownBy(() -> new ActualMaterial(ItemId.of("A"), d("1"), d("-1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rule()).isEqualTo("RATE_NEGATIVE"));
    }

    @Test
    void actualOperation_negativeHoursAndRates_allReported() {
        assertThatThrownBy(() -> ActualOperation.builder().no(10).runHours(d("-1")).setupHours(d("-1"))
                .laborRate(d("-1")).overheadRatePerHour(d("-1")).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(p -> p.rule())
                        .containsExactly("TIME_NEGATIVE", "TIME_NEGATIVE", "RATE_NEGATIVE", "RATE_NEGATIVE"));
    }

    @Test
    void properties_variancesSumExactlyToActualMinusStandard() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 150)).forAll(longs().all(), integers().between(1, 40))
                .checkAssert((seed, lot) -> {
                    MasterData data = VarianceFixtures.randomModel(seed);
                    CostReport std = CostRollup.create().rollUp(data, ItemId.of("I0"), CostingOptions.builder()
                            .currency("EGP").date(DAY).lotSize(BigDecimal.valueOf(lot)).build());
                    Random r = new Random(seed ^ 0x5DEECE66DL);
                    List<ActualMaterial> ms = new ArrayList<>();
                    List<ItemId> seen = new ArrayList<>();
                    List<MaterialCost> all = new ArrayList<>(std.unassignedMaterials().castToList());
                    std.operations().forEach(o -> all.addAll(o.materials().castToList()));
                    for (MaterialCost m : all) {
                        if (!seen.contains(m.component()) && r.nextInt(4) > 0) {
                            seen.add(m.component());
                            ms.add(new ActualMaterial(m.component(), BigDecimal.valueOf(r.nextInt(100000), 3),
                                    BigDecimal.valueOf(r.nextInt(10000), 2)));
                        }
                    }
                    List<ActualOperation> os = new ArrayList<>();
                    for (OperationCost o : std.operations()) {
                        ActualOperation.Builder b = ActualOperation.builder();
                        b.no(o.no()).runHours(BigDecimal.valueOf(r.nextInt(5000), 2))
                                .setupHours(BigDecimal.valueOf(r.nextInt(300), 2));
                        if (r.nextBoolean()) {
                            b.laborRate(BigDecimal.valueOf(r.nextInt(5000), 2));
                        }
                        os.add(b.build());
                    }
                    BigDecimal good = BigDecimal.valueOf(r.nextInt(500));
                    BigDecimal scrap = BigDecimal.valueOf(r.nextInt(50) + (good.signum() == 0 ? 1 : 0));
                    VarianceReport v = VarianceAnalysis.analyze(data, std, ActualProduction.builder().goodQuantity(good)
                            .scrappedQuantity(scrap).materials(Lists.immutable.withAll(ms))
                            .operations(Lists.immutable.withAll(os)).build());
                    assertThat(v.total()).isEqualByComparingTo(v.actualCost().subtract(v.standardCost()));
                    assertThat(v.standardCost()).isCloseTo(std.jointUnitCost().amount().multiply(good),
                            within(d("1e-8")));
                });
    }
}
