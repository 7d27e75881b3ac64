package dev.mfg.costing.actual;

import static dev.mfg.costing.actual.ActualFixtures.BOX;
import static dev.mfg.costing.actual.ActualFixtures.CUP;
import static dev.mfg.costing.actual.ActualFixtures.DAY;
import static dev.mfg.costing.actual.ActualFixtures.LABEL;
import static dev.mfg.costing.actual.ActualFixtures.PLA;
import static dev.mfg.costing.actual.ActualFixtures.POWDER;
import static dev.mfg.costing.actual.ActualFixtures.SHIP_LABEL;
import static dev.mfg.costing.actual.ActualFixtures.WIDGET;
import static dev.mfg.costing.actual.ActualFixtures.receipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mfg.core.item.ItemId;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.production.ConsumptionPolicies;
import dev.mfg.core.production.ConsumptionPolicy;
import dev.mfg.core.production.OrderMaterial;
import dev.mfg.core.production.OrderOperation;
import dev.mfg.core.quantity.Uom;
import dev.mfg.costing.CostElement;
import dev.mfg.costing.CostReport;
import dev.mfg.costing.CostRollup;
import dev.mfg.costing.CostingOptions;
import dev.mfg.costing.variance.VarianceAnalysis;
import dev.mfg.costing.variance.VarianceReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/**
 * Properties over generated orders run through the production service (release, start and complete every
 * operation with random scrap under a random consumption policy) with random reported times.
 */
class ActualCostingProperties {
    static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 80);

    /** One generated order: its master data, run, times and standard. */
    record Case(MasterData data, ItemId item, ActualFixtures.Run run, ReportedTimes times, CostReport standard) {}

    static Case generate(long seed) {
        Random rnd = new Random(seed);
        boolean cup = rnd.nextBoolean();
        MasterData data = cup ? ActualFixtures.melamine() : ActualFixtures.widget();
        ItemId item = cup ? CUP : WIDGET;
        long quantity = 1 + rnd.nextInt(cup ? 2000 : 60);
        Map<Integer, Long> scrap = new HashMap<>();
        List<Integer> ops = cup ? List.of(10) : List.of(10, 20, 30, 40, 50);
        for (int no : ops) {
            if (rnd.nextInt(3) == 0) {
                scrap.put(no, (long) rnd.nextInt((int) Math.min(quantity, 50)));
            }
        }
        ConsumptionPolicy policy = ConsumptionPolicy.values()[rnd.nextInt(ConsumptionPolicy.values().length)];
        ActualFixtures.Run run = cup
                ? ActualFixtures.run(data, item, quantity, scrap, ConsumptionPolicies.of(policy),
                        receipt("R-POW", POWDER, "30", Uom.KG))
                : ActualFixtures.run(data, item, quantity, scrap, ConsumptionPolicies.of(policy),
                        receipt("R-PLA", PLA, "3", Uom.KG), receipt("R-LBL", LABEL, "100", Uom.EA),
                        receipt("R-BOX", BOX, "100", Uom.EA), receipt("R-SHIP", SHIP_LABEL, "100", Uom.EA));
        List<OperationTime> times = new ArrayList<>();
        for (int no : ops) {
            if (rnd.nextInt(4) > 0) {
                times.add(new OperationTime(no, BigDecimal.valueOf(rnd.nextInt(10_000), 2),
                        BigDecimal.valueOf(rnd.nextInt(500), 2)));
            }
        }
        CostReport standard = CostRollup.create().rollUp(data, item, CostingOptions.builder().currency("EUR").date(DAY)
                .lotSize(BigDecimal.valueOf(1 + rnd.nextInt(1000))).build());
        return new Case(data, item, run, new ReportedTimes(Lists.immutable.withAll(times)), standard);
    }

    static ActualCostReport actual(Case c) {
        return ActualCosting.of(c.data(), c.run().order(), c.run().entries(), c.times(), "EUR");
    }

    @Test
    void variances_sumExactlyToActualMinusStandard() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Case c = generate(seed);
            ActualCostReport a = actual(c);
            VarianceReport v = VarianceAnalysis.analyze(c.data(), c.standard(), a.toActualProduction());
            assertThat(v.actualCost()).as("variance module's actual = actual costing's total")
                    .isEqualByComparingTo(a.total().amount());
            assertThat(v.total()).isEqualByComparingTo(a.total().amount().subtract(v.standardCost()));
        });
    }

    /** Second path: the order's own material counters × the frozen unit costs (no ledger involved). */
    @Test
    void materialCost_equalsOrderCountersTimesFrozenCosts() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Case c = generate(seed);
            BigDecimal expected = BigDecimal.ZERO;
            for (OrderOperation op : c.run().order().operations()) {
                for (OrderMaterial m : op.materials()) {
                    expected = expected.add(m.consumed().add(m.scrapped()).multiply(m.unitCost().orElseThrow().amount()));
                }
            }
            ActualCostReport a = actual(c);
            assertThat(a.element(CostElement.MATERIAL).amount()).isEqualByComparingTo(expected);
            assertThat(a.isComplete() || a.gaps().allSatisfy(g -> g.message().contains("No times"))).isTrue();
        });
    }

    /** The elements add up to the total, and the conversion is linear in the reported hours (piece rate aside). */
    @Test
    void total_isSumOfElementsAndDoublingHoursDoublesHourlyCost() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Case c = generate(seed);
            ActualCostReport a = actual(c);
            BigDecimal sum = BigDecimal.ZERO;
            for (CostElement e : CostElement.values()) {
                sum = sum.add(a.element(e).amount());
            }
            assertThat(a.total().amount()).isEqualByComparingTo(sum);
            ReportedTimes doubled = new ReportedTimes(c.times().operations().collect(t -> new OperationTime(
                    t.operation(), t.runHours().add(t.runHours()), t.setupHours().add(t.setupHours()))));
            ActualCostReport b = ActualCosting.of(c.data(), c.run().order(), c.run().entries(), doubled, "EUR");
            for (CostElement e : List.of(CostElement.MACHINE, CostElement.OVERHEAD, CostElement.SETUP)) {
                assertThat(b.element(e).amount()).isEqualByComparingTo(a.element(e).amount().multiply(BigDecimal.valueOf(2)));
            }
            if (c.item().equals(CUP)) {
                assertThat(b.element(CostElement.LABOR)).isEqualTo(a.element(CostElement.LABOR));
            } else {
                assertThat(b.element(CostElement.LABOR).amount())
                        .isEqualByComparingTo(a.element(CostElement.LABOR).amount().multiply(BigDecimal.valueOf(2)));
            }
        });
    }
}
