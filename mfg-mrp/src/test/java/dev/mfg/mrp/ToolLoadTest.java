package dev.mfg.mrp;

import static dev.mfg.mrp.Fx.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.CalendarId;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.WorkCalendar;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterCategory;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.Routing;
import dev.mfg.mrp.message.ActionMessage;
import dev.mfg.mrp.message.MessageType;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/**
 * Tool load: the cup mold MOLD-CUP is needed by CUP-A (on PRESS-1, 60 min a cup) and CUP-B (on PRESS-2, 60 min a
 * cup); no setup; both presses 8 h a day, Monday to Friday (no calendar). 30 CUP-A and 20 CUP-B are due Monday
 * 2026-01-19 (bucket 2).
 *
 * <p>Hand schedule, backward from Friday 2026-01-16 16:00: CUP-A runs 30 h = Fri, Thu, Wed 8 h each + 6 h on
 * Tuesday → setup starts Tue 2026-01-13 (bucket 1); CUP-B runs 20 h = Fri, Thu 8 h + 4 h → Wed 2026-01-14
 * (bucket 1). So the mold carries 30 + 20 = 50 h in bucket 1, while one mold can be mounted 5 days × 8 h = 40 h:
 * overloaded. Each press alone (30 h, 20 h of 40 h) is not.
 */
class ToolLoadTest {
    private static final ToolId MOLD = ToolId.of("MOLD-CUP");

    private static MasterData data(int copies, boolean withTool, String press1Hours) {
        List<WorkCenter> wcs = new ArrayList<>();
        wcs.add(WorkCenter.builder().id(WorkCenterId.of("PRESS-2")).category(WorkCenterCategory.MACHINE)
                .dailyCapacity(new BigDecimal("8")).build());
        wcs.add(WorkCenter.builder().id(WorkCenterId.of("PRESS-1")).category(WorkCenterCategory.MACHINE)
                .dailyCapacity(new BigDecimal(press1Hours)).build());
        Tool mold = Tool.builder().id(MOLD).lifeCycles(1_000_000).copies(copies).build();
        List<Routing> routings = new ArrayList<>();
        routings.add(routing("CUP-B", "PRESS-2", withTool));
        routings.add(routing("CUP-A", "PRESS-1", withTool));
        return MasterData.builder().items(Lists.immutable.of(cup("CUP-B"), cup("CUP-A")))
                .routings(Lists.immutable.withAll(routings)).workCenters(Lists.immutable.withAll(wcs))
                .tools(Lists.immutable.of(mold)).build();
    }

    private static Item cup(String id) {
        return Item.builder().id(ItemId.of(id)).uom(Uom.EA).procurement(Procurement.MAKE).build();
    }

    private static Routing routing(String item, String wc, boolean withTool) {
        Operation.Builder op = Operation.builder().no(10).workCenter(WorkCenterId.of(wc))
                .runMinutesPerUnit(new BigDecimal("60"));
        if (withTool) {
            op.tool(MOLD);
        }
        return Routing.builder().item(ItemId.of(item)).operations(Lists.immutable.of(op.build())).build();
    }

    private static MrpResult plan(MasterData data) {
        return Fx.plan(weeks(4), PlanningSnapshot.builder().masterData(data).demands(Lists.immutable.of(
                so("SO-A", "CUP-A", "30", week(2)), so("SO-B", "CUP-B", "20", week(2)))).build());
    }

    @Test
    void toolLoads_oneMoldTwoRoutings_sumsBothAgainstOneMold_overload() {
        MrpResult r = plan(data(1, true, "8"));
        // Every bucket of the loaded tool: 50 h in bucket 1 (see class comment), 0 elsewhere; 40 h each.
        assertThat(r.toolLoads()).extracting(ToolLoad::tool, ToolLoad::bucket, ToolLoad::loadHours,
                ToolLoad::capacityHours, ToolLoad::overloaded).containsExactly(
                tuple(MOLD, 0, q("0"), q("40"), false), tuple(MOLD, 1, q("50"), q("40"), true),
                tuple(MOLD, 2, q("0"), q("40"), false), tuple(MOLD, 3, q("0"), q("40"), false));
        // The presses themselves are not overloaded: 30 h and 20 h of 40 h.
        assertThat(r.capacity().select(c -> c.bucket() == 1)).extracting(c -> c.workCenter().value(),
                CapacityLoad::loadHours, CapacityLoad::overloaded).containsExactly(
                tuple("PRESS-1", q("30"), false), tuple("PRESS-2", q("20"), false));
        // One OVERLOAD, on the mold, naming CUP-A (30 h > 20 h of CUP-B).
        assertThat(messages(r, MessageType.OVERLOAD)).extracting(ActionMessage::item, ActionMessage::reference)
                .containsExactly(tuple(ItemId.of("CUP-A"), "MOLD-CUP"));
        assertThat(messages(r, MessageType.OVERLOAD).get(0).text()).contains("MOLD-CUP").contains("50")
                .contains("40").contains("1 copy");
    }

    @Test
    void toolLoads_twoCopies_doubleCapacity_noOverload() {
        MrpResult r = plan(data(2, true, "8"));
        // 2 copies × 40 h = 80 h ≥ 50 h.
        assertThat(r.toolLoads()).extracting(ToolLoad::loadHours, ToolLoad::capacityHours).containsExactly(
                tuple(q("0"), q("80")), tuple(q("50"), q("80")), tuple(q("0"), q("80")), tuple(q("0"), q("80")));
        assertThat(r.toolLoads()).noneMatch(ToolLoad::overloaded);
        assertThat(messages(r, MessageType.OVERLOAD)).isEmpty();
    }

    @Test
    void toolLoads_severalWorkCenters_calendarOfTheSmallestId() {
        // PRESS-1 (smaller id than PRESS-2) works 10 h a day: one mold 5 × 10 = 50 h. CUP-A's 30 h now start
        // Wednesday 2026-01-14 (Fri, Thu, Wed 10 h each), still bucket 1: load 50 h, not above 50 h.
        MrpResult r = plan(data(1, true, "10"));
        assertThat(r.toolLoads()).extracting(ToolLoad::bucket, ToolLoad::loadHours, ToolLoad::capacityHours,
                ToolLoad::calendarOf).contains(tuple(1, q("50"), q("50"), WorkCenterId.of("PRESS-1")));
        assertThat(messages(r, MessageType.OVERLOAD)).isEmpty();
    }

    @Test
    void toolLoads_toolSetup_countsOncePerOrder() {
        // The mold's 60 min setup applies to each operation (they have none): CUP-A 1 + 30 h, setup from Tue
        // 2026-01-13 (Fri, Thu, Wed 8 h + 7 h); CUP-B 1 + 20 h, from Wed 2026-01-14 (Fri, Thu 8 h + 5 h): 52 h.
        MasterData base = data(1, true, "8");
        Tool mold = Tool.builder().id(MOLD).lifeCycles(1_000_000).setupMinutes(new BigDecimal("60")).build();
        MrpResult r = plan(MasterData.builder().from(base).tools(Lists.immutable.of(mold)).build());
        assertThat(r.toolLoads().select(l -> l.bucket() == 1)).extracting(ToolLoad::loadHours)
                .containsExactly(q("52"));
    }

    @Test
    void capacities_eachWorkCenterItsCalendar_eachToolItsCopies() {
        // PRESS-1 works the default Monday to Friday 8 h: 40 h a week. PRESS-2 works Monday to Saturday 8 h
        // (calendar SIX) with a holiday on Thursday 2026-01-08: 5 × 8 = 40 h in bucket 0, 6 × 8 = 48 h after.
        // MOLD-CUP (2 copies) and MOLD-LID (1 copy) are used on PRESS-1 only: 80 h and 40 h a week.
        WorkCalendar six = WorkCalendar.of(CalendarId.of("SIX"), EnumSet.complementOf(EnumSet.of(DayOfWeek.SUNDAY)),
                new BigDecimal("8"), Set.of(LocalDate.of(2026, 1, 8)));
        ToolId lid = ToolId.of("MOLD-LID");
        MasterData data = MasterData.builder()
                .items(Lists.immutable.of(cup("CUP-A"), cup("CUP-B"), cup("LID-A")))
                .routings(Lists.immutable.of(routing("CUP-A", "PRESS-1", true), routing("CUP-B", "PRESS-2", false),
                        Routing.builder().item(ItemId.of("LID-A")).operations(Lists.immutable.of(Operation.builder()
                                .no(10).workCenter(WorkCenterId.of("PRESS-1")).runMinutesPerUnit(BigDecimal.ONE)
                                .tool(lid).build())).build()))
                .workCenters(Lists.immutable.of(
                        WorkCenter.builder().id(WorkCenterId.of("PRESS-1")).category(WorkCenterCategory.MACHINE)
                                .dailyCapacity(new BigDecimal("8")).build(),
                        WorkCenter.builder().id(WorkCenterId.of("PRESS-2")).category(WorkCenterCategory.MACHINE)
                                .dailyCapacity(new BigDecimal("8")).calendar(six.id()).build()))
                .calendars(Lists.immutable.of(six))
                .tools(Lists.immutable.of(Tool.builder().id(MOLD).lifeCycles(1_000_000).copies(2).build(),
                        Tool.builder().id(lid).lifeCycles(1_000_000).build()))
                .build();
        MrpResult r = Fx.plan(weeks(4), PlanningSnapshot.builder().masterData(data).demands(Lists.immutable.of(
                so("SO-A", "CUP-A", "3", week(2)), so("SO-B", "CUP-B", "3", week(2)),
                so("SO-L", "LID-A", "3", week(2)))).build());
        assertThat(r.capacity()).extracting(c -> c.workCenter().value(), CapacityLoad::capacityHours)
                .containsExactly(tuple("PRESS-1", q("40")), tuple("PRESS-1", q("40")), tuple("PRESS-1", q("40")),
                        tuple("PRESS-1", q("40")), tuple("PRESS-2", q("40")), tuple("PRESS-2", q("48")),
                        tuple("PRESS-2", q("48")), tuple("PRESS-2", q("48")));
        assertThat(r.toolLoads()).extracting(l -> l.tool().value(), ToolLoad::capacityHours).containsExactly(
                tuple("MOLD-CUP", q("80")), tuple("MOLD-CUP", q("80")), tuple("MOLD-CUP", q("80")),
                tuple("MOLD-CUP", q("80")), tuple("MOLD-LID", q("40")), tuple("MOLD-LID", q("40")),
                tuple("MOLD-LID", q("40")), tuple("MOLD-LID", q("40")));
    }

    @Test
    void toolLoads_noOperationNamesATool_empty() {
        MrpResult r = plan(data(1, false, "8"));
        assertThat(r.toolLoads()).isEmpty();
        assertThat(r.capacity()).isNotEmpty();
        assertThat(messages(r, MessageType.OVERLOAD)).isEmpty();
    }

    @Test
    void toolLoads_listOrder_doesNotChangeTheResult() {
        MasterData a = data(1, true, "8");
        List<WorkCenter> wcs = new ArrayList<>(a.workCenters().castToList());
        List<Routing> routings = new ArrayList<>(a.routings().castToList());
        List<Item> items = new ArrayList<>(a.items().castToList());
        Collections.reverse(wcs);
        Collections.reverse(routings);
        Collections.reverse(items);
        MasterData b = MasterData.builder().from(a).workCenters(Lists.immutable.withAll(wcs))
                .routings(Lists.immutable.withAll(routings)).items(Lists.immutable.withAll(items)).build();
        MrpResult ra = plan(a);
        MrpResult rb = plan(b);
        assertThat(rb.toolLoads()).isEqualTo(ra.toolLoads()).hasSize(4);
        assertThat(rb.messages()).isEqualTo(ra.messages());
        assertThat(plan(a).toolLoads()).isEqualTo(ra.toolLoads());
    }
}
