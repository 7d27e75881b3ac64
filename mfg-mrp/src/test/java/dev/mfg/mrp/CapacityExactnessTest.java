package dev.mfg.mrp;

import static dev.mfg.mrp.Fx.START;
import static dev.mfg.mrp.Fx.so;
import static dev.mfg.mrp.Fx.weeks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.planning.Demand;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterCategory;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.Routing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/**
 * Capacity load is the exact sum of every operation's minutes, rounded once to hours: eleven parts, each one
 * order of one piece on a 0.0018 s cycle over 11 cavities (0.0018 / 660 = 0.0000027272… min per piece, a
 * non-terminating decimal), due together in bucket 2. Exactly 11 × 0.0018 / 660 = 0.00003 min = 0.0000005 h,
 * which rounds HALF_UP to 0.000001 h. Adding 34-digit roundings of each order's minutes instead would give
 * 0.000000 (each 2.727272727272727272727272727272727E-6 is rounded down).
 */
class CapacityExactnessTest {
    private static final WorkCenterId PRESS = WorkCenterId.of("PRESS");

    @Test
    void capacity_nonTerminatingMinutesOfManyOrders_sumExactlyThenRoundOnce() {
        List<Item> items = new ArrayList<>();
        List<Routing> routings = new ArrayList<>();
        List<Demand> demands = new ArrayList<>();
        for (int k = 1; k <= 11; k++) {
            ItemId id = ItemId.of("PART-" + k);
            items.add(Item.builder().id(id).uom(Uom.EA).procurement(Procurement.MAKE).leadTimeDays(0).build());
            routings.add(Routing.builder().item(id).operations(Lists.immutable.of(Operation.builder().no(10)
                    .workCenter(PRESS).cycleSeconds(new BigDecimal("0.0018")).cavities(11).build())).build());
            demands.add(so("SO-" + k, id.value(), "1", START.plusWeeks(2)));
        }
        MasterData data = MasterData.builder().items(Lists.immutable.withAll(items))
                .routings(Lists.immutable.withAll(routings)).workCenters(Lists.immutable.of(WorkCenter.builder()
                        .id(PRESS).category(WorkCenterCategory.MACHINE).dailyCapacity(new BigDecimal("8")).build()))
                .build();
        MrpResult plan = Fx.plan(weeks(4), PlanningSnapshot.builder().masterData(data)
                .demands(Lists.immutable.withAll(demands)).build());
        assertThat(plan.plannedOrderCount()).isEqualTo(11);
        // Backward from Monday 2026-01-19 00:00, the few microseconds of work fall on Friday 2026-01-16: bucket 1.
        assertThat(plan.capacity()).extracting(CapacityLoad::bucket, CapacityLoad::loadHours)
                .containsExactly(tuple(0, BigDecimal.ZERO), tuple(1, new BigDecimal("0.000001")),
                        tuple(2, BigDecimal.ZERO), tuple(3, BigDecimal.ZERO));
    }
}
