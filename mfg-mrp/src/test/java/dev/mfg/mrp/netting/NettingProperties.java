package dev.mfg.mrp.netting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.mfg.mrp.lotsizing.EconomicOrderQuantity;
import dev.mfg.mrp.lotsizing.FixedOrderQuantity;
import dev.mfg.mrp.lotsizing.LeastUnitCost;
import dev.mfg.mrp.lotsizing.LotForLot;
import dev.mfg.mrp.lotsizing.LotModifiers;
import dev.mfg.mrp.lotsizing.LotSizingPlan;
import dev.mfg.mrp.lotsizing.LotSizingPolicy;
import dev.mfg.mrp.lotsizing.PartPeriodBalancing;
import dev.mfg.mrp.lotsizing.PeriodOrderQuantity;
import dev.mfg.mrp.lotsizing.SilverMeal;
import dev.mfg.mrp.lotsizing.WagnerWhitin;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of netting and pegging against oracles written here (balance simulation, naive re-netting). */
class NettingProperties {
    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);
    private static final long HALF = 500_000L;

    /** A random item: 1..12 buckets, gross 0..30 and sparse receipts in half units, on hand, SS, policy. */
    record Case(long[] gross, long[] receipts, long onHand, long safetyStock, int kind, int param, int mods) {
        LotSizingPolicy policy() {
            BigDecimal setup = BigDecimal.valueOf(param * 7L);
            BigDecimal holding = BigDecimal.valueOf(1 + param % 3);
            switch (kind) {
                case 0: return LotForLot.of();
                case 1: return FixedOrderQuantity.of((1 + param) * HALF);
                case 2: return PeriodOrderQuantity.of(1 + param % 4);
                case 3: return EconomicOrderQuantity.of(setup, holding);
                case 4: return SilverMeal.of(setup, holding);
                case 5: return LeastUnitCost.of(setup, holding);
                case 6: return PartPeriodBalancing.of(setup, holding);
                default: return WagnerWhitin.of(setup, holding);
            }
        }

        LotModifiers modifiers() {
            switch (mods) {
                case 1: return LotModifiers.of(7 * HALF, 0, 0);
                case 2: return LotModifiers.of(0, 4 * HALF, 0);
                case 3: return LotModifiers.of(0, 0, 9 * HALF);
                case 4: return LotModifiers.of(3 * HALF, 2 * HALF, 10 * HALF);
                default: return LotModifiers.none();
            }
        }

        ItemRecordInput input() {
            return ItemRecordInput.builder().grossRequirements(gross).scheduledReceipts(receipts).onHand(onHand)
                    .safetyStock(safetyStock).policy(policy()).modifiers(modifiers()).build();
        }

        ItemRecord plan() {
            return ItemNetting.plan(input());
        }
    }

    private static Gen<Case> cases(Gen<Integer> kinds, Gen<Integer> mods) {
        Gen<List<Integer>> grossGen = lists().of(integers().between(0, 60)).ofSizeBetween(1, 12);
        return grossGen.flatMap(g -> lists().of(integers().between(-40, 40)).ofSize(g.size()).flatMap(sr ->
                integers().between(0, 80).zip(integers().between(0, 20), kinds, integers().between(0, 20),
                        (oh, ss, kind, param) -> new long[] {oh, ss, kind, param})
                        .zip(mods, (a, m) -> new Case(half(g, false), half(sr, true), a[0] * HALF, a[1] * HALF,
                                (int) a[2], (int) a[3], m))));
    }

    private static Gen<Case> anyCase() {
        return cases(integers().between(0, 7), integers().between(0, 4));
    }

    private static long[] half(List<Integer> values, boolean sparse) {
        long[] r = new long[values.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = sparse ? Math.max(0, values.get(i)) * HALF : values.get(i) * HALF;
        }
        return r;
    }

    /** POH by plain simulation of the definition, from given planned receipts. */
    private static long[] simulate(Case c, long[] planned) {
        long[] poh = new long[c.gross.length];
        long b = c.onHand;
        for (int t = 0; t < poh.length; t++) {
            b = b + c.receipts[t] + planned[t] - c.gross[t];
            poh[t] = b;
        }
        return poh;
    }

    /** The spec read literally: at each short bucket rebuild the full rest-of-horizon nets and ask the policy. */
    private static List<PlannedLot> naiveOrders(Case c) {
        int n = c.gross.length;
        long total = 0;
        for (long g : c.gross) {
            total += g;
        }
        LotSizingPolicy policy = c.policy();
        LotModifiers modifiers = c.modifiers();
        List<PlannedLot> orders = new ArrayList<>();
        long poh = c.onHand;
        for (int t = 0; t < n; t++) {
            long balance = poh + c.receipts[t] - c.gross[t];
            while (balance < c.safetyStock) {
                long[] net = new long[n];
                net[t] = c.safetyStock - balance;
                long sim = c.safetyStock;
                for (int k = t + 1; k < n; k++) {
                    sim += c.receipts[k] - c.gross[k];
                    if (sim < c.safetyStock) {
                        net[k] = c.safetyStock - sim;
                        sim = c.safetyStock;
                    }
                }
                for (long q : modifiers.apply(policy.lotAt(net, t, n, total))) {
                    orders.add(new PlannedLot(t, q));
                    balance += q;
                }
            }
            poh = balance;
        }
        return orders;
    }

    @Test
    void plan_everyPolicy_equalsNaiveFullHorizonRenetting() {
        qt().withExamples(EXAMPLES).forAll(anyCase())
                .checkAssert(c -> assertThat(c.plan().plannedOrders()).containsExactlyElementsOf(naiveOrders(c)));
    }

    @Test
    void plan_everyPolicy_keepsProjectedOnHandAtOrAboveSafetyStock() {
        qt().withExamples(EXAMPLES).forAll(anyCase()).checkAssert(c -> {
            ItemRecord r = c.plan();
            assertThat(java.util.Arrays.stream(r.projectedOnHand()).min().getAsLong())
                    .isGreaterThanOrEqualTo(c.safetyStock);
            assertThat(r.belowSafetyStock().isEmpty()).isTrue();
        });
    }

    @Test
    void plan_rows_matchDefinitionsByIndependentSimulation() {
        qt().withExamples(EXAMPLES).forAll(anyCase()).checkAssert(c -> {
            ItemRecord r = c.plan();
            long[] pr = r.plannedOrderReceipts();
            assertThat(r.projectedOnHand()).containsExactly(simulate(c, pr));
            long prev = c.onHand;
            for (int t = 0; t < pr.length; t++) {
                assertThat(r.netRequirements()[t]).isEqualTo(Math.max(0, c.safetyStock - (prev + c.receipts[t]
                        - c.gross[t])));
                prev = r.projectedOnHand(t);
            }
            long sum = 0;
            for (PlannedLot lot : r.plannedOrders()) {
                sum += lot.quantity();
            }
            assertThat(sum).isEqualTo(java.util.Arrays.stream(pr).sum());
        });
    }

    @Test
    void plan_conservation_endingOnHandIsOnHandPlusSupplyMinusGross() {
        qt().withExamples(EXAMPLES).forAll(anyCase()).checkAssert(c -> {
            ItemRecord r = c.plan();
            long expected = c.onHand;
            for (int t = 0; t < c.gross.length; t++) {
                expected += c.receipts[t] + r.plannedOrderReceipts()[t] - c.gross[t];
            }
            assertThat(r.endingOnHand()).isEqualTo(expected);
        });
    }

    @Test
    void plan_lotForLot_isMinimal_reducingAnyReceiptBreaksSafetyStock() {
        qt().withExamples(EXAMPLES).forAll(cases(integers().between(0, 0), integers().between(0, 0))).checkAssert(c -> {
            long[] pr = c.plan().plannedOrderReceipts();
            for (int t = 0; t < pr.length; t++) {
                if (pr[t] > 0) {
                    long[] less = pr.clone();
                    less[t] -= 1; // one micro-unit less
                    assertThat(java.util.Arrays.stream(simulate(c, less)).min().getAsLong()).isLessThan(c.safetyStock);
                }
            }
        });
    }

    @Test
    void plan_fixedOrderQuantity_everyOrderHasTheFixedSize() {
        qt().withExamples(EXAMPLES).forAll(cases(integers().between(1, 1), integers().between(0, 0))).checkAssert(c ->
                assertThat(c.plan().plannedOrders()).allSatisfy(lot ->
                        assertThat(lot.quantity()).isEqualTo((1 + c.param) * HALF)));
    }

    @Test
    void plan_withoutStock_equalsLotSizingPlanOfTheGross() {
        qt().withExamples(EXAMPLES).forAll(anyCase()).checkAssert(c -> {
            Case bare = new Case(c.gross, new long[c.gross.length], 0, 0, c.kind, c.param, c.mods);
            LotSizingPlan plan = LotSizingPlan.plan(bare.policy(), bare.modifiers(), c.gross);
            assertThat(bare.plan().plannedOrderReceipts()).containsExactly(plan.receipts());
        });
    }

    @Test
    void plan_sameInputTwice_equalRecords() {
        qt().withExamples(EXAMPLES).forAll(anyCase()).checkAssert(c -> assertThat(c.plan()).isEqualTo(c.plan()));
    }

    @Test
    void workspace_reusedAcrossItems_equalsFreshPlans() {
        NettingWorkspace ws = NettingWorkspace.create(1);
        qt().withExamples(EXAMPLES).forAll(anyCase()).checkAssert(c -> {
            ws.plan(c.input());
            assertThat(ws.toRecord()).isEqualTo(c.plan());
        });
    }

    @Test
    void pegging_planSupplies_everyDemandFullyPeggedAndNoSupplyOverPegged() {
        qt().withExamples(EXAMPLES).forAll(anyCase()).checkAssert(c -> {
            ItemRecord r = c.plan();
            List<PeggingDemand> demands = new ArrayList<>();
            for (int t = 0; t < c.gross.length; t++) {
                // Split each bucket's gross into a sales order and a forecast.
                long so = c.gross[t] / 2;
                demands.add(PeggingDemand.of("SO-" + t, DemandKind.SALES_ORDER, t, so));
                demands.add(PeggingDemand.of("FC-" + t, DemandKind.FORECAST, t, c.gross[t] - so));
            }
            List<PeggingSupply> supplies = new ArrayList<>(Pegging.plannedOrderSupplies(r).castToList());
            supplies.add(PeggingSupply.onHand(c.onHand));
            for (int t = 0; t < c.gross.length; t++) {
                supplies.add(PeggingSupply.scheduledReceipt("SR-" + t, t, c.receipts[t]));
            }
            Pegging p = Pegging.allocate(demands, supplies, c.safetyStock);
            assertThat(p.demands()).allSatisfy(d -> {
                assertThat(d.shortfall()).isZero();
                assertThat(d.pegged()).isEqualTo(d.demand().quantity());
            });
            assertThat(p.safetyStockShortfall()).isZero();
            long excess = 0;
            for (SupplyPegging s : p.supplies()) {
                assertThat(s.pegged() + s.safetyStock() + s.excess()).isEqualTo(s.supply().quantity());
                assertThat(s.excess()).isGreaterThanOrEqualTo(0);
                excess += s.excess();
                // Supply never pegged to a demand due before it arrives, for a plan without a fence.
                for (Peg peg : s.pegs()) {
                    int due = Integer.parseInt(peg.demandId().substring(3));
                    assertThat(s.supply().bucket()).isLessThanOrEqualTo(due);
                }
            }
            assertThat(excess).isEqualTo(r.endingOnHand() - c.safetyStock);
            assertThat(Pegging.allocate(demands, supplies, c.safetyStock)).isEqualTo(p);
        });
    }
}
