package dev.mfg.costing;

import static dev.mfg.costing.Fx.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mfg.core.bom.BomExplosion;
import dev.mfg.core.bom.ExplosionOptions;
import dev.mfg.core.bom.Explosion;
import dev.mfg.core.bom.Requirement;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.costing.ModelGen.ItemSpec;
import dev.mfg.costing.ModelGen.OpSpec;
import dev.mfg.costing.ModelGen.Spec;
import dev.mfg.costing.ModelGen.WcSpec;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/**
 * Properties of the rollup over random valid acyclic models ({@link ModelGen}). Two paths are compared with a
 * tolerance of 1e-10: both round non-terminating quotients to 34 digits, but at different places.
 */
class CostRollupProperties {
    static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 150);
    static final BigDecimal TOLERANCE = new BigDecimal("1e-10");
    static final MathContext MC = MathContext.DECIMAL128;
    static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    static CostReport roll(MasterData data, String lot) {
        return CostRollup.create().rollUp(data, Spec.id(0), Fx.opts(lot));
    }

    /** The operation cost per unit of item i, from the spec's numbers, independently of the engine. */
    static BigDecimal operationCostPerUnit(Spec s, int i, BigDecimal lot) {
        BigDecimal sum = BigDecimal.ZERO;
        for (OpSpec o : s.items.get(i).ops) {
            WcSpec w = s.wcs.get(o.wc);
            BigDecimal minutes = o.tool >= 0
                    ? o.run.divide(SIXTY.multiply(BigDecimal.valueOf(s.tools.get(o.tool).cavities)), MC)
                    : o.run;
            BigDecimal hours = minutes.divide(w.efficiency.movePointLeft(2), MC).divide(SIXTY, MC);
            BigDecimal labor = w.pieceCalc ? w.pieceRate : hours.multiply(w.labor);
            BigDecimal setup = o.setup.divide(SIXTY, MC).multiply(w.setupRate).divide(lot, MC);
            BigDecimal tooling = o.tool >= 0 ? s.tools.get(o.tool).purchase.divide(
                    BigDecimal.valueOf(s.tools.get(o.tool).life * s.tools.get(o.tool).cavities), MC) : BigDecimal.ZERO;
            sum = sum.add(labor).add(hours.multiply(w.machine)).add(hours.multiply(w.overhead)).add(setup).add(tooling);
        }
        return sum;
    }

    @Test
    void rollUp_equalsFlattenedExplosionTimesCostsPlusOperations() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(1, 50)).checkAssert((seed, lotInt) -> {
            Spec s = ModelGen.generate(seed);
            MasterData data = s.build();
            BigDecimal lot = BigDecimal.valueOf(lotInt);
            Explosion x = BomExplosion.create().explode(data.bomCatalog(), Spec.id(0), BigDecimal.ONE, DAY,
                    ExplosionOptions.builder().itemMaster(data.items()).unitConverter(data.unitConverter()).build());
            BigDecimal expected = operationCostPerUnit(s, 0, lot);
            for (Requirement row : x.requirements()) {
                int i = Integer.parseInt(row.item().value().substring(1));
                ItemSpec it = s.items.get(i);
                if (it.make) {
                    expected = expected.add(row.quantity().multiply(operationCostPerUnit(s, i, lot)));
                } else {
                    // row in the item's unit; price per `per`: × factor(uom → per).
                    BigDecimal perUnit = it.price.multiply(it.uom.factorToBase()).divide(it.per.factorToBase(), MC);
                    expected = expected.add(row.quantity().multiply(perUnit));
                }
            }
            CostReport r = roll(data, lot.toPlainString());
            assertThat(r.isComplete()).isTrue();
            assertThat(r.unitCost().amount()).isCloseTo(expected, within(TOLERANCE));
        });
    }

    @Test
    void rollUp_costTimesLotIsAffineInLot_onlySetupDependsOnLot() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            MasterData data = ModelGen.generate(seed).build();
            // total(L) × L = V × L + S: the slope between (1, 2) equals the slope between (1, 7).
            CostReport a = roll(data, "1");
            BigDecimal t1 = a.unitCost().amount();
            BigDecimal t2 = roll(data, "2").unitCost().amount().multiply(BigDecimal.valueOf(2));
            BigDecimal t7 = roll(data, "7").unitCost().amount().multiply(BigDecimal.valueOf(7));
            BigDecimal slope12 = t2.subtract(t1);
            BigDecimal slope17 = t7.subtract(t1).divide(BigDecimal.valueOf(6), MC);
            assertThat(slope12).isCloseTo(slope17, within(TOLERANCE));
            // and at the top level, every element but SETUP is the same at any lot size
            CostReport b = roll(data, "13");
            for (int k = 0; k < a.operations().size(); k++) {
                OperationCost x = a.operations().get(k);
                OperationCost y = b.operations().get(k);
                assertThat(y.labor()).isEqualTo(x.labor());
                assertThat(y.machine()).isEqualTo(x.machine());
                assertThat(y.overhead()).isEqualTo(x.overhead());
                assertThat(y.tooling()).isEqualTo(x.tooling());
            }
        });
    }

    enum Raise { PRICE, LABOR, MACHINE, OVERHEAD, SETUP_RATE, PIECE_RATE, SCRAP, SETUP_MINUTES, RUN, TOOL_COST }

    @Test
    void rollUp_raisingAnyPriceRateScrapOrSetup_neverLowersCost() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, Raise.values().length - 1),
                integers().between(0, 1000)).checkAssert((seed, what, pick) -> {
            Spec s = ModelGen.generate(seed);
            BigDecimal before = roll(s.build(), "5").unitCost().amount();
            raise(s, Raise.values()[what], pick);
            BigDecimal after = roll(s.build(), "5").unitCost().amount();
            assertThat(after).isGreaterThanOrEqualTo(before);
        });
    }

    static void raise(Spec s, Raise what, int pick) {
        BigDecimal up = new BigDecimal("1.37");
        WcSpec w = s.wcs.get(pick % s.wcs.size());
        switch (what) {
            case PRICE -> s.items.stream().filter(i -> !i.make).skip(pick % s.items.stream().filter(i -> !i.make).count())
                    .findFirst().ifPresent(i -> i.price = i.price.add(up));
            case LABOR -> w.labor = w.labor.add(up);
            case MACHINE -> w.machine = w.machine.add(up);
            case OVERHEAD -> w.overhead = w.overhead.add(up);
            case SETUP_RATE -> w.setupRate = w.setupRate.add(up);
            case PIECE_RATE -> w.pieceRate = w.pieceRate.add(up);
            case SCRAP -> s.items.stream().filter(i -> i.make).forEach(i -> i.lines.forEach(l ->
                    l.scrap = l.scrap.add(BigDecimal.valueOf(pick % 7)).min(new BigDecimal("99"))));
            case SETUP_MINUTES -> s.items.forEach(i -> i.ops.forEach(o -> o.setup = o.setup.add(BigDecimal.TEN)));
            case RUN -> s.items.forEach(i -> i.ops.forEach(o -> o.run = o.run.add(BigDecimal.ONE)));
            case TOOL_COST -> s.tools.forEach(t -> t.purchase = t.purchase.add(BigDecimal.valueOf(pick)));
            default -> throw new AssertionError(what);
        }
    }

    @Test
    void rollUp_raisingEfficiency_neverRaisesCost() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 100)).checkAssert((seed, pick) -> {
            Spec s = ModelGen.generate(seed);
            BigDecimal before = roll(s.build(), "3").unitCost().amount();
            WcSpec w = s.wcs.get(pick % s.wcs.size());
            w.efficiency = w.efficiency.add(BigDecimal.valueOf(1 + pick));
            BigDecimal after = roll(s.build(), "3").unitCost().amount();
            assertThat(after).isLessThanOrEqualTo(before);
        });
    }

    @Test
    void rollUp_pieceRateLabor_doesNotChangeWithRunTime() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Spec s = ModelGen.generate(seed);
            s.wcs.forEach(w -> w.pieceCalc = true);
            CostReport before = roll(s.build(), "4");
            s.items.forEach(i -> i.ops.forEach(o -> o.run = o.run.multiply(BigDecimal.valueOf(3))));
            CostReport after = roll(s.build(), "4");
            assertThat(after.element(CostElement.LABOR)).isEqualTo(before.element(CostElement.LABOR));
            assertThat(after.element(CostElement.MACHINE).amount())
                    .isGreaterThanOrEqualTo(before.element(CostElement.MACHINE).amount());
        });
    }

    @Test
    void rollUp_reportSumsAreExact() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            CostReport r = roll(ModelGen.generate(seed).build(), "3");
            BigDecimal byOps = r.operations().injectInto(BigDecimal.ZERO, (a, o) -> a.add(o.total().amount()));
            BigDecimal unassigned = r.unassignedMaterials().injectInto(BigDecimal.ZERO, (a, m) -> a.add(m.cost().amount()));
            assertThat(byOps.add(unassigned)).isEqualByComparingTo(r.unitCost().amount());
            assertThat(r.jointUnitCost()).isEqualTo(r.unitCost());
        });
    }
}
