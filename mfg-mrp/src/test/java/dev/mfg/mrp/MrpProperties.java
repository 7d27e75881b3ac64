package dev.mfg.mrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.planning.Demand;
import dev.mfg.core.planning.ScheduledReceipt;
import dev.mfg.core.planning.StockBalance;
import dev.mfg.mrp.horizon.PlanningHorizon;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/**
 * Invariants of whole plans on random acyclic multi-level scenarios ({@link RandomScenarios}); every expected
 * value is recomputed here from the snapshot and the documented rules, never taken from the engine.
 */
class MrpProperties {
    private static final int EXAMPLES = Math.max(1, Integer.getInteger("QT_EXAMPLES", 1000) / 4);

    private static MrpResult plan(RandomScenarios.Scenario s) {
        return MrpPlanner.create(s.options()).plan(s.snapshot());
    }

    private static Map<ItemId, Item> items(RandomScenarios.Scenario s) {
        Map<ItemId, Item> m = new HashMap<>();
        s.items().forEach(i -> m.put(i.id(), i));
        return m;
    }

    private static boolean isPhantom(RandomScenarios.Scenario s, ItemId item) {
        return s.boms().stream().anyMatch(b -> b.item().equals(item) && b.isPhantom());
    }

    @Test
    void projectedOnHand_neverBelowSafetyStock_withUnconstrainedSupply() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            RandomScenarios.Scenario s = RandomScenarios.generate(seed, false, false);
            MrpResult r = plan(s);
            Map<ItemId, Item> items = items(s);
            for (ItemPlan p : r.items()) {
                BigDecimal ss = isPhantom(s, p.item()) ? BigDecimal.ZERO : items.get(p.item()).safetyStock();
                for (PlanRecord rec : p.records()) {
                    assertThat(rec.projectedOnHand()).as("%s bucket %s seed %s", p.item(), rec.bucket(), seed)
                            .isGreaterThanOrEqualTo(ss);
                }
            }
        });
    }

    @Test
    void records_balance_bucketByBucket() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            RandomScenarios.Scenario s = RandomScenarios.generate(seed, false, false);
            MrpResult r = plan(s);
            Map<ItemId, BigDecimal> stock = new HashMap<>();
            s.snapshot().onHand().forEach(b -> stock.put(b.item(), b.quantity()));
            for (ItemPlan p : r.items()) {
                BigDecimal poh = stock.getOrDefault(p.item(), BigDecimal.ZERO);
                for (PlanRecord rec : p.records()) {
                    poh = poh.add(rec.scheduledReceipts()).add(rec.plannedOrderReceipts())
                            .subtract(rec.grossRequirements());
                    assertThat(rec.projectedOnHand()).as("%s seed %s", p.item(), seed).isEqualByComparingTo(poh);
                }
            }
        });
    }

    /**
     * Σ component gross = its independent demand in the horizon + Σ over parents' lots (planned orders, or a
     * phantom's pass-through per bucket) of round6(lot × qty / base × (1 + scrap)).
     */
    @Test
    void dependentDemand_isConserved() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            RandomScenarios.Scenario s = RandomScenarios.generate(seed, false, false);
            MrpResult r = plan(s);
            PlanningHorizon h = s.options().horizon();
            Map<ItemId, BigDecimal> expected = new HashMap<>();
            for (Demand d : s.snapshot().demands()) {
                if (h.bucketOf(d.due()) < h.buckets()) {
                    expected.merge(d.item(), d.quantity(), BigDecimal::add);
                }
            }
            for (Bom bom : s.boms()) {
                List<BigDecimal> lots = new ArrayList<>();
                if (bom.isPhantom()) {
                    r.item(bom.item()).orElseThrow().records().forEach(rec -> {
                        if (rec.plannedOrderReceipts().signum() > 0) {
                            lots.add(rec.plannedOrderReceipts());
                        }
                    });
                } else {
                    r.plannedOrders().select(o -> o.item().equals(bom.item())).forEach(o -> lots.add(o.quantity()));
                }
                for (BomLine line : bom.lines()) {
                    for (BigDecimal lot : lots) {
                        BigDecimal need = lot.multiply(line.quantity()).multiply(line.scrapFactor())
                                .setScale(6, RoundingMode.HALF_UP);
                        expected.merge(line.component(), need, BigDecimal::add);
                    }
                }
            }
            for (ItemPlan p : r.items()) {
                BigDecimal gross = p.records().injectInto(BigDecimal.ZERO, (a, rec) -> a.add(rec.grossRequirements()));
                assertThat(gross).as("%s seed %s", p.item(), seed)
                        .isEqualByComparingTo(expected.getOrDefault(p.item(), BigDecimal.ZERO));
            }
        });
    }

    @Test
    void lotSizes_respectFixedQuantityMultipleAndMaximum() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            RandomScenarios.Scenario s = RandomScenarios.generate(seed, false, false);
            MrpResult r = plan(s);
            Map<ItemId, Item> items = items(s);
            for (PlannedOrder o : r.plannedOrders()) {
                var lots = items.get(o.item()).lotSizing();
                assertThat(o.quantity().signum()).isPositive();
                lots.multiple().ifPresent(m -> assertThat(o.quantity().remainder(m)).as("seed %s", seed)
                        .isEqualByComparingTo(BigDecimal.ZERO));
                lots.maximum().ifPresent(m -> assertThat(o.quantity()).isLessThanOrEqualTo(m));
                if (lots.rule() == dev.mfg.core.item.LotSizingRule.FIXED_ORDER_QUANTITY) {
                    assertThat(o.quantity()).as("seed %s", seed).isEqualByComparingTo(lots.quantity().orElseThrow());
                }
            }
        });
    }

    /**
     * Material requirements come by order number ({@code PLN-n}), then operation (none first), then component id;
     * the scenarios' phantoms pass rows through to their parents' orders, which must merge into that order.
     */
    @Test
    void materialRequirements_byOrderNumberThenOperationThenComponent() {
        java.util.Comparator<ComponentRequirement> output = java.util.Comparator
                .comparingInt((ComponentRequirement m) -> Integer.parseInt(m.order().substring("PLN-".length())))
                .thenComparingInt(m -> m.operation().orElse(0)).thenComparing(ComponentRequirement::item);
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            MrpResult r = plan(RandomScenarios.generate(seed, false, false));
            List<ComponentRequirement> rows = new ArrayList<>(r.materialRequirements().castToList());
            assertThat(rows).as("seed %s", seed).isSortedAccordingTo(output);
            // Random access agrees with iteration.
            for (int x = rows.size() - 1; x >= 0; x -= 7) {
                assertThat(r.materialRequirements().get(x)).isEqualTo(rows.get(x));
            }
        });
    }

    @Test
    void shuffledInputLists_giveAnEqualPlan() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            RandomScenarios.Scenario s = RandomScenarios.generate(seed, false, false);
            Random rnd = new Random(seed ^ 0x5DEECE66DL);
            List<Item> items = new ArrayList<>(s.items());
            List<Bom> boms = new ArrayList<>(s.boms());
            List<Demand> demands = new ArrayList<>(s.snapshot().demands().castToList());
            List<ScheduledReceipt> receipts = new ArrayList<>(s.snapshot().scheduledReceipts().castToList());
            List<StockBalance> stock = new ArrayList<>(s.snapshot().onHand().castToList());
            Collections.shuffle(items, rnd);
            Collections.shuffle(boms, rnd);
            Collections.shuffle(demands, rnd);
            Collections.shuffle(receipts, rnd);
            Collections.shuffle(stock, rnd);
            PlanningSnapshot shuffled = PlanningSnapshot.builder().masterData(Fx.data(items, boms))
                    .demands(Lists.immutable.withAll(demands)).scheduledReceipts(Lists.immutable.withAll(receipts))
                    .onHand(Lists.immutable.withAll(stock)).build();
            MrpResult a = plan(s);
            MrpResult b = MrpPlanner.create(s.options()).plan(shuffled);
            assertThat(b).as("seed %s", seed).isEqualTo(a);
            assertThat(b.toString()).isEqualTo(a.toString());
        });
    }

    /**
     * Without stock, receipts or safety stock, every quantity pegged to a demand sums to that demand: an
     * independent demand over its item's planned orders, and a parent order's requirement of a component (its
     * material requirements) over the component's planned orders.
     */
    @Test
    void peggedQuantities_sumToDemand() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            RandomScenarios.Scenario s = RandomScenarios.generate(seed, true, true);
            MrpResult r = plan(s);
            PlanningHorizon h = s.options().horizon();
            Map<String, BigDecimal> expected = new HashMap<>();
            for (Demand d : s.snapshot().demands()) {
                if (h.bucketOf(d.due()) < h.buckets() && !isPhantom(s, d.item()) && d.quantity().signum() > 0) {
                    expected.merge(d.item() + "|" + d.id(), d.quantity(), BigDecimal::add);
                }
            }
            for (ComponentRequirement m : r.materialRequirements()) {
                if (!isPhantom(s, m.item())) {
                    expected.merge(m.item() + "|" + m.order(), m.quantity(), BigDecimal::add);
                }
            }
            // Demands of phantoms reach the phantom's components through its pass-through: not counted here.
            java.util.Set<String> phantomDemands = new java.util.HashSet<>();
            s.snapshot().demands().select(d -> isPhantom(s, d.item())).forEach(d -> phantomDemands.add(d.id()));
            Map<String, BigDecimal> actual = new HashMap<>();
            for (PlannedOrder o : r.plannedOrders()) {
                assertThat(o.excess()).as("seed %s", seed).isEqualByComparingTo(BigDecimal.ZERO);
                for (PeggedDemand p : o.pegging()) {
                    if (!phantomDemands.contains(p.demand())) {
                        actual.merge(o.item() + "|" + p.demand(), p.quantity(), BigDecimal::add);
                    }
                }
            }
            assertThat(actual.keySet()).as("seed %s", seed).isEqualTo(expected.keySet());
            expected.forEach((k, v) -> assertThat(actual.get(k)).as("%s seed %s", k, seed).isEqualByComparingTo(v));
        });
    }

    /**
     * Lot-for-lot without safety stock orders exactly the minimum: for each item, the total planned receipts
     * equal {@code max(0, max_t(cumulative gross[t] − on hand − cumulative receipts[t]))}.
     */
    @Test
    void lotForLot_ordersTheMinimum() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            RandomScenarios.Scenario s = RandomScenarios.generate(seed, true, false);
            MrpResult r = plan(s);
            Map<ItemId, BigDecimal> stock = new HashMap<>();
            s.snapshot().onHand().forEach(b -> stock.put(b.item(), b.quantity()));
            for (ItemPlan p : r.items()) {
                BigDecimal need = BigDecimal.ZERO;
                BigDecimal cum = stock.getOrDefault(p.item(), BigDecimal.ZERO).negate();
                BigDecimal planned = BigDecimal.ZERO;
                for (PlanRecord rec : p.records()) {
                    cum = cum.add(rec.grossRequirements()).subtract(rec.scheduledReceipts());
                    need = need.max(cum);
                    planned = planned.add(rec.plannedOrderReceipts());
                }
                assertThat(planned).as("%s seed %s", p.item(), seed).isEqualByComparingTo(need);
            }
        });
    }
}
