package dev.mfg.mrp.lotsizing;

import static dev.mfg.mrp.lotsizing.TestUnits.oracleCost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the policies against independent oracles: brute-force enumeration of all plans, plain
 * BigDecimal costs and balance simulation written here, not in the code under test.
 */
class LotSizingProperties {
    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);

    /** Requirements of 1..10 buckets, 0..30 units in half units (so fractional micro-quantities appear). */
    private static Gen<long[]> requirements() {
        return lists().of(integers().between(0, 60)).ofSizeBetween(1, 10).map(LotSizingProperties::halfUnits);
    }

    private static long[] halfUnits(List<Integer> values) {
        long[] r = new long[values.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = values.get(i) * 500_000L;
        }
        return r;
    }

    /** Setup cost 0.0 .. 200.0. */
    private static Gen<BigDecimal> setups() {
        return integers().between(0, 2000).map(s -> BigDecimal.valueOf(s, 1));
    }

    /** Holding cost 0.01 .. 3.00. */
    private static Gen<BigDecimal> holdings() {
        return integers().between(1, 300).map(h -> BigDecimal.valueOf(h, 2));
    }

    /** The minimum cost over all 2^n receipt patterns (each receipt covers up to the next one). */
    private static BigDecimal bruteForce(long[] req, BigDecimal setup, BigDecimal holding) {
        int n = req.length;
        BigDecimal best = null;
        for (int mask = 0; mask < (1 << n); mask++) {
            long[] rec = new long[n];
            int current = -1;
            for (int t = 0; t < n; t++) {
                if ((mask & (1 << t)) != 0) {
                    current = t;
                }
                if (current >= 0) {
                    rec[current] += req[t];
                }
            }
            BigDecimal c = oracleCost(req, rec, setup, holding);
            if (c != null && (best == null || c.compareTo(best) < 0)) {
                best = c;
            }
        }
        return best;
    }

    private static LotSizingPolicy policy(int kind, BigDecimal setup, BigDecimal holding, int param) {
        switch (kind) {
            case 0: return LotForLot.of();
            case 1: return FixedOrderQuantity.of(param * 500_000L);
            case 2: return PeriodOrderQuantity.of(1 + param % 5);
            case 3: return EconomicOrderQuantity.of(setup, holding);
            case 4: return SilverMeal.of(setup, holding);
            case 5: return LeastUnitCost.of(setup, holding);
            case 6: return PartPeriodBalancing.of(setup, holding);
            default: return WagnerWhitin.of(setup, holding);
        }
    }

    @Test
    void wagnerWhitin_costEqualsBruteForce() {
        qt().withExamples(EXAMPLES).forAll(requirements(), setups(), holdings()).checkAssert((req, s, h) -> {
            LotSizingPlan plan = LotSizingPlan.plan(WagnerWhitin.of(s, h), LotModifiers.none(), req);
            assertThat(oracleCost(req, plan.receipts(), s, h)).isEqualByComparingTo(bruteForce(req, s, h));
        });
    }

    @Test
    void wagnerWhitin_neverBeatenByAnotherPolicy() {
        qt().withExamples(EXAMPLES).forAll(requirements(), setups(), holdings(), integers().between(1, 40))
                .checkAssert((req, s, h, param) -> {
                    BigDecimal ww = oracleCost(req,
                            LotSizingPlan.plan(WagnerWhitin.of(s, h), LotModifiers.none(), req).receipts(), s, h);
                    for (int kind = 0; kind < 7; kind++) {
                        LotSizingPolicy p = policy(kind, s, h, param);
                        BigDecimal other = oracleCost(req,
                                LotSizingPlan.plan(p, LotModifiers.none(), req).receipts(), s, h);
                        assertThat(ww).as("%s", p).isLessThanOrEqualTo(other);
                    }
                });
    }

    @Test
    void lotForLot_exactlyTheRequirements_andMinimal() {
        qt().withExamples(EXAMPLES).forAll(requirements()).checkAssert(req -> {
            long[] rec = LotSizingPlan.plan(LotForLot.of(), LotModifiers.none(), req).receipts();
            assertThat(rec).containsExactly(req);
            for (int t = 0; t < rec.length; t++) {
                if (rec[t] > 0) {
                    long[] reduced = rec.clone();
                    reduced[t] -= 1; // one micro-unit less anywhere leaves that bucket short
                    assertThat(oracleCost(req, reduced, BigDecimal.ONE, BigDecimal.ONE)).isNull();
                    long[] removed = rec.clone();
                    removed[t] = 0;
                    assertThat(oracleCost(req, removed, BigDecimal.ONE, BigDecimal.ONE)).isNull();
                }
            }
        });
    }

    @Test
    void everyPolicy_coversRequirements_andOrdersOnlyWhenShort() {
        qt().withExamples(EXAMPLES)
                .forAll(requirements(), integers().between(0, 7), integers().between(1, 40),
                        integers().between(0, 20))
                .checkAssert((req, kind, param, modifier) -> {
                    BigDecimal s = BigDecimal.valueOf(param * 7L, 1);
                    BigDecimal h = BigDecimal.valueOf(1 + modifier, 1);
                    LotModifiers mods = LotModifiers.of(modifier * 1_000_000L, (modifier % 4) * 250_000L,
                            modifier == 0 ? 0 : (modifier + 5) * 1_000_000L);
                    long[] rec = LotSizingPlan.plan(policy(kind, s, h, param), mods, req).receipts();
                    long balance = 0;
                    for (int t = 0; t < req.length; t++) {
                        long before = balance - req[t];
                        assertThat(rec[t] > 0).as("receipt at %d only if short", t).isEqualTo(before < 0);
                        balance = before + rec[t];
                        assertThat(balance).as("covered at %d", t).isGreaterThanOrEqualTo(0);
                    }
                });
    }

    @Test
    void fixedOrderQuantity_everyOrderIsTheQuantity() {
        qt().withExamples(EXAMPLES).forAll(requirements(), integers().between(1, 40)).checkAssert((req, q) -> {
            long foq = q * 500_000L;
            LotSizingPlan plan = LotSizingPlan.plan(FixedOrderQuantity.of(foq), LotModifiers.none(), req);
            for (int t = 0; t < req.length; t++) {
                for (long order : plan.orders(t)) {
                    assertThat(order).isEqualTo(foq);
                }
                assertThat(plan.receipts()[t] % foq).isZero();
            }
        });
    }

    @Test
    void multiple_everyOrderIsAMultiple() {
        qt().withExamples(EXAMPLES)
                .forAll(requirements(), integers().between(0, 7), integers().between(1, 40),
                        integers().between(1, 12))
                .checkAssert((req, kind, param, m) -> {
                    long multiple = m * 250_000L;
                    // minimum and a maximum that is itself a multiple keep every order a multiple
                    long maximum = multiple * (1 + param % 3) * 4;
                    LotModifiers mods = LotModifiers.of(Math.min(param * 100_000L, maximum), multiple, maximum);
                    LotSizingPlan plan = LotSizingPlan.plan(policy(kind, bd(param), bd(1 + m), param), mods, req);
                    for (int t = 0; t < req.length; t++) {
                        for (long order : plan.orders(t)) {
                            assertThat(order % multiple).isZero();
                        }
                    }
                });
    }

    @Test
    void maximum_noOrderExceedsIt_andTotalKept() {
        qt().withExamples(EXAMPLES)
                .forAll(integers().between(1, 5_000_000), integers().between(0, 100), integers().between(0, 50),
                        integers().between(1, 500))
                .checkAssert((lot, min, mult, max) -> {
                    long maximum = Math.max(max * 10_000L, min * 10_000L);
                    LotModifiers mods = LotModifiers.of(min * 10_000L, mult * 10_000L, maximum);
                    long[] orders = mods.apply(lot * 10L);
                    long total = 0;
                    for (long o : orders) {
                        assertThat(o).isPositive().isLessThanOrEqualTo(maximum);
                        total += o;
                    }
                    // independent expectation of the total: max(lot, min), rounded up to the multiple
                    long expected = Math.max(lot * 10L, min * 10_000L);
                    if (mult > 0) {
                        long m = mult * 10_000L;
                        expected = (expected + m - 1) / m * m;
                    }
                    assertThat(total).isEqualTo(expected);
                    assertThat(orders.length).isEqualTo((int) ((expected + maximum - 1) / maximum));
                });
    }

    @Test
    void minimum_everyOrderAtLeastMinimum() {
        qt().withExamples(EXAMPLES)
                .forAll(requirements(), integers().between(0, 7), integers().between(1, 40),
                        integers().between(0, 30))
                .checkAssert((req, kind, param, min) -> {
                    long minimum = min * 500_000L;
                    LotModifiers mods = LotModifiers.of(minimum, 0, 0);
                    LotSizingPlan plan = LotSizingPlan.plan(policy(kind, bd(param), bd(1), param), mods, req);
                    for (int t = 0; t < req.length; t++) {
                        for (long order : plan.orders(t)) {
                            assertThat(order).isGreaterThanOrEqualTo(minimum);
                        }
                    }
                });
    }

    @Test
    void nonTrivialPolicies_lotsNeverReachPastHorizon() {
        // a lot proposed at t never exceeds the rest-of-horizon requirement (except FOQ/EOQ by design)
        qt().withExamples(EXAMPLES).forAll(requirements(), integers().between(0, 7), setups(), holdings())
                .checkAssert((req, kind, s, h) -> {
                    if (kind == 1 || kind == 3) {
                        return;
                    }
                    LotSizingPolicy p = policy(kind, s, h, 3);
                    for (int t = 0; t < req.length; t++) {
                        if (req[t] > 0) {
                            long rest = 0;
                            for (int k = t; k < req.length; k++) {
                                rest += req[k];
                            }
                            long lot = p.lotAt(req, t, req.length, 0);
                            assertThat(lot).isBetween(req[t], rest);
                        }
                    }
                });
    }

    private static BigDecimal bd(int v) {
        return BigDecimal.valueOf(v);
    }
}
