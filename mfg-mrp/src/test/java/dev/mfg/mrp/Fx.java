package dev.mfg.mrp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.BomType;
import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.LotSizing;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.planning.Demand;
import dev.mfg.core.planning.ScheduledReceipt;
import dev.mfg.core.planning.StockBalance;
import dev.mfg.core.quantity.Uom;
import dev.mfg.mrp.horizon.BucketSize;
import dev.mfg.mrp.message.ActionMessage;
import dev.mfg.mrp.message.MessageType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.eclipse.collections.api.factory.Lists;

/** Test fixtures: concise items, BOMs, snapshots and row assertions. Weeks start on Monday 2026-01-05. */
final class Fx {
    static final LocalDate START = LocalDate.of(2026, 1, 5);
    static final LocalDate EFFECTIVE = LocalDate.of(2025, 1, 1);

    private Fx() {}

    static ItemId id(String id) {
        return ItemId.of(id);
    }

    static LocalDate week(int bucket) {
        return START.plusWeeks(bucket);
    }

    static BigDecimal q(String value) {
        return new BigDecimal(value);
    }

    static Item.Builder item(String id, Procurement procurement, int leadTimeDays) {
        return Item.builder().id(ItemId.of(id)).uom(Uom.EA).procurement(procurement).leadTimeDays(leadTimeDays);
    }

    static Item make(String id, int leadTimeDays) {
        return item(id, Procurement.MAKE, leadTimeDays).build();
    }

    static Item buy(String id, int leadTimeDays) {
        return item(id, Procurement.BUY, leadTimeDays).build();
    }

    static Item buy(String id, int leadTimeDays, LotSizing lotSizing) {
        return item(id, Procurement.BUY, leadTimeDays).lotSizing(lotSizing).build();
    }

    static BomLine.Builder line(int no, String component, String quantity) {
        return BomLine.builder().lineNo(no).component(ItemId.of(component)).quantity(q(quantity)).uom(Uom.EA);
    }

    static Bom bom(String item, BomLine... lines) {
        return Bom.builder().item(ItemId.of(item)).effectivity(Effectivity.from(EFFECTIVE))
                .lines(Lists.immutable.with(lines)).build();
    }

    static Bom phantom(String item, BomLine... lines) {
        return Bom.builder().item(ItemId.of(item)).type(BomType.PHANTOM).effectivity(Effectivity.from(EFFECTIVE))
                .lines(Lists.immutable.with(lines)).build();
    }

    static MasterData data(List<Item> items, List<Bom> boms) {
        return MasterData.builder().items(Lists.immutable.withAll(items)).boms(Lists.immutable.withAll(boms))
                .build();
    }

    static Demand so(String id, String item, String quantity, LocalDate due) {
        return Demand.salesOrder(id, ItemId.of(item), q(quantity), due);
    }

    static Demand fc(String id, String item, String quantity, LocalDate due) {
        return Demand.forecast(id, ItemId.of(item), q(quantity), due);
    }

    static ScheduledReceipt sr(String id, String item, String quantity, LocalDate date) {
        return ScheduledReceipt.of(id, ItemId.of(item), q(quantity), date);
    }

    static StockBalance oh(String item, String quantity) {
        return StockBalance.of(ItemId.of(item), q(quantity));
    }

    static MrpOptions weeks(int buckets) {
        return MrpOptions.builder().start(START).buckets(buckets).bucketSize(BucketSize.WEEK).build();
    }

    /** {@return the plan on one thread} after checking that two threads (capacity load on the second) plan the same */
    static MrpResult plan(MrpOptions options, PlanningSnapshot snapshot) {
        MrpResult plan = MrpPlanner.create(options).plan(snapshot);
        MrpResult two = MrpPlanner.create(MrpOptions.builder().from(options).threads(2).build()).plan(snapshot);
        org.assertj.core.api.Assertions.assertThat(two).as("two threads").isEqualTo(plan);
        org.assertj.core.api.Assertions.assertThat(two.capacity()).as("two threads").isEqualTo(plan.capacity());
        org.assertj.core.api.Assertions.assertThat(two.toolLoads()).as("two threads").isEqualTo(plan.toolLoads());
        return plan;
    }

    /** The rows of one field of an item's record, as plain strings, bucket by bucket. */
    static List<String> row(MrpResult r, String item, Function<PlanRecord, BigDecimal> field) {
        ItemPlan plan = r.item(ItemId.of(item)).orElseThrow();
        List<String> out = new ArrayList<>();
        plan.records().forEach(rec -> out.add(field.apply(rec).toPlainString()));
        return out;
    }

    static void assertRow(MrpResult r, String item, Function<PlanRecord, BigDecimal> field, String... expected) {
        assertThat(row(r, item, field)).as(item).containsExactly(expected);
    }

    static void gross(MrpResult r, String item, String... expected) {
        assertRow(r, item, PlanRecord::grossRequirements, expected);
    }

    static void poh(MrpResult r, String item, String... expected) {
        assertRow(r, item, PlanRecord::projectedOnHand, expected);
    }

    static void net(MrpResult r, String item, String... expected) {
        assertRow(r, item, PlanRecord::netRequirements, expected);
    }

    static void receipts(MrpResult r, String item, String... expected) {
        assertRow(r, item, PlanRecord::plannedOrderReceipts, expected);
    }

    static void releases(MrpResult r, String item, String... expected) {
        assertRow(r, item, PlanRecord::plannedOrderReleases, expected);
    }

    static void scheduled(MrpResult r, String item, String... expected) {
        assertRow(r, item, PlanRecord::scheduledReceipts, expected);
    }

    static List<PlannedOrder> orders(MrpResult r, String item) {
        return r.plannedOrders().select(o -> o.item().equals(ItemId.of(item))).castToList();
    }

    static List<ActionMessage> messages(MrpResult r, MessageType type) {
        return r.messages().select(m -> m.type() == type).castToList();
    }

    static String[] zeros(int n) {
        String[] z = new String[n];
        Arrays.fill(z, "0");
        return z;
    }
}
