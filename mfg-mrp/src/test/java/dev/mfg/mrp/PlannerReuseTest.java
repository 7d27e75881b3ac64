package dev.mfg.mrp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.planning.Demand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/**
 * A planner remembers the index of the last master data it planned: whatever it planned before, and from any
 * number of threads, its plans equal those of a fresh planner.
 */
class PlannerReuseTest {

    /** Plans of other master data in between, and of the same master data with other demands, stay exact. */
    @Test
    void onePlannerOverManySnapshots_equalsAFreshPlannerEachTime() {
        for (long seed = 1; seed <= 60; seed++) {
            RandomScenarios.Scenario a = RandomScenarios.generate(seed, false, false);
            RandomScenarios.Scenario b = RandomScenarios.generate(seed + 1000, false, false);
            MrpPlanner planner = MrpPlanner.create(a.options());
            PlanningSnapshot halfDemand = PlanningSnapshot.builder().from(a.snapshot())
                    .demands(Lists.immutable.withAll(halve(a.snapshot().demands().castToList()))).build();
            assertThat(halfDemand.masterData()).isSameAs(a.snapshot().masterData());
            PlanningSnapshot sameDataCopy = PlanningSnapshot.builder().from(a.snapshot())
                    .masterData(MasterData.builder().from(a.snapshot().masterData()).build()).build();
            for (PlanningSnapshot s : List.of(a.snapshot(), b.snapshot(), a.snapshot(), halfDemand, sameDataCopy,
                    halfDemand)) {
                assertThat(planner.plan(s)).as("seed %d", seed)
                        .isEqualTo(MrpPlanner.create(a.options()).plan(s));
            }
        }
    }

    @Test
    void onePlannerFromFourThreads_givesTheSinglePlanEveryTime() throws Exception {
        RandomScenarios.Scenario a = RandomScenarios.generate(7, false, false);
        RandomScenarios.Scenario b = RandomScenarios.generate(8, false, false);
        MrpPlanner planner = MrpPlanner.create(a.options());
        MrpResult expectedA = MrpPlanner.create(a.options()).plan(a.snapshot());
        MrpResult expectedB = MrpPlanner.create(a.options()).plan(b.snapshot());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int k = 0; k < 400; k++) {
                boolean first = k % 3 != 0; // mostly one master data, sometimes the other: the slot changes hands
                checks.add(pool.submit(() -> first ? planner.plan(a.snapshot()).equals(expectedA)
                        : planner.plan(b.snapshot()).equals(expectedB)));
            }
            for (Future<Boolean> f : checks) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Demand> halve(List<Demand> demands) {
        List<Demand> out = new ArrayList<>();
        for (int d = 0; d < demands.size(); d += 2) {
            Demand x = demands.get(d);
            out.add(new Demand(x.id(), x.item(), x.quantity().multiply(new BigDecimal("0.5")), x.due(), x.type()));
        }
        return out;
    }
}
