package dev.mfg.mrp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.error.LimitExceededException;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.planning.Demand;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.CalendarId;
import dev.mfg.core.resource.WorkCalendar;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterCategory;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.Routing;
import dev.mfg.mrp.MrpOptions;
import dev.mfg.mrp.MrpResult;
import dev.mfg.mrp.PlannedOrder;
import dev.mfg.mrp.PlanningSnapshot;
import dev.mfg.mrp.horizon.BucketSize;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/**
 * The routing resolutions a master index shares between runs ({@link RoutingSteps}): what a run changes (remembered
 * schedules, calendar windows) stays in the run, runs on one index at once or interleaved plan as fresh planners,
 * and operations are still resolved, and fail, only when a run uses them.
 */
class RoutingStepsTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 5); // a Monday
    private static final ItemId PART = ItemId.of("PART");

    @Test
    void twoSchedulers_oneRoutingSteps_shareTheStepsButNotTheirRememberedScheduleOrWindows() {
        // On WC-0's calendar (Mon-Fri, no holidays), so a schedule is always remembered.
        MasterData data = data(List.of(op(10, "WC-0", "6", "0", "0", "10"), op(20, "WC-0", "3", "15", "30", "0")));
        Routing r = data.routings().getFirst();
        RoutingSteps shared = new RoutingSteps(data, weekStarts(8), new Routing[] {r});
        BackwardScheduler a = new BackwardScheduler(shared);
        BackwardScheduler b = new BackwardScheduler(shared);
        BackwardScheduler.Steps steps = a.stepsAt(0, 2);
        assertThat(b.stepsAt(0, 2)).isSameAs(steps);
        // 10 pieces due Monday 2026-01-19 (bucket 2): one day of work at most, on the fast path, remembered by a.
        a.schedule(steps, 10_000_000L, q -> {
            throw new AssertionError("slow path taken");
        }, START.plusWeeks(2).toEpochDay());
        assertThat(a.remembered(steps)).isNotNull();
        assertThat(b.remembered(steps)).as("b never scheduled these steps").isNull();
        b.schedule(steps, 10_000_000L, q -> {
            throw new AssertionError("slow path taken");
        }, START.plusWeeks(3).toEpochDay());
        assertThat(b.remembered(steps)).isNotNull().isNotSameAs(a.remembered(steps));
        assertThat(a.remembered(steps).dueDay).isEqualTo(START.plusWeeks(2).toEpochDay());
        assertThat(a.cal(steps.cal[1])).isNotSameAs(b.cal(steps.cal[1]));
        assertThat(a.cal(steps.cal[1])).isSameAs(a.cal(steps.cal[1]));
    }

    @Test
    void schedulersOnFourThreads_oneRoutingSteps_sameDaysAsEachAlone() throws Exception {
        // 1000 weekly buckets (19 years) jumped across at random: the calendars' 4096-day windows refill often;
        // few lot sizes: schedules are remembered and shifted by whole weeks often. A window or a remembered
        // schedule shared between the threads would be overwritten under another thread's feet.
        MasterData data = data(List.of(op(10, "WC-0", "45", "30", "60", "10"), op(20, "WC-2", "20", "15", "30", "0"),
                Operation.builder().from(op(30, "WC-1", "12", "0", "0", "20"))
                        .effectivity(Effectivity.until(START.plusWeeks(400))).build()));
        Routing r = data.routings().getFirst();
        LocalDate[] starts = weekStarts(1000);
        int threads = 4;
        long[][] expected = new long[threads][];
        for (int t = 0; t < threads; t++) {
            expected[t] = scheduleMany(new BackwardScheduler(new RoutingSteps(data, starts, new Routing[] {r})), t,
                    starts);
        }
        RoutingSteps shared = new RoutingSteps(data, starts, new Routing[] {r});
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<long[]>> got = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int seed = t;
                got.add(pool.submit(() -> {
                    go.await();
                    return scheduleMany(new BackwardScheduler(shared), seed, starts);
                }));
            }
            go.countDown();
            for (int t = 0; t < threads; t++) {
                assertThat(got.get(t).get()).as("thread %d", t).isEqualTo(expected[t]);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@return the setup days and start day of 20,000 random schedules, one after another} */
    private static long[] scheduleMany(BackwardScheduler s, long seed, LocalDate[] starts) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long[] lots = {1_000_000L, 2_500_000L, 10_000_000L, 40_000_000L};
        long[] out = new long[20_000 * 4];
        int at = 0;
        for (int k = 0; k < 20_000; k++) {
            int bucket = rnd.nextInt(starts.length);
            long micros = lots[rnd.nextInt(lots.length)];
            BackwardScheduler.Steps steps = s.stepsAt(0, bucket);
            s.schedule(steps, micros, m -> BigDecimal.valueOf(m, 6), starts[bucket].toEpochDay());
            for (int op = 0; op < 3; op++) {
                out[at++] = op < steps.size ? s.setupDay[op] : 0;
            }
            out[at++] = s.startDay;
        }
        return out;
    }

    @Test
    void plan_badOperationInForceOnlyInBucketsNoOrderUses_succeeds() {
        // OP-20 moves one micro-minute over 100 years of working time: it cannot be scheduled. It is in force from
        // 2026-02-02 (bucket 4) on; 10 PART due 2026-01-12 (bucket 1) use the routing with OP-10 alone. BAD's only
        // routing is all bad, and BAD has no demand.
        MrpResult r = new DefaultMrpPlanner(weeks(8)).plan(snapshot(badData(), LocalDate.of(2026, 1, 12)));
        // OP-10: 10 × 6 min = 60 min before Monday 2026-01-12 00:00 on Mon-Fri 08:00-16:00: Friday 2026-01-09.
        assertThat(r.plannedOrders()).extracting(PlannedOrder::item, PlannedOrder::releaseDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PART, LocalDate.of(2026, 1, 9)));
    }

    @Test
    void plan_badOperationInForceInAnOrdersBucket_throwsWithItsPathOnEveryRunOfAReusedIndex() {
        MasterData data = badData();
        DefaultMrpPlanner planner = new DefaultMrpPlanner(weeks(8));
        PlanningSnapshot good = snapshot(data, LocalDate.of(2026, 1, 12));
        PlanningSnapshot bad = snapshot(data, LocalDate.of(2026, 2, 9)); // bucket 5: OP-10 and OP-20
        MrpResult first = planner.plan(good);
        for (int run = 0; run < 2; run++) {
            assertThatThrownBy(() -> planner.plan(bad)).as("run %d", run)
                    .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                        assertThat(e.problems().getFirst().path()).isEqualTo("routing[PART@1].operations[20]");
                        assertThat(e.actual()).isEqualTo("52596000.000001 minutes");
                    });
            assertThat(planner.plan(good)).isEqualTo(first);
        }
    }

    @Test
    void plan_badOperation_onTwoThreads_throwsTheSameAndStopsTheSecondThread() throws InterruptedException {
        MasterData data = badData();
        DefaultMrpPlanner planner = new DefaultMrpPlanner(MrpOptions.builder().from(weeks(8)).threads(2).build());
        PlanningSnapshot bad = snapshot(data, LocalDate.of(2026, 2, 9));
        assertThatThrownBy(() -> planner.plan(bad)).isInstanceOfSatisfying(LimitExceededException.class, e -> {
            assertThat(e.problems().getFirst().path()).isEqualTo("routing[PART@1].operations[20]");
            assertThat(e.actual()).isEqualTo("52596000.000001 minutes");
        });
        // The run started its second thread before it failed: abandoning it ends it.
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("mfg-mrp-tallies")) {
                t.join(10_000);
                assertThat(t.isAlive()).as("second thread after a failed run").isFalse();
            }
        }
        assertThat(planner.plan(snapshot(data, LocalDate.of(2026, 1, 12))))
                .isEqualTo(new DefaultMrpPlanner(weeks(8)).plan(snapshot(data, LocalDate.of(2026, 1, 12))));
    }

    @Test
    void onePlannerWithRoutings_interleavedAndFromFourThreads_equalsFreshPlanners() throws Exception {
        // Twelve routed items on three work centers (one on a six-day calendar with holidays), one with an
        // operation that ends inside the horizon; three demand sets over the same master data instance: every
        // plan of the one planner, interleaved or at once, equals a fresh planner's.
        MasterData data = routedData();
        MrpOptions options = weeks(26);
        List<PlanningSnapshot> snapshots = new ArrayList<>();
        for (long seed = 1; seed <= 3; seed++) {
            snapshots.add(randomDemands(data, seed));
        }
        List<MrpResult> expected = new ArrayList<>();
        for (PlanningSnapshot s : snapshots) {
            MrpResult fresh = new DefaultMrpPlanner(options).plan(s);
            assertThat(fresh.capacity()).as("the routings load the work centers").isNotEmpty();
            expected.add(fresh);
        }
        assertThat(expected.get(0)).isNotEqualTo(expected.get(1));
        DefaultMrpPlanner planner = new DefaultMrpPlanner(options);
        for (int k : new int[] {0, 1, 0, 2, 1, 2, 0}) {
            assertThat(planner.plan(snapshots.get(k))).as("plan %d", k).isEqualTo(expected.get(k));
        }
        DefaultMrpPlanner concurrent = new DefaultMrpPlanner(options);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int k = 0; k < 60; k++) {
                int which = k % 3;
                checks.add(pool.submit(() -> concurrent.plan(snapshots.get(which)).equals(expected.get(which))));
            }
            for (Future<Boolean> f : checks) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static MrpOptions weeks(int buckets) {
        return MrpOptions.builder().start(START).buckets(buckets).bucketSize(BucketSize.WEEK).build();
    }

    private static LocalDate[] weekStarts(int buckets) {
        LocalDate[] out = new LocalDate[buckets];
        for (int t = 0; t < buckets; t++) {
            out[t] = START.plusWeeks(t);
        }
        return out;
    }

    private static PlanningSnapshot snapshot(MasterData data, LocalDate due) {
        return PlanningSnapshot.builder().masterData(data)
                .demands(Lists.immutable.of(Demand.salesOrder("SO-1", PART, BigDecimal.TEN, due))).build();
    }

    private static PlanningSnapshot randomDemands(MasterData data, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Demand> demands = new ArrayList<>();
        for (int d = 0; d < 40; d++) {
            demands.add(Demand.salesOrder("SO-" + d, ItemId.of("FG-" + rnd.nextInt(12)),
                    BigDecimal.valueOf(1 + rnd.nextInt(4) * 5L), START.plusWeeks(1 + rnd.nextInt(24))));
        }
        return PlanningSnapshot.builder().masterData(data).demands(Lists.immutable.withAll(demands)).build();
    }

    /** PART: OP-10 always, OP-20 (bad) from 2026-02-02; BAD: one bad operation; both on WC-0. */
    private static MasterData badData() {
        Operation bad = Operation.builder().no(20).workCenter(WorkCenterId.of("WC-0"))
                .moveMinutes(new BigDecimal("52596000.000001")).effectivity(Effectivity.from(LocalDate.of(2026, 2, 2)))
                .build();
        Routing part = Routing.builder().item(PART).operations(Lists.immutable.of(op(10, "WC-0", "6", "0", "0", "0"),
                bad)).build();
        Routing allBad = Routing.builder().item(ItemId.of("BAD")).operations(Lists.immutable.of(
                Operation.builder().from(bad).effectivity(Effectivity.ofNullable(null, null)).build())).build();
        return MasterData.builder().items(Lists.immutable.of(make("PART"), make("BAD")))
                .routings(Lists.immutable.of(part, allBad)).workCenters(Lists.immutable.withAll(workCenters()))
                .calendars(Lists.immutable.of(six())).build();
    }

    private static MasterData routedData() {
        SplittableRandom rnd = new SplittableRandom(11);
        List<Item> items = new ArrayList<>();
        List<Routing> routings = new ArrayList<>();
        String[] runs = {"0.5", "2", "7.5", "30", "0.333"};
        for (int i = 0; i < 12; i++) {
            String id = "FG-" + i;
            items.add(make(id));
            List<Operation> ops = new ArrayList<>();
            int count = 1 + rnd.nextInt(3);
            for (int k = 0; k < count; k++) {
                ops.add(op(10 * (k + 1), "WC-" + rnd.nextInt(3), runs[rnd.nextInt(runs.length)],
                        String.valueOf(rnd.nextInt(60)), String.valueOf(rnd.nextInt(120)), "10"));
            }
            if (i == 3) {
                ops.add(Operation.builder().from(op(90, "WC-1", "4", "10", "0", "0"))
                        .effectivity(Effectivity.until(START.plusWeeks(10))).build());
            }
            routings.add(Routing.builder().item(ItemId.of(id)).operations(Lists.immutable.withAll(ops)).build());
        }
        return MasterData.builder().items(Lists.immutable.withAll(items)).routings(Lists.immutable.withAll(routings))
                .workCenters(Lists.immutable.withAll(workCenters())).calendars(Lists.immutable.of(six())).build();
    }

    private static Item make(String id) {
        return Item.builder().id(ItemId.of(id)).uom(Uom.EA).procurement(Procurement.MAKE).build();
    }

    private static Operation op(int no, String wc, String run, String setup, String queue, String move) {
        return Operation.builder().no(no).workCenter(WorkCenterId.of(wc)).runMinutesPerUnit(new BigDecimal(run))
                .setupMinutes(new BigDecimal(setup)).queueMinutes(new BigDecimal(queue))
                .moveMinutes(new BigDecimal(move)).build();
    }

    /** PART's routing over WC-0 … WC-2. */
    private static MasterData data(List<Operation> ops) {
        return MasterData.builder().items(Lists.immutable.of(make("PART")))
                .routings(Lists.immutable.of(Routing.builder().item(PART).operations(Lists.immutable.withAll(ops))
                        .build()))
                .workCenters(Lists.immutable.withAll(workCenters())).calendars(Lists.immutable.of(six())).build();
    }

    /** WC-0 standard 8 h, WC-1 at 85 % efficiency, WC-2 on {@link #six}. */
    private static List<WorkCenter> workCenters() {
        List<WorkCenter> wcs = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            WorkCenter.Builder b = WorkCenter.builder().id(WorkCenterId.of("WC-" + w))
                    .category(WorkCenterCategory.MACHINE).dailyCapacity(new BigDecimal("8"));
            if (w == 1) {
                b.efficiencyPercent(new BigDecimal("85"));
            }
            if (w == 2) {
                b.calendar(CalendarId.of("SIX"));
            }
            wcs.add(b.build());
        }
        return wcs;
    }

    /** Monday to Saturday, 7.5 h, with 300 random holidays over 2025-2045. */
    private static WorkCalendar six() {
        SplittableRandom rnd = new SplittableRandom(3);
        Set<LocalDate> holidays = new HashSet<>();
        long from = LocalDate.of(2025, 1, 1).toEpochDay();
        for (int k = 0; k < 300; k++) {
            holidays.add(LocalDate.ofEpochDay(from + rnd.nextInt(20 * 365)));
        }
        return WorkCalendar.of(CalendarId.of("SIX"), EnumSet.complementOf(EnumSet.of(DayOfWeek.SUNDAY)),
                new BigDecimal("7.5"), holidays);
    }
}
