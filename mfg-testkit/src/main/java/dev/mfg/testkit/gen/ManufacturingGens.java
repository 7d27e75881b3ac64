package dev.mfg.testkit.gen;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomCatalog;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.LotSizing;
import dev.mfg.core.item.LotSizingRule;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.planning.Demand;
import dev.mfg.core.planning.DemandType;
import dev.mfg.core.planning.ScheduledReceipt;
import dev.mfg.core.planning.StockBalance;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.UnitPrice;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterCategory;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.Routing;
import dev.mfg.testkit.scenario.Planning;
import dev.mfg.testkit.scenario.PlanningBucket;
import dev.mfg.testkit.scenario.Scenario;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.eclipse.collections.api.factory.Lists;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of manufacturing models, for property tests in any module.
 *
 * <pre>{@code
 * qt().forAll(ManufacturingGens.masterData()).checkAssert(data -> ...);          // always valid
 * qt().forAll(ManufacturingGens.invalidModels()).checkAssert(m ->                 // each kind raises its rule
 *     assertThatThrownBy(m::build).isInstanceOfSatisfying(InvalidInputException.class,
 *         e -> assertThat(e.problems().collect(Problem::rule)).contains(m.expectedRule().name())));
 * }</pre>
 *
 * <p>How valid models are built (so that every generated value is valid, and so is every shrink):
 * <ul>
 *   <li>Level by level: 1 to 4 levels of made items ({@code M<level>-<k>}, MAKE, EA, 1 to 3 per level) above one
 *       level of bought parts ({@code P-<k>}, BUY, EA or KG, with a standard cost in USD, 1 to 4). A BOM line
 *       only points to a deeper level (its first line to the next one, so every level is used), so cycles cannot
 *       happen; lines of KG parts are given in G.</li>
 *   <li>1 to 3 work centers ({@code WC-<k>}, efficiency 50–100 %), and for some made items a routing of 1 to 4
 *       operations on them.</li>
 *   <li>Every value is a function of small integers drawn from QuickTheories' randomness source; shrinking
 *       shrinks those integers, and since every integer in its range gives a valid model, shrunk models are
 *       valid too (smaller: fewer levels, items, lines, operations; smaller quantities).</li>
 * </ul>
 * Money is in {@link #CURRENCY}. Invalid models: {@link #invalidModels(InvalidKind)}, one valid model with
 * exactly one defect of the kind.
 *
 * @since 0.1
 */
public final class ManufacturingGens {
    /** The currency of every generated amount. */
    public static final String CURRENCY = "USD";
    /** The planning start of generated scenarios (a Monday). */
    public static final LocalDate START = LocalDate.of(2026, 1, 5);

    private ManufacturingGens() {}

    /** Draws small integers from the randomness source; each draw shrinks on its own. */
    private static final class Draw {
        private final RandomnessSource source;

        Draw(RandomnessSource source) {
            this.source = source;
        }

        int between(int lowInclusive, int highInclusive) {
            return Generate.range(lowInclusive, highInclusive).generate(source);
        }
    }

    /** A valid model's parts, in build order; lists are copied by each build. */
    private static final class Parts {
        final List<List<ItemId>> levels = new ArrayList<>();
        final List<Item> items = new ArrayList<>();
        final List<Bom> boms = new ArrayList<>();
        final List<WorkCenter> workCenters = new ArrayList<>();
        final List<Routing> routings = new ArrayList<>();

        int madeLevels() {
            return levels.size() - 1;
        }

        List<ItemId> leaves() {
            return levels.get(levels.size() - 1);
        }

        Item item(ItemId id) {
            return items.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
        }

        Bom bom(ItemId id) {
            return boms.stream().filter(b -> b.item().equals(id)).findFirst().orElseThrow();
        }

        MasterData build() {
            return build(items, boms, workCenters, routings);
        }

        static MasterData build(List<Item> items, List<Bom> boms, List<WorkCenter> wcs, List<Routing> routings) {
            return MasterData.builder().items(Lists.immutable.withAll(items)).boms(Lists.immutable.withAll(boms))
                    .workCenters(Lists.immutable.withAll(wcs)).routings(Lists.immutable.withAll(routings)).build();
        }
    }

    private static Parts parts(Draw d, int minMadeLevels) {
        Parts p = new Parts();
        int made = d.between(minMadeLevels, 4);
        for (int l = 0; l <= made; l++) {
            int width = l == made ? d.between(1, 4) : d.between(1, 3);
            List<ItemId> ids = new ArrayList<>(width);
            for (int k = 0; k < width; k++) {
                ItemId id = ItemId.of(l == made ? "P-" + k : "M" + l + "-" + k);
                ids.add(id);
                if (l == made) {
                    Uom uom = d.between(0, 3) == 3 ? Uom.KG : Uom.EA;
                    p.items.add(Item.builder().id(id).uom(uom).procurement(Procurement.BUY)
                            .leadTimeDays(d.between(0, 10))
                            .standardCost(UnitPrice.of(Money.of(BigDecimal.valueOf(d.between(1, 10_000), 2),
                                    CURRENCY), uom))
                            .build());
                } else {
                    p.items.add(Item.builder().id(id).uom(Uom.EA).procurement(Procurement.MAKE)
                            .leadTimeDays(d.between(0, 5)).build());
                }
            }
            p.levels.add(ids);
        }
        int wcCount = d.between(1, 3);
        for (int w = 0; w < wcCount; w++) {
            p.workCenters.add(WorkCenter.builder().id(WorkCenterId.of("WC-" + w))
                    .category(d.between(0, 1) == 0 ? WorkCenterCategory.MACHINE : WorkCenterCategory.LABOR)
                    .dailyCapacity(BigDecimal.valueOf(d.between(1, 24)))
                    .efficiencyPercent(BigDecimal.valueOf(100 - d.between(0, 50)))
                    .laborRatePerHour(BigDecimal.valueOf(d.between(0, 60)))
                    .machineRatePerHour(BigDecimal.valueOf(d.between(0, 60)))
                    .setupRatePerHour(BigDecimal.valueOf(d.between(0, 60)))
                    .build());
        }
        for (int l = 0; l < made; l++) {
            for (ItemId parent : p.levels.get(l)) {
                p.boms.add(bom(d, p, parent, l));
                if (d.between(0, 1) == 1) {
                    p.routings.add(routing(d, p, parent));
                }
            }
        }
        return p;
    }

    private static Bom bom(Draw d, Parts p, ItemId parent, int level) {
        int lines = d.between(1, 3);
        List<BomLine> list = new ArrayList<>(lines);
        List<ItemId> used = new ArrayList<>();
        for (int j = 0; j < lines; j++) {
            int target = j == 0 ? level + 1 : d.between(level + 1, p.madeLevels());
            List<ItemId> candidates = p.levels.get(target);
            ItemId component = candidates.get(d.between(0, candidates.size() - 1));
            int quantity = d.between(1, 10);
            int scrap = d.between(0, 20);
            if (used.contains(component)) {
                continue;
            }
            used.add(component);
            boolean kg = p.item(component).uom().equals(Uom.KG);
            list.add(BomLine.builder().lineNo(10 * (list.size() + 1)).component(component)
                    .quantity(BigDecimal.valueOf(kg ? quantity * 50L : quantity)).uom(kg ? Uom.G : Uom.EA)
                    .scrapPercent(BigDecimal.valueOf(scrap)).build());
        }
        return Bom.builder().item(parent).lines(Lists.immutable.withAll(list)).build();
    }

    private static Routing routing(Draw d, Parts p, ItemId item) {
        int steps = d.between(1, 4);
        List<Operation> ops = new ArrayList<>(steps);
        for (int s = 0; s < steps; s++) {
            ops.add(Operation.builder().no(10 * (s + 1))
                    .workCenter(p.workCenters.get(d.between(0, p.workCenters.size() - 1)).id())
                    .setupMinutes(BigDecimal.valueOf(d.between(0, 60)))
                    .runMinutesPerUnit(BigDecimal.valueOf(d.between(1, 100), 1)).build());
        }
        return Routing.builder().item(item).operations(Lists.immutable.withAll(ops)).build();
    }

    private static <T> Gen<T> gen(java.util.function.Function<Draw, T> body) {
        return source -> body.apply(new Draw(source));
    }

    /**
     * {@return single valid items} Made or bought, EA or KG, with lead time, safety stock, lot sizing (lot for
     * lot or fixed order quantity) and, when bought, a standard cost.
     */
    public static Gen<Item> items() {
        return gen(d -> {
            boolean buy = d.between(0, 1) == 1;
            Uom uom = d.between(0, 3) == 3 ? Uom.KG : Uom.EA;
            Item.Builder b = Item.builder().id(ItemId.of("IT-" + d.between(0, 999))).uom(uom)
                    .procurement(buy ? Procurement.BUY : Procurement.MAKE).leadTimeDays(d.between(0, 30))
                    .safetyStock(BigDecimal.valueOf(d.between(0, 100)));
            int foq = d.between(0, 500);
            b.lotSizing(foq == 0 ? LotSizing.LOT_FOR_LOT : LotSizing.builder()
                    .rule(LotSizingRule.FIXED_ORDER_QUANTITY).quantity(BigDecimal.valueOf(foq)).build());
            if (buy) {
                b.standardCost(UnitPrice.of(Money.of(BigDecimal.valueOf(d.between(1, 100_000), 2), CURRENCY), uom));
            }
            return b.build();
        });
    }

    /** {@return valid, validated master data: items, BOMs, work centers and routings (see the class comment)} */
    public static Gen<MasterData> masterData() {
        return gen(d -> parts(d, 1).build());
    }

    /**
     * @param minimumMadeLevels the fewest levels of made items, 1 to 4 (2 or more guarantees multi-level BOMs)
     * @return valid master data with at least that many levels of made items
     */
    public static Gen<MasterData> masterData(int minimumMadeLevels) {
        if (minimumMadeLevels < 1 || minimumMadeLevels > 4) {
            throw new IllegalArgumentException("The minimum number of made levels must be 1 to 4, was ("
                    + minimumMadeLevels + ").");
        }
        return gen(d -> parts(d, minimumMadeLevels).build());
    }

    /** {@return validated BOM catalogs (acyclic, references resolved within the generated item master)} */
    public static Gen<BomCatalog> bomCatalogs() {
        return masterData().map(data -> BomCatalog.of(data.boms()));
    }

    /**
     * {@return valid scenarios} Generated master data, a weekly horizon of 1 to 12 buckets from {@link #START},
     * stock of some bought parts, 0 to 2 open purchase orders, and 0 to 4 sales orders or forecasts of
     * finished goods (level 0) due within the horizon.
     */
    public static Gen<Scenario> scenarios() {
        return gen(d -> {
            Parts p = parts(d, 1);
            int buckets = d.between(1, 12);
            List<StockBalance> stock = new ArrayList<>();
            for (ItemId leaf : p.leaves()) {
                int q = d.between(0, 200);
                if (q > 0) {
                    stock.add(StockBalance.of(leaf, BigDecimal.valueOf(q)));
                }
            }
            List<ScheduledReceipt> receipts = new ArrayList<>();
            int receiptCount = d.between(0, 2);
            for (int r = 0; r < receiptCount; r++) {
                receipts.add(ScheduledReceipt.of("PO-" + r, p.leaves().get(d.between(0, p.leaves().size() - 1)),
                        BigDecimal.valueOf(d.between(1, 500)), START.plusDays(d.between(0, 7 * buckets - 1))));
            }
            List<Demand> demands = new ArrayList<>();
            int demandCount = d.between(0, 4);
            List<ItemId> finished = p.levels.get(0);
            for (int k = 0; k < demandCount; k++) {
                boolean forecast = d.between(0, 1) == 1;
                demands.add(new Demand((forecast ? "FC-" : "SO-") + k, finished.get(d.between(0, finished.size() - 1)),
                        BigDecimal.valueOf(d.between(1, 100)), START.plusDays(d.between(0, 7 * buckets - 1)),
                        forecast ? DemandType.FORECAST : DemandType.SALES_ORDER));
            }
            return Scenario.builder().name("generated").currency(Currency.getInstance(CURRENCY))
                    .planning(Planning.of(START, buckets, PlanningBucket.WEEK)).masterData(p.build())
                    .onHandBalances(Lists.immutable.withAll(stock)).scheduledReceipts(Lists.immutable.withAll(receipts))
                    .demands(Lists.immutable.withAll(demands)).build();
        });
    }

    /** {@return invalid models of every kind, each with the rule it must raise} */
    public static Gen<InvalidModel> invalidModels() {
        List<InvalidKind> kinds = Arrays.asList(InvalidKind.values());
        return Generate.pick(kinds).flatMap(ManufacturingGens::invalidModels);
    }

    /**
     * @param kind the defect
     * @return valid models with exactly one defect of that kind; building them raises {@code kind.rule()}
     */
    public static Gen<InvalidModel> invalidModels(InvalidKind kind) {
        Objects.requireNonNull(kind, "kind");
        return gen(d -> invalid(d, kind));
    }

    private static InvalidModel invalid(Draw d, InvalidKind kind) {
        Parts p = parts(d, kind == InvalidKind.CYCLE ? 2 : 1);
        List<ItemId> finished = p.levels.get(0);
        ItemId parent = finished.get(d.between(0, finished.size() - 1));
        Bom bom = p.bom(parent);
        BomLine first = bom.lines().getFirst();
        int amount = d.between(1, 1000);
        switch (kind) {
            case CYCLE: {
                ItemId child = first.component(); // a made item on level 1
                Bom back = withLine(p.bom(child), BomLine.builder().lineNo(990).component(parent)
                        .quantity(BigDecimal.ONE).uom(Uom.EA).build());
                return model(kind, child + " uses " + parent + ", which uses " + child,
                        () -> Parts.build(p.items, replace(p.boms, p.bom(child), back), p.workCenters, p.routings));
            }
            case UNKNOWN_COMPONENT: {
                Bom bad = withLine(bom, BomLine.builder().lineNo(990).component(ItemId.of("X-UNKNOWN"))
                        .quantity(BigDecimal.ONE).uom(Uom.EA).build());
                return model(kind, parent + " uses the unknown X-UNKNOWN",
                        () -> Parts.build(p.items, replace(p.boms, bom, bad), p.workCenters, p.routings));
            }
            case UNKNOWN_WORK_CENTER: {
                List<Routing> routings = new ArrayList<>(p.routings);
                routings.removeIf(r -> r.item().equals(parent));
                routings.add(Routing.builder().item(parent).operations(Lists.immutable.of(Operation.builder().no(10)
                        .workCenter(WorkCenterId.of("WC-UNKNOWN"))
                        .runMinutesPerUnit(BigDecimal.valueOf(amount, 1)).build())).build());
                return model(kind, parent + "'s routing runs on the unknown WC-UNKNOWN",
                        () -> Parts.build(p.items, p.boms, p.workCenters, routings));
            }
            case NEGATIVE_QUANTITY:
                return lineDefect(kind, p, bom, first, "quantity (-" + amount + ")",
                        () -> copy(first, BigDecimal.valueOf(-amount), first.uom(), first.scrapPercent()));
            case ZERO_LINE_QUANTITY:
                return lineDefect(kind, p, bom, first, "quantity (0), not optional",
                        () -> copy(first, BigDecimal.ZERO, first.uom(), first.scrapPercent()));
            case SCRAP_AT_LEAST_100:
                return lineDefect(kind, p, bom, first, "scrapPercent (" + (99 + amount) + ")",
                        () -> copy(first, first.quantity(), first.uom(), BigDecimal.valueOf(99 + amount)));
            case INCOMPATIBLE_UNITS: {
                Uom wrong = p.item(first.component()).uom().equals(Uom.KG) ? Uom.EA : Uom.KG;
                return lineDefect(kind, p, bom, first, "uom (" + wrong + ") for " + first.component(),
                        () -> copy(first, first.quantity(), wrong, first.scrapPercent()));
            }
            case OVERLAPPING_EFFECTIVITY: {
                Bom second = Bom.builder().item(parent).version("2").lines(bom.lines())
                        .effectivity(Effectivity.from(START.plusDays(amount))).build();
                List<Bom> boms = new ArrayList<>(p.boms);
                boms.add(second);
                return model(kind, parent + " has version 1 always and version 2 from " + START.plusDays(amount),
                        () -> Parts.build(p.items, boms, p.workCenters, p.routings));
            }
            case DUPLICATE_ITEM: {
                List<Item> items = new ArrayList<>(p.items);
                items.add(p.item(parent));
                return model(kind, parent + " twice in the item master",
                        () -> Parts.build(items, p.boms, p.workCenters, p.routings));
            }
            case NEGATIVE_LEAD_TIME:
                return model(kind, parent + " with leadTimeDays (-" + amount + ")", () -> {
                    Item bad = Item.builder().id(parent).uom(Uom.EA).procurement(Procurement.MAKE)
                            .leadTimeDays(-amount).build();
                    return Parts.build(replace(p.items, p.item(parent), bad), p.boms, p.workCenters, p.routings);
                });
            case NEGATIVE_SETUP_TIME:
                return model(kind, parent + "'s operation 10 with setupMinutes (-" + amount + ")", () -> {
                    List<Routing> routings = new ArrayList<>(p.routings);
                    routings.removeIf(r -> r.item().equals(parent));
                    routings.add(Routing.builder().item(parent).operations(Lists.immutable.of(Operation.builder()
                            .no(10).workCenter(p.workCenters.get(0).id()).setupMinutes(BigDecimal.valueOf(-amount))
                            .runMinutesPerUnit(BigDecimal.ONE).build())).build());
                    return Parts.build(p.items, p.boms, p.workCenters, routings);
                });
            case EFFICIENCY_OUT_OF_RANGE: {
                // 0 % down to -499 %, or 1001 % up to 1500 %.
                BigDecimal efficiency = BigDecimal.valueOf(amount <= 500 ? 1 - amount : 500 + amount);
                WorkCenter wc = p.workCenters.get(0);
                return model(kind, wc.id() + " with efficiencyPercent (" + efficiency + ")", () -> {
                    WorkCenter bad = WorkCenter.builder().id(wc.id()).category(wc.category()).dailyCapacity(wc.dailyCapacity())
                            .efficiencyPercent(efficiency).build();
                    return Parts.build(p.items, p.boms, replace(p.workCenters, wc, bad), p.routings);
                });
            }
            default:
                throw new IllegalStateException("Unhandled kind (" + kind + ").");
        }
    }

    private static InvalidModel model(InvalidKind kind, String description, Supplier<Object> attempt) {
        return new InvalidModel(kind, description, attempt);
    }

    private static InvalidModel lineDefect(InvalidKind kind, Parts p, Bom bom, BomLine line, String what,
            Supplier<BomLine> badLine) {
        return model(kind, "line " + line.lineNo() + " of " + bom.item() + " with " + what, () -> {
            List<BomLine> lines = new ArrayList<>();
            for (BomLine l : bom.lines()) {
                lines.add(l == line ? badLine.get() : l);
            }
            Bom bad = Bom.builder().item(bom.item()).lines(Lists.immutable.withAll(lines)).build();
            return Parts.build(p.items, replace(p.boms, bom, bad), p.workCenters, p.routings);
        });
    }

    /** The line with one value changed (builders are strict: each attribute is set once). */
    private static BomLine copy(BomLine l, BigDecimal quantity, Uom uom, BigDecimal scrapPercent) {
        return BomLine.builder().lineNo(l.lineNo()).component(l.component()).quantity(quantity).uom(uom)
                .scrapPercent(scrapPercent).build();
    }

    private static Bom withLine(Bom bom, BomLine line) {
        return Bom.builder().item(bom.item()).lines(bom.lines().newWith(line)).build();
    }

    private static <T> List<T> replace(List<T> list, T old, T replacement) {
        List<T> copy = new ArrayList<>(list);
        copy.set(copy.indexOf(old), replacement);
        return copy;
    }
}
