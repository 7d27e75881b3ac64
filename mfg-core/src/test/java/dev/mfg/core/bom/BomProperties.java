package dev.mfg.core.bom;

import static dev.mfg.core.bom.BomFixtures.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import dev.mfg.core.error.CyclicBomException;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Property tests of the BOM algorithms against independent oracles written here. */
class BomProperties {
    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);
    private static final BomExplosion ENGINE = BomExplosion.create();
    private static final String[] QUANTITIES = {"1", "2", "7", "0.5", "12.25", "1000"};

    private static Gen<BigDecimal> quantities() {
        return SourceDSL.integers().between(0, QUANTITIES.length - 1).map(i -> new BigDecimal(QUANTITIES[i]));
    }

    /** An exact fraction, independent of the engine's own. */
    private record Frac(BigInteger n, BigInteger d) {
        static Frac of(BigDecimal v) {
            return v.scale() >= 0 ? new Frac(v.unscaledValue(), BigInteger.TEN.pow(v.scale()))
                    : new Frac(v.unscaledValue().multiply(BigInteger.TEN.pow(-v.scale())), BigInteger.ONE);
        }

        Frac times(Frac o) {
            return new Frac(n.multiply(o.n), d.multiply(o.d));
        }

        Frac over(Frac o) {
            return new Frac(n.multiply(o.d), d.multiply(o.n));
        }

        Frac plus(Frac o) {
            return new Frac(n.multiply(o.d).add(o.n.multiply(d)), d.multiply(o.d));
        }

        /** The documented boundary rule: exact when terminating, else 34 significant digits, half-even. */
        BigDecimal toDecimal() {
            BigInteger g = n.gcd(d);
            BigDecimal num = new BigDecimal(n.divide(g));
            BigDecimal den = new BigDecimal(d.divide(g));
            BigDecimal r;
            try {
                r = num.divide(den);
            } catch (ArithmeticException e) {
                r = num.divide(den, MathContext.DECIMAL128);
            }
            if (r.signum() == 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal stripped = r.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped; // 2000, not 2E+3

        }
    }

    /** Naive recursive tree walk (fine here: generated models have at most 8 levels). UNIT lines only. */
    private static void walk(ItemId item, Frac qty, boolean root, Map<ItemId, Bom> boms, Map<ItemId, Frac> totals) {
        Bom bom = boms.get(item);
        if (!root && (bom == null || bom.type() != BomType.PHANTOM)) {
            totals.merge(item, qty, Frac::plus);
        }
        if (bom == null) {
            return;
        }
        for (BomLine l : bom.lines()) {
            if (l.costOnly() || l.optional()) {
                continue;
            }
            Frac child = qty.times(Frac.of(l.quantity())).times(Frac.of(l.scrapFactor()))
                    .over(Frac.of(bom.baseQuantity()));
            walk(l.component(), child, false, boms, totals);
        }
    }

    private static Map<ItemId, BigDecimal> oracle(List<Bom> boms, ItemId root, BigDecimal qty) {
        Map<ItemId, Bom> byItem = new HashMap<>();
        boms.forEach(b -> byItem.put(b.item(), b));
        Map<ItemId, Frac> totals = new HashMap<>();
        walk(root, Frac.of(qty), true, byItem, totals);
        Map<ItemId, BigDecimal> out = new TreeMap<>();
        totals.forEach((k, v) -> out.put(k, v.toDecimal()));
        return out;
    }

    private static Map<ItemId, BigDecimal> asMap(Explosion e) {
        Map<ItemId, BigDecimal> out = new TreeMap<>();
        e.requirements().forEach(r -> out.put(r.item(), r.quantity()));
        return out;
    }

    @Test
    void explode_equalsNaiveTreeWalk() {
        qt().withExamples(EXAMPLES).forAll(BomGen.acyclic(false, "1", "2", "3", "4", "5"), quantities())
                .checkAssert((m, q) -> assertThat(asMap(ENGINE.explode(BomCatalog.of(m.boms()), m.root(), q, DAY)))
                        .isEqualTo(oracle(m.boms(), m.root(), q)));
    }

    @Test
    void explode_unitLinesOnly_isLinearInQuantity() {
        // Exact with terminating base quantities (1, 2, 4, 5). BATCH/ORDER lines are fixed per order, so they
        // are excluded by design; non-terminating results are rounded once and are linear only up to that rounding.
        Gen<BigDecimal> factors = SourceDSL.integers().between(0, 3)
                .map(i -> new BigDecimal(new String[] {"2", "3", "0.5", "10"}[i]));
        qt().withExamples(EXAMPLES).forAll(BomGen.acyclic(false, "1", "2", "4", "5"), quantities(), factors)
                .checkAssert((m, q, k) -> {
                    BomCatalog c = BomCatalog.of(m.boms());
                    Explosion one = ENGINE.explode(c, m.root(), q, DAY);
                    Explosion scaled = ENGINE.explode(c, m.root(), q.multiply(k), DAY);
                    assertThat(scaled.requirements()).hasSameSizeAs(one.requirements());
                    for (int i = 0; i < one.requirements().size(); i++) {
                        Requirement a = one.requirements().get(i);
                        Requirement b = scaled.requirements().get(i);
                        assertThat(b.item()).isEqualTo(a.item());
                        assertThat(b.quantity()).isEqualByComparingTo(a.quantity().multiply(k));
                    }
                });
    }

    @Test
    void explode_shuffledLinesAndBoms_sameResult() {
        qt().withExamples(EXAMPLES).forAll(BomGen.acyclic(true, "1", "2", "3", "4", "5"), quantities(),
                SourceDSL.longs().all()).checkAssert((m, q, seed) -> {
                    BomCatalog c = BomCatalog.of(m.boms());
                    BomCatalog shuffled = BomCatalog.of(BomGen.shuffled(m.boms(), seed));
                    assertThat(ENGINE.explode(shuffled, m.root(), q, DAY))
                            .isEqualTo(ENGINE.explode(c, m.root(), q, DAY));
                    assertThat(ENGINE.explodeTree(shuffled, m.root(), q, DAY, ExplosionOptions.defaults()))
                            .isEqualTo(ENGINE.explodeTree(c, m.root(), q, DAY, ExplosionOptions.defaults()));
                });
    }

    @Test
    void explode_treeRowsSummedPerItem_equalAggregateForUnitLines() {
        // Second path to the same totals: the tree's occurrences, summed per non-phantom item.
        qt().withExamples(EXAMPLES).forAll(BomGen.acyclic(false, "1", "2", "4", "5"), quantities())
                .checkAssert((m, q) -> {
                    BomCatalog c = BomCatalog.of(m.boms());
                    Map<ItemId, BigDecimal> sums = new TreeMap<>();
                    for (TreeRow r : ENGINE.explodeTree(c, m.root(), q, DAY, ExplosionOptions.defaults())) {
                        if (!r.phantom()) {
                            sums.merge(r.component(), r.quantity(), BigDecimal::add);
                        }
                    }
                    Map<ItemId, BigDecimal> agg = asMap(ENGINE.explode(c, m.root(), q, DAY));
                    assertThat(sums.keySet()).isEqualTo(agg.keySet());
                    sums.forEach((k, v) -> assertThat(v).isEqualByComparingTo(agg.get(k)));
                });
    }

    @Test
    void lowLevelCodes_componentBelowEveryParent() {
        qt().withExamples(EXAMPLES).forAll(BomGen.acyclic(true, "1", "3")).checkAssert(m -> {
            BomCatalog c = BomCatalog.of(m.boms());
            LowLevelCodes llc = LowLevelCodes.of(c);
            for (Bom b : c.planningBoms()) {
                for (BomLine l : b.lines()) {
                    if (!l.costOnly()) {
                        assertThat(llc.of(l.component())).isGreaterThan(llc.of(b.item()));
                    }
                }
            }
            assertThat(llc.of(m.root())).isZero();
        });
    }

    private static boolean kahnFindsCycle(BomGen.Graph g) {
        int[] indegree = new int[g.n()];
        for (int i = 0; i < g.n(); i++) {
            for (int j = 0; j < g.n(); j++) {
                if (g.edge()[i][j]) {
                    indegree[j]++;
                }
            }
        }
        List<Integer> ready = new ArrayList<>();
        for (int i = 0; i < g.n(); i++) {
            if (indegree[i] == 0) {
                ready.add(i);
            }
        }
        int done = 0;
        while (!ready.isEmpty()) {
            int u = ready.remove(ready.size() - 1);
            done++;
            for (int v = 0; v < g.n(); v++) {
                if (g.edge()[u][v] && --indegree[v] == 0) {
                    ready.add(v);
                }
            }
        }
        return done < g.n();
    }

    private static List<Bom> boms(BomGen.Graph g) {
        List<Bom> boms = new ArrayList<>();
        for (int i = 0; i < g.n(); i++) {
            List<BomLine> lines = new ArrayList<>();
            for (int j = 0; j < g.n(); j++) {
                if (g.edge()[i][j]) {
                    lines.add(BomFixtures.line(10 * (j + 1), BomFixtures.id("N" + j), "1", Uom.EA).build());
                }
            }
            if (!lines.isEmpty()) {
                boms.add(Bom.builder().item(BomFixtures.id("N" + i)).lines(Lists.immutable.withAll(lines)).build());
            }
        }
        return boms;
    }

    @Test
    void catalogCycleDetection_agreesWithKahnAndNamesARealCycle() {
        qt().withExamples(EXAMPLES).forAll(BomGen.graphs()).checkAssert(g -> {
            Throwable thrown = catchThrowable(() -> LowLevelCodes.of(BomCatalog.of(boms(g))));
            if (!kahnFindsCycle(g)) {
                assertThat(thrown).isNull();
                return;
            }
            assertThat(thrown).isInstanceOf(CyclicBomException.class);
            List<String> cycle = ((CyclicBomException) thrown).cycle().castToList();
            assertThat(cycle.size()).isGreaterThanOrEqualTo(2);
            assertThat(cycle.get(0)).isEqualTo(cycle.get(cycle.size() - 1));
            for (int i = 0; i + 1 < cycle.size(); i++) {
                int from = Integer.parseInt(cycle.get(i).substring(1));
                int to = Integer.parseInt(cycle.get(i + 1).substring(1));
                assertThat(g.edge()[from][to]).as("edge %s -> %s", cycle.get(i), cycle.get(i + 1)).isTrue();
            }
        });
    }

    @Test
    void explosionCycleGuard_unvalidatedCyclicData_alwaysThrowsCyclicBom() {
        qt().withExamples(EXAMPLES).forAll(BomGen.graphs()).checkAssert(g -> {
            List<Bom> boms = new ArrayList<>();
            // Self-loops are rejected by Bom itself; keep the rest and explode every node.
            for (Bom b : boms(withoutSelfLoops(g))) {
                boms.add(b);
            }
            BomCatalog c = BomCatalog.unvalidated(boms);
            boolean cyclic = kahnFindsCycle(withoutSelfLoops(g));
            boolean anyThrew = false;
            for (int i = 0; i < g.n(); i++) {
                try {
                    ENGINE.explode(c, BomFixtures.id("N" + i), BigDecimal.ONE, DAY);
                } catch (CyclicBomException e) {
                    anyThrew = true;
                }
            }
            assertThat(anyThrew).isEqualTo(cyclic);
        });
    }

    private static BomGen.Graph withoutSelfLoops(BomGen.Graph g) {
        boolean[][] e = new boolean[g.n()][];
        for (int i = 0; i < g.n(); i++) {
            e[i] = g.edge()[i].clone();
            e[i][i] = false;
        }
        return new BomGen.Graph(g.seed(), g.n(), e);
    }

    @Test
    void bom_selfLoop_rejectedByBomItself() {
        assertThatThrownBy(() -> boms(new BomGen.Graph(0, 1, new boolean[][] {{true}})))
                .isInstanceOf(CyclicBomException.class);
    }
}
