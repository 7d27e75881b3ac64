package dev.mfg.mrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.BomType;
import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.planning.Demand;
import dev.mfg.mrp.horizon.PlanningHorizon;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/**
 * Dated effectivity on random scenarios ({@link RandomScenarios}) whose BOM lines get random effectivity dates
 * around and inside the horizon and some of whose BOMs are split into two versions at a random date. Phantoms are
 * made ordinary BOMs here: their pass-through is dated per parent order (covered by hand in
 * {@link EffectivityPlanningTest}), while here every dependent demand comes from a planned order, so the expected
 * side is computed from the model alone: the version and lines in force on each order's release date.
 */
class EffectivityProperties {
    private static final int EXAMPLES = Math.max(1, Integer.getInteger("QT_EXAMPLES", 1000) / 5);
    private static final String[] QTY = {"1", "2", "3", "0.5", "0.25"};

    private record Dated(RandomScenarios.Scenario scenario, List<Bom> boms) {}

    private static Dated dated(long seed) {
        RandomScenarios.Scenario s = RandomScenarios.generate(seed, false, false);
        Random rnd = new Random(seed * 31 + 7);
        PlanningHorizon h = s.options().horizon();
        int days = (int) (h.endExclusive().toEpochDay() - h.start().toEpochDay());
        List<Bom> boms = new ArrayList<>();
        for (Bom bom : s.boms()) {
            Bom ordinary = Bom.builder().from(bom).type(BomType.PRODUCTION).lines(Lists.immutable.withAll(
                    bom.lines().collect(l -> BomLine.builder().from(l).effectivity(randomEffectivity(rnd, h, days))
                            .build()))).build();
            if (rnd.nextInt(100) < 30) {
                // A second version from a day in the horizon, same components, new quantities and dates.
                LocalDate split = h.start().plusDays(1 + rnd.nextInt(Math.max(1, days - 1)));
                boms.add(Bom.builder().from(ordinary).effectivity(Effectivity.of(Fx.EFFECTIVE, split)).build());
                boms.add(Bom.builder().from(ordinary).version("2").effectivity(Effectivity.from(split))
                        .lines(Lists.immutable.withAll(ordinary.lines().collect(l -> BomLine.builder().from(l)
                                .quantity(new BigDecimal(QTY[rnd.nextInt(QTY.length)]))
                                .effectivity(randomEffectivity(rnd, h, days)).build()))).build());
            } else {
                boms.add(ordinary);
            }
        }
        PlanningSnapshot snapshot = PlanningSnapshot.builder().from(s.snapshot())
                .masterData(Fx.data(s.items(), boms)).build();
        return new Dated(new RandomScenarios.Scenario(snapshot, s.options(), s.items(), boms), boms);
    }

    /** Always (40 %), or from / until / between days from a week before the start to a week after the end. */
    private static Effectivity randomEffectivity(Random rnd, PlanningHorizon h, int days) {
        int kind = rnd.nextInt(10);
        LocalDate a = h.start().plusDays(rnd.nextInt(days + 14) - 7);
        if (kind < 4) {
            return Effectivity.ALWAYS;
        } else if (kind < 6) {
            return Effectivity.from(a);
        } else if (kind < 8) {
            return Effectivity.until(a);
        }
        return Effectivity.of(a, a.plusDays(1 + rnd.nextInt(days)));
    }

    /** {@return the item's BOM in force on the date, from the test's own list, or null} */
    private static Bom inForce(List<Bom> boms, ItemId item, LocalDate date) {
        for (Bom b : boms) {
            if (b.item().equals(item) && b.effectivity().contains(date)) {
                return b;
            }
        }
        return null;
    }

    /**
     * {@return per order id and component: Σ round6(order × qty × (1 + scrap)) over the lines of the version in
     * force on its release date that are in force on that date}
     */
    private static Map<String, Map<ItemId, BigDecimal>> expectedByOrder(Dated d, MrpResult r) {
        Map<String, Map<ItemId, BigDecimal>> out = new HashMap<>();
        for (PlannedOrder o : r.plannedOrders()) {
            Bom bom = inForce(d.boms(), o.item(), o.releaseDate());
            if (bom == null) {
                continue;
            }
            for (BomLine line : bom.lines()) {
                if (line.effectivity().contains(o.releaseDate())) {
                    BigDecimal need = o.quantity().multiply(line.quantity()).multiply(line.scrapFactor())
                            .setScale(6, RoundingMode.HALF_UP);
                    if (need.signum() > 0) {
                        out.computeIfAbsent(o.id(), k -> new HashMap<>()).merge(line.component(), need,
                                BigDecimal::add);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void dependentDemand_perOrder_isTheLinesInForceOnItsRelease() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Dated d = dated(seed);
            MrpResult r = MrpPlanner.create(d.scenario().options()).plan(d.scenario().snapshot());
            Map<String, Map<ItemId, BigDecimal>> actual = new HashMap<>();
            for (ComponentRequirement m : r.materialRequirements()) {
                actual.computeIfAbsent(m.order(), k -> new HashMap<>()).merge(m.item(), m.quantity(),
                        BigDecimal::add);
            }
            Map<String, Map<ItemId, BigDecimal>> expected = expectedByOrder(d, r);
            assertThat(actual.keySet()).as("seed %s", seed).isEqualTo(expected.keySet());
            expected.forEach((order, needs) -> {
                assertThat(actual.get(order).keySet()).as("%s seed %s", order, seed).isEqualTo(needs.keySet());
                needs.forEach((item, q) -> assertThat(actual.get(order).get(item)).as("%s %s seed %s", order, item,
                        seed).isEqualByComparingTo(q));
            });
        });
    }

    /** Σ component gross = its independent demand in the horizon + Σ over parent orders of the lines in force. */
    @Test
    void dependentDemand_isConservedPerVersion() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Dated d = dated(seed);
            MrpResult r = MrpPlanner.create(d.scenario().options()).plan(d.scenario().snapshot());
            PlanningHorizon h = d.scenario().options().horizon();
            Map<ItemId, BigDecimal> expected = new HashMap<>();
            for (Demand dm : d.scenario().snapshot().demands()) {
                if (h.bucketOf(dm.due()) < h.buckets()) {
                    expected.merge(dm.item(), dm.quantity(), BigDecimal::add);
                }
            }
            expectedByOrder(d, r).values().forEach(needs -> needs.forEach((item, q) -> expected.merge(item, q,
                    BigDecimal::add)));
            for (ItemPlan p : r.items()) {
                BigDecimal gross = p.records().injectInto(BigDecimal.ZERO, (a, rec) -> a.add(rec.grossRequirements()));
                assertThat(gross).as("%s seed %s", p.item(), seed)
                        .isEqualByComparingTo(expected.getOrDefault(p.item(), BigDecimal.ZERO));
            }
        });
    }

    /**
     * Changes dated on or before the start or on or after the horizon end: the plan equals the one of the same
     * model reduced to the old rule by hand (the version in force on the start, undated, its lines not in force on
     * the start made optional so that low-level codes, and with them the planning order, stay the same).
     */
    @Test
    void changesOutsideTheHorizon_planAsTheStartsBomForTheWholeHorizon() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            RandomScenarios.Scenario s = RandomScenarios.generate(seed, false, false);
            Random rnd = new Random(seed * 17 + 3);
            PlanningHorizon h = s.options().horizon();
            LocalDate start = h.start();
            LocalDate end = h.endExclusive();
            List<Bom> dated = new ArrayList<>();
            List<Bom> reduced = new ArrayList<>();
            for (Bom bom : s.boms()) {
                List<BomLine> lines = new ArrayList<>();
                List<BomLine> kept = new ArrayList<>();
                for (BomLine l : bom.lines()) {
                    // A date among: 30 days before, the start, the end, 30 days after.
                    LocalDate[] outside = {start.minusDays(30), start, end, end.plusDays(30)};
                    LocalDate a = outside[rnd.nextInt(4)];
                    Effectivity e = switch (rnd.nextInt(3)) {
                        case 0 -> Effectivity.ALWAYS;
                        case 1 -> Effectivity.from(a);
                        default -> Effectivity.until(a);
                    };
                    lines.add(BomLine.builder().from(l).effectivity(e).build());
                    // Not in force on the start: optional (no demand, same low-level codes and pegging order).
                    kept.add(BomLine.builder().from(l).effectivity(Effectivity.ALWAYS).optional(!e.contains(start))
                            .build());
                }
                Bom current = Bom.builder().from(bom).lines(Lists.immutable.withAll(lines)).build();
                if (rnd.nextBoolean()) {
                    // A next version (7 of the first component) from the horizon end: never in force for an order.
                    dated.add(Bom.builder().from(current).effectivity(Effectivity.of(Fx.EFFECTIVE, end)).build());
                    dated.add(Bom.builder().from(current).version("2").effectivity(Effectivity.from(end))
                            .lines(Lists.immutable.of(BomLine.builder().from(bom.lines().get(0))
                                    .quantity(new BigDecimal("7")).build())).build());
                } else {
                    dated.add(current);
                }
                reduced.add(Bom.builder().from(bom).lines(Lists.immutable.withAll(kept)).build());
            }
            MrpPlanner planner = MrpPlanner.create(s.options());
            MrpResult a = planner.plan(PlanningSnapshot.builder().from(s.snapshot())
                    .masterData(Fx.data(s.items(), dated)).build());
            MrpResult b = planner.plan(PlanningSnapshot.builder().from(s.snapshot())
                    .masterData(Fx.data(s.items(), reduced)).build());
            NetChangeProperties.assertSamePlan(a, b, "seed " + seed);
        });
    }

    /** Net change on dated models (routings, phantoms, dated lines and versions) still equals regeneration. */
    @Test
    void replan_onDatedModels_equalsFullRegeneration() {
        qt().withExamples(EXAMPLES / 2).forAll(longs().all(), longs().all()).checkAssert((seed, changeSeed) -> {
            NetChangeProperties.Model before = NetChangeProperties.model(seed);
            Random rnd = new Random(seed * 13 + 5);
            PlanningHorizon h = before.options.horizon();
            int days = (int) (h.endExclusive().toEpochDay() - h.start().toEpochDay());
            List<Bom> boms = new ArrayList<>();
            for (Bom bom : before.boms) {
                boms.add(Bom.builder().from(bom).lines(Lists.immutable.withAll(bom.lines().collect(l -> BomLine
                        .builder().from(l).effectivity(randomEffectivity(rnd, h, days)).build()))).build());
            }
            before.boms = boms;
            NetChangeProperties.Model after = before.copy();
            Random change = new Random(changeSeed);
            NetChangeProperties.change(after, change.nextInt(16), change);
            PlanningSnapshot old = before.snapshot();
            PlanningSnapshot now;
            try {
                now = after.snapshot();
            } catch (dev.mfg.core.error.InvalidInputException e) {
                return; // a change the master data rejects
            }
            MrpPlanner planner = MrpPlanner.create(before.options);
            NetChangeProperties.assertSamePlan(planner.replan(old, planner.plan(old), now), planner.plan(now),
                    "seed " + seed + " change " + changeSeed);
        });
    }
}
