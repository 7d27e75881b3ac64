package dev.mfg.core.routing;

import dev.mfg.core.item.ItemId;
import dev.mfg.core.resource.CalendarId;
import dev.mfg.core.resource.LaborCalc;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.WorkCalendar;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterCategory;
import dev.mfg.core.resource.WorkCenterId;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.collections.api.factory.Lists;

/** Master data of the seeds: the melamine press (seed 004, scenario format) and FG-WIDGET-001 (seed 003 §2.1). */
final class Fixtures {
    static final ItemId WIDGET = ItemId.of("FG-WIDGET-001");
    static final ItemId CUP = ItemId.of("CUP");

    static final WorkCalendar THREE_SHIFT = WorkCalendar.of(CalendarId.of("3-SHIFT"),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), new BigDecimal("24"),
            Set.of(LocalDate.parse("2026-01-07")));

    static final WorkCenter WC_PRESS = WorkCenter.builder().id(WorkCenterId.of("WC-PRESS"))
            .category(WorkCenterCategory.MACHINE).calendar(CalendarId.of("3-SHIFT"))
            .dailyCapacity(new BigDecimal("24")).multiplier(new BigDecimal("2"))
            .efficiencyPercent(new BigDecimal("85")).laborCalc(LaborCalc.PIECE_RATE)
            .pieceRate(new BigDecimal("0.35")).bottleneck(true).build();

    static final Tool MOLD_CUP = Tool.builder().id(ToolId.of("MOLD-CUP")).cavities(4)
            .setupMinutes(new BigDecimal("90")).lifeCycles(400_000).cyclesUsed(12_000)
            .purchaseCost(new BigDecimal("40000")).build();

    /** Press a cup: 60 s cycle with the 4-cavity cup mold. */
    static final Operation PRESS_CUP = Operation.builder().no(10).description("Press")
            .workCenter(WC_PRESS.id()).tool(MOLD_CUP.id()).cycleSeconds(new BigDecimal("60")).build();

    static final Map<WorkCenterId, WorkCenter> WORK_CENTERS = new TreeMap<>();

    static {
        WORK_CENTERS.put(WC_PRESS.id(), WC_PRESS);
        for (String id : new String[] {"FDM-POOL", "POST-PRINT", "QC", "ASSEMBLY", "SHIP"}) {
            // no calendar: MON–FRI, 8 h a day from 08:00
            WORK_CENTERS.put(WorkCenterId.of(id), WorkCenter.builder().id(WorkCenterId.of(id))
                    .category(WorkCenterCategory.LABOR).dailyCapacity(new BigDecimal("8")).build());
        }
    }

    private Fixtures() {}

    static Operation op(int no, String workCenter, String runMinutes) {
        return Operation.builder().no(no).workCenter(WorkCenterId.of(workCenter))
                .runMinutesPerUnit(new BigDecimal(runMinutes)).build();
    }

    /** Seed 003 §2.1 / §3.1: print 325 min (setup 7), post-process 5, QC 3, pack 2, ship 2 minutes per unit. */
    static Routing widget() {
        return Routing.builder().item(WIDGET).operations(Lists.immutable.of(
                edit(op(10, "FDM-POOL", "325")).setupMinutes(new BigDecimal("7")).description("Print").build(),
                op(20, "POST-PRINT", "5"), edit(op(30, "QC", "3")).inspection(true).build(), op(40, "ASSEMBLY", "2"),
                op(50, "SHIP", "2"))).build();
    }

    static Operation.Builder edit(Operation o) {
        return Operation.builder().from(o);
    }

    static Routing withOperations(Routing r, Iterable<Operation> operations) {
        return Routing.builder().from(r).operations(Lists.immutable.withAll(operations)).build();
    }

    static RoutingScheduler scheduler() {
        return RoutingScheduler.of(id -> Optional.ofNullable(WORK_CENTERS.get(id)),
                id -> id.equals(THREE_SHIFT.id()) ? Optional.of(THREE_SHIFT) : Optional.empty(),
                id -> id.equals(MOLD_CUP.id()) ? Optional.of(MOLD_CUP) : Optional.empty());
    }
}
