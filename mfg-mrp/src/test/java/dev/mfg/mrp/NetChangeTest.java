package dev.mfg.mrp;

import static dev.mfg.mrp.Fx.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.planning.Demand;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.quantity.UomConversion;
import dev.mfg.mrp.internal.NetChange;
import dev.mfg.mrp.message.ActionMessage;
import dev.mfg.mrp.message.MessageType;
import java.util.List;
import java.util.Set;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/**
 * Net change by hand. Two independent three-level branches, all lot-for-lot, no stock, weekly buckets from Monday
 * 2026-01-05:
 *
 * <pre>
 * FG-A (make, 7 d) ── SUB-A × 1 (make, 7 d) ── RAW-A × 2 (buy, 7 d)
 * FG-B (make, 7 d) ── SUB-B × 1 (make, 7 d) ── RAW-B × 3 (buy, 7 d)
 * </pre>
 *
 * SO-A: 10 FG-A and SO-B: 5 FG-B, both due 2026-01-26 (bucket 3). The change adds SO-A2: 4 FG-A due 2026-01-19
 * (bucket 2), so only the FG-A branch is planned again and the FG-B branch is kept, renumbered.
 */
class NetChangeTest {
    private static final MrpOptions OPTIONS = weeks(4);
    private static final MrpPlanner PLANNER = MrpPlanner.create(OPTIONS);

    private static MasterData data(List<UomConversion> conversions) {
        List<Item> items = List.of(make("FG-A", 7), make("SUB-A", 7), buy("RAW-A", 7), make("FG-B", 7),
                make("SUB-B", 7), buy("RAW-B", 7));
        List<Bom> boms = List.of(bom("FG-A", line(10, "SUB-A", "1").build()),
                bom("SUB-A", line(10, "RAW-A", "2").build()), bom("FG-B", line(10, "SUB-B", "1").build()),
                bom("SUB-B", line(10, "RAW-B", "3").build()));
        return MasterData.builder().from(Fx.data(items, boms)).uomConversions(Lists.immutable.withAll(conversions))
                .build();
    }

    private static PlanningSnapshot snapshot(MasterData data, Demand... demands) {
        return PlanningSnapshot.builder().masterData(data).demands(Lists.immutable.of(demands)).build();
    }

    private static final PlanningSnapshot BEFORE = snapshot(data(List.of()), so("SO-A", "FG-A", "10", week(3)),
            so("SO-B", "FG-B", "5", week(3)));
    private static final PlanningSnapshot AFTER = snapshot(data(List.of()), so("SO-A", "FG-A", "10", week(3)),
            so("SO-B", "FG-B", "5", week(3)), so("SO-A2", "FG-A", "4", week(2)));

    private static MrpResult normalised(MrpResult r) {
        return NetChangeProperties.normalised(r);
    }

    @Test
    void decide_demandAddedOnOneFinishedGood_affectsOnlyItsBranch() {
        NetChange.Decision d = NetChange.decide(BEFORE, AFTER, null);
        assertThat(d.fallback()).isEmpty();
        assertThat(d.affected()).containsExactlyInAnyOrder(id("FG-A"), id("SUB-A"), id("RAW-A"));
    }

    @Test
    void replan_demandAdded_keepsTheOtherBranchRenumbered_equalsRegeneration() {
        MrpResult before = PLANNER.plan(BEFORE);
        // Before: one order per item, numbered by item id: FG-A, FG-B, RAW-A, RAW-B, SUB-A, SUB-B.
        assertThat(before.plannedOrders()).extracting(PlannedOrder::id, o -> o.item().value()).containsExactly(
                tuple("PLN-1", "FG-A"), tuple("PLN-2", "FG-B"), tuple("PLN-3", "RAW-A"), tuple("PLN-4", "RAW-B"),
                tuple("PLN-5", "SUB-A"), tuple("PLN-6", "SUB-B"));
        MrpResult r = PLANNER.replan(BEFORE, before, AFTER);
        // After, by hand: FG-A 4 due Jan 19 (released Jan 12) and 10 due Jan 26; SUB-A 4 due Jan 12 (released
        // Jan 5) and 10 due Jan 19; RAW-A needs 2 × 4 = 8 on Jan 5 (released Dec 29 → expedited to Jan 5) and
        // 2 × 10 = 20 on Jan 12. The FG-B branch is unchanged (5, 5, 15) but numbered after FG-A's two orders.
        assertThat(r.plannedOrders()).extracting(PlannedOrder::id, o -> o.item().value(), PlannedOrder::quantity,
                PlannedOrder::dueDate, PlannedOrder::pegging).containsExactly(
                tuple("PLN-1", "FG-A", q("4"), week(2), Lists.immutable.of(new PeggedDemand("SO-A2", q("4")))),
                tuple("PLN-2", "FG-A", q("10"), week(3), Lists.immutable.of(new PeggedDemand("SO-A", q("10")))),
                tuple("PLN-3", "FG-B", q("5"), week(3), Lists.immutable.of(new PeggedDemand("SO-B", q("5")))),
                tuple("PLN-4", "RAW-A", q("8"), week(0), Lists.immutable.of(new PeggedDemand("PLN-7", q("8")))),
                tuple("PLN-5", "RAW-A", q("20"), week(1), Lists.immutable.of(new PeggedDemand("PLN-8", q("20")))),
                tuple("PLN-6", "RAW-B", q("15"), week(1), Lists.immutable.of(new PeggedDemand("PLN-9", q("15")))),
                tuple("PLN-7", "SUB-A", q("4"), week(1), Lists.immutable.of(new PeggedDemand("PLN-1", q("4")))),
                tuple("PLN-8", "SUB-A", q("10"), week(2), Lists.immutable.of(new PeggedDemand("PLN-2", q("10")))),
                tuple("PLN-9", "SUB-B", q("5"), week(2), Lists.immutable.of(new PeggedDemand("PLN-3", q("5")))));
        // Material requirements name the renumbered kept orders: FG-B PLN-3 needs SUB-B, SUB-B PLN-9 needs RAW-B.
        assertThat(r.materialRequirements()).extracting(m -> m.order(), m -> m.item().value(),
                ComponentRequirement::quantity).contains(tuple("PLN-3", "SUB-B", q("5")),
                tuple("PLN-9", "RAW-B", q("15")));
        // The expedite of RAW-A's first order names its new id.
        assertThat(messages(r, MessageType.EXPEDITE)).extracting(ActionMessage::item, ActionMessage::reference)
                .containsExactly(tuple(id("RAW-A"), "PLN-4"));
        assertThat(normalised(r)).isEqualTo(normalised(PLANNER.plan(AFTER)));
    }

    @Test
    void replan_withHint_equalsRegeneration() {
        MrpResult r = PLANNER.replan(BEFORE, PLANNER.plan(BEFORE), AFTER, Set.of(id("FG-A")));
        assertThat(normalised(r)).isEqualTo(normalised(PLANNER.plan(AFTER)));
    }

    @Test
    void replan_noChange_equalsThePreviousPlan() {
        MrpResult before = PLANNER.plan(BEFORE);
        assertThat(NetChange.decide(BEFORE, BEFORE, null).affected()).isEmpty();
        assertThat(normalised(PLANNER.replan(BEFORE, before, BEFORE))).isEqualTo(normalised(before));
    }

    @Test
    void replan_unitConversionChanged_regenerates() {
        Uom bag = Uom.custom("BAG");
        PlanningSnapshot old = snapshot(data(List.of(UomConversion.of(bag, q("25"), Uom.KG))),
                so("SO-A", "FG-A", "10", week(3)));
        PlanningSnapshot now = snapshot(data(List.of(UomConversion.of(bag, q("20"), Uom.KG))),
                so("SO-A", "FG-A", "10", week(3)));
        NetChange.Decision d = NetChange.decide(old, now, null);
        assertThat(d.fallback()).hasValueSatisfying(reason -> assertThat(reason).contains("unit-of-measure"));
        assertThat(d.affected()).hasSize(6);
        assertThat(normalised(PLANNER.replan(old, PLANNER.plan(old), now))).isEqualTo(normalised(PLANNER.plan(now)));
    }

    @Test
    void replan_demandIdLikeAnOrderId_regenerates() {
        PlanningSnapshot now = snapshot(data(List.of()), so("SO-A", "FG-A", "10", week(3)),
                so("SO-B", "FG-B", "5", week(3)), so("PLN-1", "FG-A", "4", week(2)));
        assertThat(NetChange.decide(BEFORE, now, null).fallback()).hasValueSatisfying(
                reason -> assertThat(reason).contains("PLN-1"));
        assertThat(normalised(PLANNER.replan(BEFORE, PLANNER.plan(BEFORE), now)))
                .isEqualTo(normalised(PLANNER.plan(now)));
    }

    @Test
    void replan_nullArguments_throwNamingTheArgument() {
        MrpResult before = PLANNER.plan(BEFORE);
        assertThatThrownBy(() -> PLANNER.replan(null, before, AFTER)).isInstanceOf(NullPointerException.class)
                .hasMessage("previous");
        assertThatThrownBy(() -> PLANNER.replan(BEFORE, null, AFTER)).isInstanceOf(NullPointerException.class)
                .hasMessage("previousPlan");
        assertThatThrownBy(() -> PLANNER.replan(BEFORE, before, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("current");
        assertThatThrownBy(() -> PLANNER.replan(BEFORE, before, AFTER, null)).isInstanceOf(
                NullPointerException.class).hasMessage("changed");
    }

    @Test
    void replan_previousPlanOfOtherBuckets_planMismatchOnBuckets() {
        MrpResult threeWeeks = MrpPlanner.create(weeks(3)).plan(BEFORE);
        assertThatThrownBy(() -> PLANNER.replan(BEFORE, threeWeeks, AFTER)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("PLAN_MISMATCH");
                    assertThat(e.path()).isEqualTo("previousPlan.buckets");
                });
    }

    @Test
    void replan_previousPlanOfAnotherSnapshot_planMismatchOnItems() {
        PlanningSnapshot other = snapshot(Fx.data(List.of(make("FG-A", 7)), List.of()));
        MrpResult otherPlan = PLANNER.plan(other);
        assertThatThrownBy(() -> PLANNER.replan(BEFORE, otherPlan, AFTER)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("PLAN_MISMATCH");
                    assertThat(e.path()).isEqualTo("previousPlan.items");
                });
    }

    @Test
    void replan_previousPlanOfOtherItems_planMismatchOnTheItem() {
        // Same item count (6), one item renamed: the previous plan's first record (FG-A → AAA) is unknown.
        List<Item> items = List.of(make("AAA", 7), make("SUB-A", 7), buy("RAW-A", 7), make("FG-B", 7),
                make("SUB-B", 7), buy("RAW-B", 7));
        MrpResult otherPlan = PLANNER.plan(snapshot(Fx.data(items, List.of())));
        assertThatThrownBy(() -> PLANNER.replan(BEFORE, otherPlan, AFTER)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("PLAN_MISMATCH");
                    assertThat(e.path()).isEqualTo("previousPlan.items[0].item");
                });
    }

    @Test
    void replan_previousPlanOrdersReordered_planMismatchOnTheOrderId() {
        MrpResult before = PLANNER.plan(BEFORE);
        MrpResult reordered = MrpResult.builder().from(before).plannedOrders(before.plannedOrders().toReversed())
                .build();
        // The first order is now PLN-6, not PLN-1.
        assertThatThrownBy(() -> PLANNER.replan(BEFORE, reordered, AFTER)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("PLAN_MISMATCH");
                    assertThat(e.path()).isEqualTo("previousPlan.plannedOrders[0].id");
                    assertThat(e.value()).isEqualTo("PLN-6");
                });
    }

    /**
     * CUP-A on PRESS-1 and CUP-B on PRESS-2, 60 min a cup, both presses 8 h a day (ToolLoadTest's model without
     * the mold); 30 CUP-A and 20 CUP-B due 2026-01-19. Halving PRESS-2 to 4 h a day changes CUP-B only.
     */
    @Test
    void replan_workCenterChanged_affectsTheItemsRoutedOnIt_capacityEqualsRegeneration() {
        PlanningSnapshot old = pressSnapshot("8");
        PlanningSnapshot now = pressSnapshot("4");
        assertThat(NetChange.decide(old, now, null).affected()).containsExactly(id("CUP-B"));
        MrpResult r = PLANNER.replan(old, PLANNER.plan(old), now);
        // CUP-B's 20 h now take Fri, Thu, Wed, Tue, Mon 4 h each from Fri 2026-01-16 back: setup on Monday the
        // 12th (bucket 1); PRESS-2's capacity in bucket 1 is 5 days × 4 h = 20 h, load 20 h.
        assertThat(r.capacity()).extracting(c -> c.workCenter().value(), CapacityLoad::bucket,
                CapacityLoad::loadHours, CapacityLoad::capacityHours)
                .contains(tuple("PRESS-1", 1, q("30"), q("40")), tuple("PRESS-2", 1, q("20"), q("20")));
        assertThat(normalised(r)).isEqualTo(normalised(PLANNER.plan(now)));
    }

    private static PlanningSnapshot pressSnapshot(String press2Hours) {
        List<dev.mfg.core.resource.WorkCenter> wcs = List.of(press("PRESS-1", "8"), press("PRESS-2", press2Hours));
        List<dev.mfg.core.routing.Routing> routings = List.of(cupRouting("CUP-A", "PRESS-1"),
                cupRouting("CUP-B", "PRESS-2"));
        MasterData data = MasterData.builder().items(Lists.immutable.of(cup("CUP-A"), cup("CUP-B")))
                .routings(Lists.immutable.withAll(routings)).workCenters(Lists.immutable.withAll(wcs)).build();
        return snapshot(data, so("SO-A", "CUP-A", "30", week(2)), so("SO-B", "CUP-B", "20", week(2)));
    }

    private static dev.mfg.core.resource.WorkCenter press(String id, String hours) {
        return dev.mfg.core.resource.WorkCenter.builder().id(dev.mfg.core.resource.WorkCenterId.of(id))
                .category(dev.mfg.core.resource.WorkCenterCategory.MACHINE).dailyCapacity(q(hours)).build();
    }

    private static Item cup(String id) {
        return Item.builder().id(id(id)).uom(Uom.EA).procurement(dev.mfg.core.item.Procurement.MAKE).build();
    }

    private static dev.mfg.core.routing.Routing cupRouting(String item, String wc) {
        return dev.mfg.core.routing.Routing.builder().item(id(item)).operations(Lists.immutable.of(
                dev.mfg.core.routing.Operation.builder().no(10).workCenter(dev.mfg.core.resource.WorkCenterId.of(wc))
                        .runMinutesPerUnit(q("60")).build())).build();
    }

    @Test
    void replan_itemOnHandChangedDeepInOneBranch_affectsOnlyThatItem() {
        PlanningSnapshot now = PlanningSnapshot.builder().from(BEFORE)
                .onHand(Lists.immutable.of(oh("RAW-B", "6"))).build();
        assertThat(NetChange.decide(BEFORE, now, null).affected()).containsExactly(id("RAW-B"));
        MrpResult r = PLANNER.replan(BEFORE, PLANNER.plan(BEFORE), now);
        // RAW-B needs 15 on Jan 12 and has 6: one order of 9.
        assertThat(orders(r, "RAW-B")).extracting(PlannedOrder::id, PlannedOrder::quantity)
                .containsExactly(tuple("PLN-4", q("9")));
        assertThat(normalised(r)).isEqualTo(normalised(PLANNER.plan(now)));
    }
}
