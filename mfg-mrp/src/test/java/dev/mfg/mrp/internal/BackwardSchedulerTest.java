package dev.mfg.mrp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.CalendarId;
import dev.mfg.core.resource.WorkCalendar;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterCategory;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.Routing;
import dev.mfg.core.routing.Schedule;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/** The engine's cached backward scheduler gives the core scheduler's times, operation by operation. */
class BackwardSchedulerTest {
    private static final ItemId PART = ItemId.of("PART");

    @Test
    void backward_handSchedule_setupStartsAndOrderStart() {
        // One work center on the standard calendar (Mon-Fri 08:00-16:00). Due Monday 2026-01-19 00:00, 10 pieces:
        // OP-20 run 10 × 3 = 30 min + setup 15 → run starts Fri 16th 15:30, setup 15:15, queue 30 → 14:45;
        // OP-10 move 10 → 14:35, run 10 × 6 = 60 → 13:35, setup 0 → 13:35 = order start (no queue).
        MasterData data = data(List.of(op(10, "WC-0", "6", "0", "0", "10"), op(20, "WC-0", "3", "15", "30", "0")),
                false);
        BackwardScheduler s = new BackwardScheduler(data);
        Routing r = data.routings().getFirst();
        LocalDate due = LocalDate.of(2026, 1, 19);
        s.backward(s.steps(r, due), BigDecimal.TEN, due.atStartOfDay());
        assertThat(s.setupStart[1]).isEqualTo(LocalDateTime.of(2026, 1, 16, 15, 15));
        assertThat(s.setupStart[0]).isEqualTo(LocalDateTime.of(2026, 1, 16, 13, 35));
        assertThat(s.orderStart).isEqualTo(LocalDateTime.of(2026, 1, 16, 13, 35));
        assertThat(s.steps.no).containsExactly(10, 20);
    }

    @Test
    void steps_cachedPerRoutingAndDueDate() {
        MasterData data = data(List.of(op(10, "WC-0", "1", "0", "0", "0")), false);
        BackwardScheduler s = new BackwardScheduler(data);
        Routing r = data.routings().getFirst();
        LocalDate due = LocalDate.of(2026, 1, 19);
        assertThat(s.steps(r, due)).isSameAs(s.steps(r, due));
        assertThat(s.steps(r, due.plusDays(7))).isNotSameAs(s.steps(r, due));
        // Work centers are indexed up front, all four of the master data, in id order.
        assertThat(s.workCenterCount()).isEqualTo(4);
        assertThat(s.workCenter(2).id()).isEqualTo(WorkCenterId.of("WC-2"));
        assertThat(s.workCenter(3).id()).isEqualTo(WorkCenterId.of("WC-3"));
    }

    @Test
    void stepsAt_datedRouting_sharedOperationsCopiedAndEqualToFreshResolution() {
        // OP-10 always; OP-20 until 2026-02-02, then OP-30 (WC-1 at 85 %): buckets before and after resolve apart,
        // the second copying OP-10 from the first. Both equal what a fresh scheduler resolves on that date alone.
        LocalDate change = LocalDate.of(2026, 2, 2);
        Operation op10 = op(10, "WC-0", "2.5", "45", "30", "10");
        Operation op20 = Operation.builder().from(op(20, "WC-0", "0.1", "15", "0", "0"))
                .effectivity(dev.mfg.core.effectivity.Effectivity.until(change)).build();
        Operation op30 = Operation.builder().from(op(30, "WC-1", "0.333", "0", "60", "20"))
                .effectivity(dev.mfg.core.effectivity.Effectivity.from(change)).build();
        MasterData data = data(List.of(op10, op20, op30), false);
        Routing r = data.routings().getFirst();
        LocalDate[] starts = {LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 26), change, LocalDate.of(2026, 2, 9)};
        BackwardScheduler s = new BackwardScheduler(new RoutingSteps(data, starts, new Routing[] {r}));
        BackwardScheduler.Steps before = s.stepsAt(0, 0);
        BackwardScheduler.Steps after = s.stepsAt(0, 3);
        assertThat(s.stepsAt(0, 1)).isSameAs(before);
        assertThat(s.stepsAt(0, 2)).isSameAs(after);
        assertThat(before.no).containsExactly(10, 20);
        assertThat(after.no).containsExactly(10, 30);
        assertThat(after.times[0]).as("OP-10 copied, not resolved again").isSameAs(before.times[0]);
        for (int b : new int[] {0, 3}) {
            BackwardScheduler.Steps got = b == 0 ? before : after;
            BackwardScheduler.Steps fresh = new BackwardScheduler(data).steps(r, starts[b]);
            for (int k = 0; k < got.size; k++) {
                assertThat(got.moveNanos(k)).isEqualTo(fresh.moveNanos(k));
                assertThat(got.setupNanos(k)).isEqualTo(fresh.setupNanos(k));
                assertThat(got.queueNanos(k)).isEqualTo(fresh.queueNanos(k));
                assertThat(got.runP(k)).isEqualTo(fresh.runP(k));
                assertThat(got.runD(k)).isEqualTo(fresh.runD(k));
                assertThat(got.runC(k)).isEqualTo(fresh.runC(k));
                assertThat(got.loadSetup[k]).isEqualTo(fresh.loadSetup[k]);
                assertThat(got.loadP[k]).isEqualTo(fresh.loadP[k]);
                assertThat(got.loadD[k]).isEqualTo(fresh.loadD[k]);
                assertThat(got.runDen[k]).isEqualTo(fresh.runDen[k]);
                assertThat(got.operation[k]).isSameAs(fresh.operation[k]);
            }
        }
        // OP-10 by hand: move 10 min = 6e11 ns, setup 45 min = 2.7e12 ns, queue 30 min = 1.8e12 ns; run 2.5 min/pc
        // = 5/2: runP / runD = 60000 × 5 / 2 = 150000 / 1, loadP / loadD = 2500 / 1, loadSetup 45e9 nano-minutes.
        assertThat(after.moveNanos(0)).isEqualTo(600_000_000_000L);
        assertThat(after.setupNanos(0)).isEqualTo(2_700_000_000_000L);
        assertThat(after.queueNanos(0)).isEqualTo(1_800_000_000_000L);
        assertThat(after.runP(0)).isEqualTo(150_000L);
        assertThat(after.runD(0)).isEqualTo(1L);
        assertThat(after.loadP[0]).isEqualTo(2_500L);
        assertThat(after.loadSetup[0]).isEqualTo(45_000_000_000L);
        // OP-30 on WC-1: 0.333 / 0.85 = 333 / 850 min/pc (333 = 3² × 37 and 850 = 2 × 5² × 17 are coprime):
        // runP / runD = 60000 × 333 / 850 = 399600 / 17 (gcd 50), runC = 17, loadP / loadD = 333000 / 850
        // = 6660 / 17 (gcd 50); setup 0, move 20 min = 1.2e12 ns, queue 60 min = 3.6e12 ns.
        assertThat(after.runP(1)).isEqualTo(399_600L);
        assertThat(after.runD(1)).isEqualTo(17L);
        assertThat(after.runC(1)).isEqualTo(17L);
        assertThat(after.loadP[1]).isEqualTo(6_660L);
        assertThat(after.loadD[1]).isEqualTo(17L);
        assertThat(after.loadSetup[1]).isZero();
        assertThat(after.moveNanos(1)).isEqualTo(1_200_000_000_000L);
        assertThat(after.queueNanos(1)).isEqualTo(3_600_000_000_000L);
        assertThat(after.workCenter[1]).isEqualTo(1);
    }

    @Test
    void backward_randomRoutings_sameAsCoreScheduler() {
        qt().withExamples(Math.min(150, Integer.getInteger("QT_EXAMPLES", 150))).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom rnd = new SplittableRandom(seed);
            MasterData data = data(randomOps(rnd, 5, 0, 1000, 90, 4), rnd.nextBoolean());
            BackwardScheduler s = new BackwardScheduler(data);
            Routing r = data.routings().getFirst();
            for (int x = 0; x < 5; x++) {
                BigDecimal q = BigDecimal.valueOf(1 + rnd.nextInt(50_000), rnd.nextInt(4)); // ≤ 5M minutes: within MAX_WORK
                LocalDate due = LocalDate.of(2026, 1, 5).plusDays(rnd.nextInt(400));
                Schedule expected = data.scheduler().backward(r, q, due.atStartOfDay());
                s.backward(s.steps(r, due), q, due.atStartOfDay());
                assertThat(s.orderStart).as("order start, seed %s", seed).isEqualTo(expected.orderStart());
                for (int k = 0; k < s.steps.size; k++) {
                    assertThat(s.setupStart[k]).as("op %s, seed %s", s.steps.no[k], seed)
                            .isEqualTo(expected.operationStart(s.steps.no[k]));
                }
            }
        });
    }

    @Test
    void schedule_handSchedule_daysOfSetupStartsAndOrderStart() {
        // The hand schedule above, by the long-nanosecond path: setups Fri 2026-01-16 (epoch day 20469), order too.
        MasterData data = data(List.of(op(10, "WC-0", "6", "0", "0", "10"), op(20, "WC-0", "3", "15", "30", "0")),
                false);
        BackwardScheduler s = new BackwardScheduler(data);
        Routing r = data.routings().getFirst();
        LocalDate due = LocalDate.of(2026, 1, 19);
        s.schedule(s.steps(r, due), 10_000_000L, q -> { throw new AssertionError("slow path taken"); },
                due.toEpochDay());
        assertThat(s.setupDay[0]).isEqualTo(20469L);
        assertThat(s.setupDay[1]).isEqualTo(20469L);
        assertThat(s.startDay).isEqualTo(20469L);
    }

    @Test
    void runNanos_wholeNanosOfNonTerminatingMinutes_followCoreRounding() {
        // 2/3 min per unit: runP = 60000 × 2 / 3 = 40000, runD = 1, runC = 3.
        BackwardScheduler.Steps s = new BackwardScheduler.Steps(null, 1, 0);
        s.run(0, 40_000L, 1L, 3L);
        // 1 unit: 2/3 min rounds to 0.666…67 (34 digits), × 6e10 ns = 40000000000.00…02 → ceiling 40000000001.
        assertThat(BackwardScheduler.runNanos(s, 0, 1_000_000L)).isEqualTo(40_000_000_001L);
        // 0.5 unit: 1/3 min rounds to 0.333…3, × 6e10 = 19999999999.99…8 → ceiling 20000000000.
        assertThat(BackwardScheduler.runNanos(s, 0, 500_000L)).isEqualTo(20_000_000_000L);
        // 3 units: 2 min exactly = 120000000000 ns.
        assertThat(BackwardScheduler.runNanos(s, 0, 3_000_000L)).isEqualTo(120_000_000_000L);
    }

    @Test
    void schedule_randomRoutingsAndLots_sameDaysAsCoreScheduler() {
        // Lots with up to six decimals on a work center at 85 % efficiency: run minutes often do not terminate.
        qt().withExamples(Math.min(150, Integer.getInteger("QT_EXAMPLES", 150))).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom rnd = new SplittableRandom(seed);
            int ops = 1 + rnd.nextInt(5);
            List<Operation> list = new ArrayList<>();
            for (int k = 0; k < ops; k++) {
                list.add(op(10 * (k + 1), "WC-" + rnd.nextInt(4), BigDecimal.valueOf(rnd.nextInt(1000), rnd.nextInt(4))
                        .toPlainString(), String.valueOf(rnd.nextInt(90)), String.valueOf(30 * rnd.nextInt(4)),
                        String.valueOf(10 * rnd.nextInt(3))));
            }
            MasterData data = data(list, rnd.nextBoolean());
            BackwardScheduler s = new BackwardScheduler(data);
            Routing r = data.routings().getFirst();
            for (int x = 0; x < 5; x++) {
                long micros = 1 + rnd.nextLong(5_000_000_000L);
                BigDecimal q = BigDecimal.valueOf(micros, 6);
                LocalDate due = LocalDate.of(2026, 1, 5).plusDays(rnd.nextInt(400));
                Schedule expected = data.scheduler().backward(r, q, due.atStartOfDay());
                s.schedule(s.steps(r, due), micros, m -> BigDecimal.valueOf(m, 6), due.toEpochDay());
                assertThat(s.startDay).as("order start, seed %s", seed)
                        .isEqualTo(expected.orderStart().toLocalDate().toEpochDay());
                for (int k = 0; k < s.steps.size; k++) {
                    assertThat(s.setupDay[k]).as("op %s, seed %s", s.steps.no[k], seed)
                            .isEqualTo(expected.operationStart(s.steps.no[k]).toLocalDate().toEpochDay());
                    // Busy minutes: the exact fraction (and its long form) is the core's value when that terminates,
                    // else within the core's 34-digit rounding of it.
                    BigDecimal core = s.steps.times[k].minutesFor(q);
                    java.math.BigInteger[] f = BackwardScheduler.busyNanoMinutes(s.steps, k, micros);
                    BigDecimal exact = new BigDecimal(f[0]).divide(new BigDecimal(f[1]), java.math.MathContext.DECIMAL128)
                            .movePointLeft(9);
                    assertThat(exact.subtract(core).abs()).as("busy, seed %s", seed)
                            .isLessThanOrEqualTo(core.abs().movePointLeft(32));
                    if (s.steps.loadFast[k]) {
                        java.math.BigInteger num = java.math.BigInteger.valueOf(s.steps.loadSetup[k])
                                .multiply(java.math.BigInteger.valueOf(s.steps.loadD[k]))
                                .add(java.math.BigInteger.valueOf(micros).multiply(java.math.BigInteger.valueOf(s.steps.loadP[k])));
                        assertThat(num.multiply(f[1])).as("long form, seed %s", seed)
                                .isEqualTo(f[0].multiply(java.math.BigInteger.valueOf(s.steps.loadD[k])));
                    }
                    if (core.stripTrailingZeros().scale() <= 20) {
                        assertThat(exact).as("terminating, seed %s", seed).isEqualByComparingTo(core);
                    }
                }
            }
        });
    }

    /**
     * Lots that recur on weekly due dates reuse the remembered schedule shifted by whole weeks, except across the
     * six-day calendar's holidays (Good Friday 2026-04-03, Christmas): every day still equals the core scheduler's.
     */
    @Test
    void schedule_recurringLotsOnWeeklyDueDates_sameDaysAsCoreScheduler() {
        qt().withExamples(Math.min(100, Integer.getInteger("QT_EXAMPLES", 100))).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom rnd = new SplittableRandom(seed);
            MasterData data = data(randomOps(rnd, 4, 1, 3000, 600, 20), rnd.nextBoolean());
            BackwardScheduler s = new BackwardScheduler(data);
            Routing r = data.routings().getFirst();
            long[] lots = {1_000_000L * (1 + rnd.nextInt(400)), 1_000_000L * (1 + rnd.nextInt(400))};
            for (int x = 0; x < 30; x++) {
                long micros = lots[rnd.nextInt(2)];
                LocalDate due = LocalDate.of(2026, 1, 5).plusWeeks(rnd.nextInt(60)); // Mondays, across the holidays
                Schedule expected = data.scheduler().backward(r, BigDecimal.valueOf(micros, 6), due.atStartOfDay());
                s.schedule(s.steps(r, LocalDate.of(2026, 1, 5)), micros, m -> BigDecimal.valueOf(m, 6),
                        due.toEpochDay());
                assertThat(s.startDay).as("order start, seed %s, due %s", seed, due)
                        .isEqualTo(expected.orderStart().toLocalDate().toEpochDay());
                for (int k = 0; k < s.steps.size; k++) {
                    assertThat(s.setupDay[k]).as("op %s, seed %s, due %s", s.steps.no[k], seed, due)
                            .isEqualTo(expected.operationStart(s.steps.no[k]).toLocalDate().toEpochDay());
                }
            }
        });
    }

    /**
     * {@return 1 to {@code maxOps} random operations 10, 20, ... on WC-0 to WC-3} Run: {@code runFrom} to
     * {@code runFrom + runTenths - 1} tenths of a minute per unit; setup below {@code setups} minutes; queue
     * 30 × (0 to {@code queues - 1}) minutes; move 0, 10 or 20 minutes.
     */
    private static List<Operation> randomOps(SplittableRandom rnd, int maxOps, int runFrom, int runTenths, int setups,
            int queues) {
        int ops = 1 + rnd.nextInt(maxOps);
        List<Operation> list = new ArrayList<>();
        for (int k = 0; k < ops; k++) {
            list.add(op(10 * (k + 1), "WC-" + rnd.nextInt(4), BigDecimal.valueOf(runFrom + rnd.nextInt(runTenths), 1)
                    .toPlainString(), String.valueOf(rnd.nextInt(setups)), String.valueOf(30 * rnd.nextInt(queues)),
                    String.valueOf(10 * rnd.nextInt(3))));
        }
        return list;
    }

    private static Operation op(int no, String wc, String run, String setup, String queue, String move) {
        return Operation.builder().no(no).workCenter(WorkCenterId.of(wc)).runMinutesPerUnit(new BigDecimal(run))
                .setupMinutes(new BigDecimal(setup)).queueMinutes(new BigDecimal(queue))
                .moveMinutes(new BigDecimal(move)).build();
    }

    /** Three work centers: WC-0 standard 8 h, WC-1 at 85 % efficiency, WC-2 on a six-day calendar with holidays. */
    private static MasterData data(List<Operation> ops, boolean ownCalendar) {
        WorkCalendar six = WorkCalendar.of(CalendarId.of("SIX"), EnumSet.complementOf(EnumSet.of(DayOfWeek.SUNDAY)),
                new BigDecimal("10.5"), Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3),
                        LocalDate.of(2026, 12, 25)));
        // Two shifts, the second past midnight: taking work back crosses gaps inside a day and across midnight.
        WorkCalendar two = WorkCalendar.builder().id(CalendarId.of("TWO"))
                .shifts(Lists.immutable.of(dev.mfg.core.resource.Shift.of(java.time.LocalTime.of(6, 0),
                        java.time.Duration.ofHours(4)), dev.mfg.core.resource.Shift.of(java.time.LocalTime.of(20, 0),
                        java.time.Duration.ofMinutes(330))))
                .holidays(org.eclipse.collections.api.factory.SortedSets.immutable.of(LocalDate.of(2026, 5, 1)))
                .build();
        List<WorkCenter> wcs = new ArrayList<>();
        wcs.add(WorkCenter.builder().id(WorkCenterId.of("WC-3")).category(WorkCenterCategory.MACHINE)
                .dailyCapacity(new BigDecimal("8")).calendar(two.id()).build());
        for (int w = 0; w < 3; w++) {
            WorkCenter.Builder b = WorkCenter.builder().id(WorkCenterId.of("WC-" + w))
                    .category(WorkCenterCategory.MACHINE).dailyCapacity(new BigDecimal("8"));
            if (w == 1) {
                b.efficiencyPercent(new BigDecimal("85"));
            }
            if (w == 2 && ownCalendar) {
                b.calendar(six.id());
            }
            wcs.add(b.build());
        }
        return MasterData.builder()
                .items(Lists.immutable.of(Item.builder().id(PART).uom(Uom.EA).procurement(Procurement.MAKE).build()))
                .routings(Lists.immutable.of(Routing.builder().item(PART).operations(Lists.immutable.withAll(ops))
                        .build()))
                .workCenters(Lists.immutable.withAll(wcs)).calendars(Lists.immutable.of(six, two)).build();
    }
}
