package dev.mfg.testkit.scenario;

import static org.quicktheories.generators.SourceDSL.longs;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.BomType;
import dev.mfg.core.bom.IssueLevel;
import dev.mfg.core.bom.IssueType;
import dev.mfg.core.bom.QuantityBasis;
import dev.mfg.core.bom.Substitute;
import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.item.CostingMethod;
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
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.UnitPrice;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.quantity.UomConversion;
import dev.mfg.core.resource.CalendarId;
import dev.mfg.core.resource.LaborCalc;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.ToolStatus;
import dev.mfg.core.resource.WorkCalendar;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterCategory;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.Routing;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.factory.SortedMaps;
import org.quicktheories.core.Gen;

/**
 * A QuickTheories generator of valid scenarios, built deterministically from a seed, with every list in the
 * order {@link ScenarioWriter} writes it (so that a write and a read give an equal scenario): items, calendars,
 * work centers, tools, receipts and demands by id, lines by number. Acyclic by construction (a component's index
 * is above its parent's), every reference resolved, quantities with up to 6 fractional digits.
 */
final class ScenarioGenerator {
    private static final Uom[] UNITS = {Uom.EA, Uom.KG, Uom.G, Uom.M, Uom.custom("SHEET")};
    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    private ScenarioGenerator() {}

    /** {@return valid scenarios, shrinking by seed} */
    static Gen<Scenario> scenarios() {
        return longs().all().map(ScenarioGenerator::generate);
    }

    static Scenario generate(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int itemCount = 1 + r.nextInt(12);
        List<Item> items = new ArrayList<>();
        List<StockBalance> balances = new ArrayList<>();
        for (int i = 0; i < itemCount; i++) {
            items.add(item(r, i));
            if (r.nextInt(3) == 0) {
                BigDecimal q = dec(r, 100_000, 3);
                balances.add(StockBalance.of(items.get(i).id(), r.nextInt(10) == 0 ? q.negate() : q));
            }
        }
        List<WorkCalendar> calendars = new ArrayList<>();
        int calendarCount = r.nextInt(3);
        for (int c = 0; c < calendarCount; c++) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek d : DayOfWeek.values()) {
                if (r.nextInt(4) != 0) {
                    days.add(d);
                }
            }
            if (days.isEmpty()) {
                days.add(DayOfWeek.MONDAY);
            }
            Set<LocalDate> holidays = new LinkedHashSet<>();
            for (int h = r.nextInt(3); h > 0; h--) {
                holidays.add(START.plusDays(r.nextInt(90)));
            }
            BigDecimal hours = BigDecimal.valueOf(1 + r.nextInt(24));
            calendars.add(WorkCalendar.of(CalendarId.of("CAL-" + c), days, hours, holidays));
        }
        List<WorkCenter> workCenters = new ArrayList<>();
        int wcCount = 1 + r.nextInt(3);
        for (int w = 0; w < wcCount; w++) {
            WorkCenter.Builder b = WorkCenter.builder().id(WorkCenterId.of("WC-" + w))
                    .category(WorkCenterCategory.values()[r.nextInt(WorkCenterCategory.values().length)])
                    .dailyCapacity(dec(r, 2400, 1)).multiplier(BigDecimal.valueOf(1 + r.nextInt(4)))
                    .efficiencyPercent(BigDecimal.valueOf(50 + r.nextInt(60)))
                    .utilizationPercent(BigDecimal.valueOf(50 + r.nextInt(51)))
                    .laborRatePerHour(money(r)).machineRatePerHour(money(r)).bottleneck(r.nextBoolean());
            if (!calendars.isEmpty() && r.nextBoolean()) {
                b.calendar(calendars.get(r.nextInt(calendars.size())).id());
            }
            if (r.nextBoolean()) {
                b.laborCalc(LaborCalc.PIECE_RATE).pieceRate(money(r));
                if (r.nextBoolean()) {
                    b.pieceRates(Maps.immutable.of(items.get(r.nextInt(itemCount)).id(), money(r)));
                }
            }
            if (r.nextInt(3) == 0) {
                b.description("Work center " + w).plantLocation("Plant " + r.nextInt(3));
            }
            workCenters.add(b.build());
        }
        List<Tool> tools = new ArrayList<>();
        for (int t = r.nextInt(3); t > 0; t--) {
            tools.add(Tool.builder().id(ToolId.of("MOLD-" + tools.size())).cavities(1 + r.nextInt(8))
                    .lifeCycles(1 + r.nextInt(1_000_000)).cyclesUsed(r.nextInt(1000))
                    .status(ToolStatus.values()[r.nextInt(ToolStatus.values().length)])
                    .setupMinutes(dec(r, 1200, 1)).purchaseCost(money(r))
                    .products(Lists.immutable.of(items.get(r.nextInt(itemCount)).id())).build());
        }
        List<Routing> routings = new ArrayList<>();
        List<Bom> boms = new ArrayList<>();
        for (int i = 0; i < itemCount; i++) {
            Item parent = items.get(i);
            if (!parent.isMake()) {
                continue;
            }
            List<Integer> ops = new ArrayList<>();
            if (r.nextBoolean()) {
                List<Operation> operations = new ArrayList<>();
                int opCount = 1 + r.nextInt(4);
                for (int o = 1; o <= opCount; o++) {
                    int no = o * 10;
                    ops.add(no);
                    Operation.Builder ob = Operation.builder().no(no).description("Op " + no)
                            .workCenter(workCenters.get(r.nextInt(wcCount)).id())
                            .setupMinutes(dec(r, 600, 1)).queueMinutes(dec(r, 600, 0));
                    if (r.nextBoolean()) {
                        ob.runMinutesPerUnit(dec(r, 10_000, 3));
                    } else {
                        ob.cycleSeconds(dec(r, 1000, 1)).cavities(1 + r.nextInt(4));
                    }
                    if (!tools.isEmpty() && r.nextInt(3) == 0) {
                        ob.tool(tools.get(r.nextInt(tools.size())).id());
                    }
                    if (i + 1 < itemCount && r.nextInt(3) == 0) {
                        ob.materials(Lists.immutable.of(line(r, 10, items, i, List.of())));
                    }
                    ob.inspection(r.nextInt(4) == 0).critical(r.nextInt(4) == 0);
                    operations.add(ob.build());
                }
                Routing.Builder rb = Routing.builder().item(parent.id()).operations(Lists.immutable.withAll(operations));
                if (r.nextBoolean()) {
                    rb.lotSizeFrom(BigDecimal.ONE);
                }
                routings.add(rb.build());
            }
            if (i + 1 < itemCount && r.nextInt(4) != 0) {
                List<BomLine> lines = new ArrayList<>();
                Set<ItemId> used = new LinkedHashSet<>();
                int lineCount = 1 + r.nextInt(4);
                for (int l = 1; l <= lineCount; l++) {
                    BomLine line = line(r, l * 10, items, i, ops);
                    if (used.add(line.component())) {
                        lines.add(line);
                    }
                }
                Bom.Builder bb = Bom.builder().item(parent.id()).lines(Lists.immutable.withAll(lines))
                        .baseQuantity(BigDecimal.valueOf(1 + r.nextInt(3)));
                if (r.nextInt(4) == 0) {
                    bb.type(BomType.PHANTOM);
                }
                if (r.nextBoolean()) {
                    bb.effectivity(Effectivity.from(LocalDate.of(2025, 1, 1)));
                }
                boms.add(bb.build());
            }
        }
        List<UomConversion> conversions = r.nextBoolean()
                ? List.of(UomConversion.of(Uom.custom("SHEET"), new BigDecimal("0.02"), Uom.KG))
                : List.of();
        MasterData data = MasterData.builder().items(Lists.immutable.withAll(items))
                .calendars(Lists.immutable.withAll(calendars)).workCenters(Lists.immutable.withAll(workCenters))
                .tools(Lists.immutable.withAll(tools)).boms(Lists.immutable.withAll(boms))
                .routings(Lists.immutable.withAll(routings)).uomConversions(Lists.immutable.withAll(conversions))
                .build();
        List<Demand> demands = new ArrayList<>();
        for (int d = r.nextInt(6); d > 0; d--) {
            demands.add(new Demand(String.format("D-%03d", demands.size()), items.get(r.nextInt(itemCount)).id(),
                    dec(r, 10_000, 2), START.plusDays(r.nextInt(120) - 10),
                    r.nextBoolean() ? DemandType.SALES_ORDER : DemandType.FORECAST));
        }
        List<ScheduledReceipt> receipts = new ArrayList<>();
        for (int s = r.nextInt(4); s > 0; s--) {
            receipts.add(ScheduledReceipt.of(String.format("PO-%03d", receipts.size()),
                    items.get(r.nextInt(itemCount)).id(), dec(r, 10_000, 2), START.plusDays(r.nextInt(90))));
        }
        TreeMap<String, String> extensions = new TreeMap<>();
        if (r.nextBoolean()) {
            extensions.put("", "{\"source\":\"generated\",\"seed\":" + seed + "}");
        }
        if (r.nextBoolean()) {
            extensions.put("items[" + items.get(0).id() + "]", "{\"weight\":1.50,\"tags\":[\"a\",true,null]}");
        }
        if (!boms.isEmpty() && r.nextBoolean()) {
            Bom b = boms.get(0);
            extensions.put("boms[" + b.id() + "].lines[" + b.lines().getFirst().lineNo() + "]", "{\"note\":\"x\"}");
        }
        Scenario.Builder sb = Scenario.builder().currency(Currency.getInstance("EGP"))
                .planning(Planning.of(START, 1 + r.nextInt(52), PlanningBucket.values()[r.nextInt(3)]))
                .masterData(data).onHandBalances(Lists.immutable.withAll(balances))
                .demands(Lists.immutable.withAll(demands)).scheduledReceipts(Lists.immutable.withAll(receipts))
                .extensions(SortedMaps.immutable.withSortedMap(extensions));
        if (r.nextBoolean()) {
            sb.name("generated-" + Long.toHexString(seed));
        }
        return sb.build();
    }

    private static Item item(SplittableRandom r, int i) {
        boolean make = r.nextBoolean();
        Uom uom = make ? Uom.EA : UNITS[r.nextInt(UNITS.length)];
        Item.Builder b = Item.builder().id(ItemId.of(String.format("I%03d", i))).uom(uom)
                .procurement(make ? Procurement.MAKE : Procurement.BUY);
        if (r.nextBoolean()) {
            b.name("Item \"" + i + "\" ü");
        }
        if (!make || r.nextBoolean()) {
            b.leadTimeDays(r.nextInt(60));
        }
        if (r.nextBoolean()) {
            b.safetyStock(dec(r, 1000, 2));
        }
        switch (r.nextInt(4)) {
            case 0:
                b.lotSizing(LotSizing.builder().rule(LotSizingRule.FIXED_ORDER_QUANTITY).quantity(dec(r, 5000, 1))
                        .multiple(BigDecimal.valueOf(1 + r.nextInt(25))).build());
                break;
            case 1:
                b.lotSizing(LotSizing.builder().rule(LotSizingRule.WAGNER_WHITIN).setupCost(money(r))
                        .holdingCostPerPeriod(money(r)).minimum(BigDecimal.ZERO).build());
                break;
            case 2:
                b.lotSizing(LotSizing.builder().rule(LotSizingRule.PERIOD_ORDER_QUANTITY).periods(1 + r.nextInt(4))
                        .build());
                break;
            default:
                break;
        }
        if (!make) {
            b.standardCost(UnitPrice.of(Money.of(dec(r, 100_000, 4), "EGP"), uom));
            if (r.nextInt(3) == 0) {
                b.costingMethod(CostingMethod.AVERAGE);
            }
        }
        return b.build();
    }

    private static BomLine line(SplittableRandom r, int lineNo, List<Item> items, int parent, List<Integer> ops) {
        Item component = items.get(parent + 1 + r.nextInt(items.size() - parent - 1));
        BomLine.Builder b = BomLine.builder().lineNo(lineNo).component(component.id()).quantity(dec(r, 10_000, 3))
                .uom(component.uom()).scrapPercent(r.nextBoolean() ? Decimals.strip(BigDecimal.valueOf(1 + r.nextInt(989), 1)) : BigDecimal.ZERO);
        if (!ops.isEmpty() && r.nextBoolean()) {
            b.operation(ops.get(r.nextInt(ops.size())));
        }
        if (r.nextInt(4) == 0) {
            b.issueType(IssueType.BACKFLUSH).issueLevel(IssueLevel.PER_OPERATION);
        }
        if (r.nextInt(5) == 0) {
            b.per(QuantityBasis.BATCH);
        }
        if (r.nextInt(6) == 0) {
            b.effectivity(Effectivity.of(LocalDate.of(2025, 6, 1), LocalDate.of(2027, 1, 1)));
        }
        if (r.nextInt(6) == 0) {
            b.notes("note " + lineNo);
        }
        if (r.nextInt(5) == 0) {
            ItemId other = items.get(r.nextInt(items.size())).id();
            if (!other.equals(component.id()) && !other.equals(items.get(parent).id())) {
                b.substitutes(Lists.immutable.of(Substitute.of(other, dec(r, 1000, 2), 1 + r.nextInt(3))));
            }
        }
        return b.build();
    }

    /** A positive decimal below {@code maxUnscaled / 10^scale}-ish, normalised, with up to {@code maxScale} digits. */
    private static BigDecimal dec(SplittableRandom r, long maxUnscaled, int maxScale) {
        return Decimals.strip(BigDecimal.valueOf(1 + r.nextLong(maxUnscaled), r.nextInt(maxScale + 1)));
    }

    private static BigDecimal money(SplittableRandom r) {
        return r.nextInt(4) == 0 ? BigDecimal.ZERO : dec(r, 100_000, 2);
    }

}
