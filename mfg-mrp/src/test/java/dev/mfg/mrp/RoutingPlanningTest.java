package dev.mfg.mrp;

import static dev.mfg.mrp.Fx.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterCategory;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.Routing;
import dev.mfg.mrp.message.ActionMessage;
import dev.mfg.mrp.message.MessageType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/**
 * Routing-derived lead times, operation-timed component requirements and capacity load, on seed 003's
 * FG-WIDGET-001: print 325 min/unit with 7 min setup (OP-10, FDM-POOL), post-process 5 (OP-20), QC 3 (OP-30),
 * pack 2 (OP-40), ship 2 (OP-50); every work center 8 h a day, Monday to Friday, 08:00-16:00 (no calendar).
 * BOM: 37 G PLA at OP-10 with 5 % scrap, 1 BOX at OP-50, 1 LABEL with no operation.
 *
 * <p>Hand schedule of 10 widgets due Monday 2026-01-19 00:00 (bucket 2), backward: OP-50 runs 20 min before
 * Friday 16:00 → starts Fri 2026-01-16 15:40; OP-40 15:20; OP-30 (30 min) 14:50; OP-20 (50 min) 14:00; OP-10
 * runs 3,250 min = 54 h 10 min: Fri 6 h, Thu-Mon 8 h each (32 h), Fri 9th and Thu 8th 8 h each → 10 min left,
 * Wed 2026-01-07 15:50; setup 7 min → 15:43. Order start Wed 2026-01-07 (bucket 0), 12 days before due.
 */
class RoutingPlanningTest {
    private static final String WIDGET = "FG-WIDGET-001";

    static MasterData data(boolean fixedLeadTime) {
        List<WorkCenter> wcs = new ArrayList<>();
        for (String id : new String[] {"FDM-POOL", "POST-PRINT", "QC", "ASSEMBLY", "SHIP"}) {
            wcs.add(WorkCenter.builder().id(WorkCenterId.of(id)).category(WorkCenterCategory.MACHINE)
                    .dailyCapacity(new BigDecimal("8")).build());
        }
        Routing routing = Routing.builder().item(ItemId.of(WIDGET)).operations(Lists.immutable.of(
                op(10, "FDM-POOL", "325").setupMinutes(q("7")).build(), op(20, "POST-PRINT", "5").build(),
                op(30, "QC", "3").build(), op(40, "ASSEMBLY", "2").build(), op(50, "SHIP", "2").build())).build();
        Item widget = fixedLeadTime ? make(WIDGET, 7)
                : Item.builder().id(ItemId.of(WIDGET)).uom(Uom.EA).procurement(Procurement.MAKE).build();
        Item pla = Item.builder().id(ItemId.of("PLA")).uom(Uom.G).procurement(Procurement.BUY).leadTimeDays(0)
                .build();
        Bom bom = bom(WIDGET, line(10, "PLA", "37").uom(Uom.G).scrapPercent(q("5")).operation(10).build(),
                line(20, "BOX", "1").operation(50).build(), line(30, "LABEL", "1").build());
        return MasterData.builder().items(Lists.immutable.of(widget, pla, buy("BOX", 0), buy("LABEL", 0)))
                .boms(Lists.immutable.of(bom)).routings(Lists.immutable.of(routing))
                .workCenters(Lists.immutable.withAll(wcs)).build();
    }

    private static Operation.Builder op(int no, String wc, String run) {
        return Operation.builder().no(no).workCenter(WorkCenterId.of(wc)).runMinutesPerUnit(new BigDecimal(run));
    }

    private static MrpResult plan10(boolean fixedLeadTime, LocalDate due) {
        return plan(weeks(4), PlanningSnapshot.builder().masterData(data(fixedLeadTime))
                .demands(Lists.immutable.of(so("SO-W", WIDGET, "10", due))).build());
    }

    @Test
    void routingLeadTime_releaseIsTheBackwardScheduledOrderStart() {
        MrpResult r = plan10(false, week(2));
        releases(r, WIDGET, "10", "0", "0", "0");
        PlannedOrder o = orders(r, WIDGET).get(0);
        assertThat(o.releaseDate()).isEqualTo(LocalDate.of(2026, 1, 7));
        assertThat(o.dueDate()).isEqualTo(LocalDate.of(2026, 1, 19));
        assertThat(messages(r, MessageType.EXPEDITE)).isEmpty();
    }

    @Test
    void routingLeadTime_componentsNeededAtTheStartOfTheirOperation() {
        MrpResult r = plan10(false, week(2));
        // Seed 003 §8.2: PLA at OP-10 (Wed 7th, bucket 0): 37 × 10 × 1.05 = 388.5 G; boxes at OP-50 (Fri 16th,
        // bucket 1): 10.
        gross(r, "PLA", "388.5", "0", "0", "0");
        gross(r, "BOX", "0", "10", "0", "0");
        // LABEL names no operation: consumed at the first one.
        gross(r, "LABEL", "10", "0", "0", "0");
        assertThat(r.materialRequirements()).extracting(m -> m.item().value(), ComponentRequirement::quantity,
                ComponentRequirement::needDate, ComponentRequirement::operation).containsExactly(
                tuple("LABEL", q("10"), LocalDate.of(2026, 1, 7), OptionalInt.of(10)),
                tuple("PLA", q("388.5"), LocalDate.of(2026, 1, 7), OptionalInt.of(10)),
                tuple("BOX", q("10"), LocalDate.of(2026, 1, 16), OptionalInt.of(50)));
    }

    @Test
    void lineWithoutOperation_movedToTheFirstOperation_sortsByComponentIdThere() {
        // PLA names no operation and LABEL OP-10: by line, (no operation, PLA) comes before (10, LABEL); consumed at
        // the first operation, PLA is needed at OP-10 too, where LABEL sorts before PLA by id.
        MasterData base = data(false);
        Bom moved = bom(WIDGET, line(10, "PLA", "37").uom(Uom.G).build(), line(20, "LABEL", "1").operation(10).build(),
                line(30, "BOX", "1").operation(50).build());
        MasterData d = MasterData.builder().from(base).boms(Lists.immutable.of(moved)).build();
        MrpResult r = plan(weeks(4), PlanningSnapshot.builder().masterData(d)
                .demands(Lists.immutable.of(so("SO-W", WIDGET, "10", week(2)))).build());
        assertThat(r.materialRequirements()).extracting(m -> m.item().value(), ComponentRequirement::quantity,
                ComponentRequirement::operation).containsExactly(
                tuple("LABEL", q("10"), OptionalInt.of(10)),
                tuple("PLA", q("370"), OptionalInt.of(10)),
                tuple("BOX", q("10"), OptionalInt.of(50)));
    }

    @Test
    void oneComponentAtTwoOperations_twoBuckets_onePegPerParentOrder() {
        MasterData base = data(false);
        Bom twice = bom(WIDGET, line(10, "BOX", "1").operation(10).build(), line(20, "BOX", "2").operation(50).build());
        MasterData d = MasterData.builder().from(base).boms(Lists.immutable.of(twice)).build();
        MrpResult r = plan(weeks(4), PlanningSnapshot.builder().masterData(d)
                .demands(Lists.immutable.of(so("SO-W", WIDGET, "10", week(2)))).build());
        // 10 boxes at OP-10 (Wed 7th, bucket 0) and 20 at OP-50 (Fri 16th, bucket 1).
        gross(r, "BOX", "10", "20", "0", "0");
        // BOX PLN-1 (bucket 0) and PLN-2 (bucket 1) both serve the widget order PLN-3, once each.
        assertThat(orders(r, "BOX")).extracting(PlannedOrder::pegging).containsExactly(
                Lists.immutable.of(new PeggedDemand("PLN-3", q("10"))),
                Lists.immutable.of(new PeggedDemand("PLN-3", q("20"))));
    }

    @Test
    void oneComponentAtTwoOperations_oneLotServingBoth_mergedIntoOnePeg() {
        MasterData base = data(false);
        Bom twice = bom(WIDGET, line(10, "BOX", "1").operation(10).build(), line(20, "BOX", "2").operation(50).build());
        Item box = buy("BOX", 0, dev.mfg.core.item.LotSizing.builder()
                .rule(dev.mfg.core.item.LotSizingRule.FIXED_ORDER_QUANTITY).quantity(q("100")).build());
        List<Item> items = new ArrayList<>(base.items().reject(i -> i.id().value().equals("BOX")).castToList());
        items.add(box);
        MasterData d = MasterData.builder().from(base).items(Lists.immutable.withAll(items))
                .boms(Lists.immutable.of(twice)).build();
        MrpResult r = plan(weeks(4), PlanningSnapshot.builder().masterData(d)
                .demands(Lists.immutable.of(so("SO-W", WIDGET, "10", week(2)))).build());
        // One lot of 100 in bucket 0 serves both needs of the widget order PLN-2 (10 + 20): one peg of 30.
        assertThat(orders(r, "BOX")).extracting(PlannedOrder::quantity, PlannedOrder::pegging, PlannedOrder::excess)
                .containsExactly(tuple(q("100"), Lists.immutable.of(new PeggedDemand("PLN-2", q("30"))), q("70")));
    }

    @Test
    void fixedLeadTime_winsOverTheRouting_componentsAtRelease() {
        MrpResult r = plan10(true, week(2));
        // 7 days before 2026-01-19: released 2026-01-12 (bucket 1), every component needed then.
        releases(r, WIDGET, "0", "10", "0", "0");
        gross(r, "PLA", "0", "388.5", "0", "0");
        gross(r, "BOX", "0", "10", "0", "0");
        assertThat(r.materialRequirements()).extracting(ComponentRequirement::needDate)
                .containsOnly(LocalDate.of(2026, 1, 12));
    }

    @Test
    void capacity_loadByOperationStartBucket_againstEffectiveCapacity() {
        MrpResult r = plan10(false, week(2));
        // FDM-POOL: setup 7 + 3,250 run = 3,257 min = 54.283333 h, starting in bucket 0; 5 days × 8 h = 40 h.
        assertThat(r.capacity().select(c -> c.workCenter().value().equals("FDM-POOL")))
                .extracting(CapacityLoad::bucket, CapacityLoad::loadHours, CapacityLoad::capacityHours)
                .containsExactly(tuple(0, q("54.283333"), q("40")), tuple(1, q("0"), q("40")),
                        tuple(2, q("0"), q("40")), tuple(3, q("0"), q("40")));
        // POST-PRINT: 50 min = 0.833333 h in bucket 1 (Friday the 16th).
        assertThat(r.capacity().select(c -> c.workCenter().value().equals("POST-PRINT") && c.bucket() == 1))
                .extracting(CapacityLoad::loadHours).containsExactly(q("0.833333"));
        // Five work centers with load, four buckets each, sorted by work center id.
        assertThat(r.capacity()).hasSize(20);
        assertThat(r.capacity().get(0).workCenter().value()).isEqualTo("ASSEMBLY");
    }

    @Test
    void capacity_overload_raisesAMessage() {
        MrpResult r = plan10(false, week(2));
        assertThat(messages(r, MessageType.OVERLOAD)).extracting(ActionMessage::item, ActionMessage::reference)
                .containsExactly(tuple(ItemId.of(WIDGET), "FDM-POOL"));
        assertThat(messages(r, MessageType.OVERLOAD).get(0).text()).contains("54.283333").contains("40");
        assertThat(r.capacity().select(CapacityLoad::overloaded)).hasSize(1);
    }

    @Test
    void routingLeadTime_releaseBeforeStart_isExpedited_componentsInBucketZero() {
        MrpResult r = plan10(false, week(1));
        // Due 2026-01-12: the schedule starts 12 days earlier, 2025-12-31 → released on the start, expedite.
        // Ids by item id: BOX PLN-1, FG-WIDGET-001 PLN-2, LABEL PLN-3, PLA PLN-4.
        assertThat(messages(r, MessageType.EXPEDITE)).extracting(ActionMessage::reference).containsExactly("PLN-2");
        assertThat(messages(r, MessageType.EXPEDITE).get(0).text()).contains("from its routing");
        releases(r, WIDGET, "10", "0", "0", "0");
        // OP-10 would start before the start: PLA is needed in bucket 0, on the start date.
        gross(r, "PLA", "388.5", "0", "0", "0");
        assertThat(r.materialRequirements().detect(m -> m.item().value().equals("PLA")).needDate())
                .isEqualTo(START);
    }
}
