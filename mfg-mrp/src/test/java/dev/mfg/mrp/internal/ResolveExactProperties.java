package dev.mfg.mrp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mfg.core.error.LimitExceededException;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterCategory;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.OperationTimes;
import dev.mfg.core.routing.Routing;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/**
 * The {@code long} resolution of an operation ({@link BackwardScheduler#resolveExact}) gives exactly the values of
 * the {@code BigDecimal}/{@code BigInteger} reference ({@link BackwardScheduler#resolveReference}, the arithmetic
 * the scheduler used before), or declines; and bad durations still throw the reference's exception.
 */
class ResolveExactProperties {
    private static final ItemId PART = ItemId.of("PART");
    /** {@code WorkCalendar.MAX_WORK} in minutes: 36525 days × 1440. */
    private static final BigDecimal MAX_WORK_MINUTES = new BigDecimal("52596000");
    /** The operations' magnitude limit (quantities below 10^12) less one unit of the sixth decimal. */
    private static final BigDecimal LARGEST = new BigDecimal("999999999999.999999");

    @Test
    void resolveExact_randomOperations_sameFieldsAsReference() {
        AtomicInteger examples = new AtomicInteger();
        AtomicInteger exact = new AtomicInteger();
        AtomicInteger thrown = new AtomicInteger();
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 1000)).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom rnd = new SplittableRandom(seed);
            Case c = randomCase(rnd);
            examples.incrementAndGet();
            OperationTimes times = OperationTimes.of(c.op, c.wc, c.tool);
            // The efficiency as the work center gives it, or in another spelling of the same value (0.850, 1.00).
            BigDecimal efficiency = c.wc.efficiencyFactor();
            if (rnd.nextInt(4) == 0) {
                efficiency = efficiency.setScale(efficiency.scale() + 1 + rnd.nextInt(3));
            }
            BackwardScheduler.Steps reference = new BackwardScheduler.Steps(c.routing(), 1, 0);
            RuntimeException error = null;
            try {
                BackwardScheduler.resolveReference(reference, 0, times, efficiency);
            } catch (RuntimeException e) {
                error = e;
            }
            BackwardScheduler.Steps fast = new BackwardScheduler.Steps(c.routing(), 1, 0);
            boolean resolved = BackwardScheduler.resolveExact(fast, 0, times, efficiency);
            if (error != null) {
                thrown.incrementAndGet();
                assertThat(error).as("seed %s", seed).isInstanceOf(LimitExceededException.class);
                assertThat(resolved).as("declines what the reference rejects, seed %s", seed).isFalse();
                assertThat(fast.moveNanos(0) | fast.setupNanos(0) | fast.queueNanos(0)).isZero();
                assertThat(fast.runNum[0]).isNull();
                return;
            }
            if (!resolved) {
                return;
            }
            exact.incrementAndGet();
            assertSame(fast, reference, seed);
        });
        // Operations in the data's range (six decimals, below 10^12) decline only when a duration is too long (the
        // reference throws) or a ratio term passes 10^18 (rare: a run value near 10^12 with six decimals against a
        // four-decimal efficiency); about a third of the generated ones have a duration beyond MAX_WORK.
        String counts = "exact " + exact + ", thrown " + thrown + " of " + examples;
        assertThat(exact.get() + thrown.get()).as(counts).isGreaterThan(examples.get() * 9 / 10);
        assertThat(exact.get()).as(counts).isGreaterThan(examples.get() / 2);
        assertThat(thrown.get()).as(counts).isGreaterThan(examples.get() / 20);
        if (Boolean.getBoolean("resolve.counts")) {
            System.out.println(counts);
        }
    }

    @Test
    void steps_randomOperations_sameFieldsAsReferenceOrSameError() {
        // Through the scheduler (the work center's own efficiency factor, its calendar and index): each resolved
        // operation equals the reference; a duration beyond MAX_WORK throws the reference's exception and path.
        AtomicInteger errors = new AtomicInteger();
        qt().withExamples(Math.min(300, Integer.getInteger("QT_EXAMPLES", 300))).forAll(longs().all())
                .checkAssert(seed -> {
                    SplittableRandom rnd = new SplittableRandom(seed);
                    Case c = randomCase(rnd);
                    MasterData data = c.data();
                    Routing routing = data.routings().getFirst();
                    OperationTimes times = OperationTimes.of(c.op, c.wc, c.tool);
                    BackwardScheduler.Steps reference = new BackwardScheduler.Steps(routing, 1, 0);
                    reference.no[0] = c.op.no(); // as the scheduler sets it before resolving: the error path
                    RuntimeException error = null;
                    try {
                        BackwardScheduler.resolveReference(reference, 0, times, c.wc.efficiencyFactor());
                    } catch (RuntimeException e) {
                        error = e;
                    }
                    BackwardScheduler scheduler = new BackwardScheduler(data);
                    if (error != null) {
                        errors.incrementAndGet();
                        LimitExceededException expected = (LimitExceededException) error;
                        assertThatThrownBy(() -> scheduler.steps(routing, LocalDate.of(2026, 1, 5)))
                                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                                    assertThat(e.problems().getFirst().path())
                                            .isEqualTo("routing[PART@1].operations[" + c.op.no() + "]");
                                    assertThat(e.problems()).isEqualTo(expected.problems());
                                    assertThat(e.getMessage()).isEqualTo(expected.getMessage());
                                    assertThat(e.actual()).isEqualTo(expected.actual());
                                });
                        return;
                    }
                    BackwardScheduler.Steps s = scheduler.steps(routing, LocalDate.of(2026, 1, 5));
                    assertThat(s.times[0].setupMinutes()).isEqualTo(times.setupMinutes());
                    assertThat(s.operation[0]).isSameAs(c.op);
                    assertThat(s.no[0]).isEqualTo(c.op.no());
                    assertThat(s.workCenter[0]).isZero();
                    assertThat(scheduler.workCenter(0)).isSameAs(c.wc);
                    assertSame(s, reference, seed);
                });
        assertThat(errors.get()).isGreaterThan(0);
    }

    @Test
    void resolveExact_handOperation_exactRatiosAndDurations() {
        // 45 s cycles, 4 cavities, 85 % efficiency: run = 45 / (60 × 4 × 0.85) = 45 / 204 = 15 / 68 min per piece.
        // runP / runD = 60000 × 15 / 68 = 900000 / 68 = 225000 / 17; runC = 17 (68 = 4 × 17).
        // loadP / loadD = 1000 × 15 / 68 = 15000 / 68 = 3750 / 17.
        // Setup 2.5 min = 150 × 10^9 ns = 2.5 × 10^9 nano-minutes; queue 30 min = 1.8 × 10^12 ns;
        // move 0.1 min = 6 × 10^9 ns.
        Operation op = Operation.builder().no(10).workCenter(WorkCenterId.of("WC")).cycleSeconds(new BigDecimal("45"))
                .cavities(4).setupMinutes(new BigDecimal("2.5")).queueMinutes(new BigDecimal("30"))
                .moveMinutes(new BigDecimal("0.1")).build();
        WorkCenter wc = workCenter(new BigDecimal("85"));
        BackwardScheduler.Steps s = new BackwardScheduler.Steps(null, 1, 0);
        assertThat(BackwardScheduler.resolveExact(s, 0, OperationTimes.of(op, wc, Optional.empty()),
                wc.efficiencyFactor())).isTrue();
        assertThat(s.runP(0)).isEqualTo(225_000L);
        assertThat(s.runD(0)).isEqualTo(17L);
        assertThat(s.runC(0)).isEqualTo(17L);
        assertThat(s.runFast(0)).isTrue();
        assertThat(s.loadP[0]).isEqualTo(3_750L);
        assertThat(s.loadD[0]).isEqualTo(17L);
        assertThat(s.loadSetup[0]).isEqualTo(2_500_000_000L);
        assertThat(s.loadFast[0]).isTrue();
        assertThat(s.setupNanos(0)).isEqualTo(150_000_000_000L);
        assertThat(s.queueNanos(0)).isEqualTo(1_800_000_000_000L);
        assertThat(s.moveNanos(0)).isEqualTo(6_000_000_000L);
        assertThat(s.runNum[0]).isEqualTo(new BigDecimal("45"));
        assertThat(s.runDen[0]).isEqualTo(new BigDecimal("204.00")); // 240 × 0.85, scale 2
    }

    @Test
    void resolveExact_zeroRunAndSixthDecimals_ceilingNanos() {
        // No run time: 0 / 1, runC 1. Setup 0.000001 min = 60000 ns exactly = 1000 nano-minutes; move 1.234567 min
        // = 74074020000 ns; queue 52596000 min = MAX_WORK exactly = 3155760000000000000 ns (accepted).
        Operation op = Operation.builder().no(20).workCenter(WorkCenterId.of("WC"))
                .setupMinutes(new BigDecimal("0.000001")).queueMinutes(MAX_WORK_MINUTES)
                .moveMinutes(new BigDecimal("1.234567")).build();
        WorkCenter wc = workCenter(new BigDecimal("33.3"));
        BackwardScheduler.Steps s = new BackwardScheduler.Steps(null, 1, 0);
        assertThat(BackwardScheduler.resolveExact(s, 0, OperationTimes.of(op, wc, Optional.empty()),
                wc.efficiencyFactor())).isTrue();
        assertThat(s.runP(0)).isZero();
        assertThat(s.runD(0)).isEqualTo(1L);
        assertThat(s.runC(0)).isEqualTo(1L);
        assertThat(s.loadP[0]).isZero();
        assertThat(s.loadD[0]).isEqualTo(1L);
        assertThat(s.setupNanos(0)).isEqualTo(60_000L);
        assertThat(s.loadSetup[0]).isEqualTo(1_000L);
        assertThat(s.moveNanos(0)).isEqualTo(74_074_020_000L);
        assertThat(s.queueNanos(0)).isEqualTo(3_155_760_000_000_000_000L);
    }

    @Test
    void steps_moveBeyondMaxWork_limitExceededWithPath() {
        // 52596000.000001 min is one micro-minute over 100 years of working time.
        Operation op = Operation.builder().no(30).workCenter(WorkCenterId.of("WC"))
                .moveMinutes(new BigDecimal("52596000.000001")).build();
        Case c = new Case(op, workCenter(BigDecimal.valueOf(100)), Optional.empty());
        MasterData data = c.data();
        BackwardScheduler s = new BackwardScheduler(data);
        assertThatThrownBy(() -> s.steps(data.routings().getFirst(), LocalDate.of(2026, 1, 5)))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    assertThat(e.problems().getFirst().path()).isEqualTo("routing[PART@1].operations[30]");
                    assertThat(e.actual()).isEqualTo("52596000.000001 minutes");
                    assertThat(e.problems().getFirst().rule()).isEqualTo("LIMIT");
                });
    }

    private static void assertSame(BackwardScheduler.Steps fast, BackwardScheduler.Steps reference, long seed) {
        String as = "seed " + seed;
        assertThat(fast.moveNanos(0)).as("moveNanos, %s", as).isEqualTo(reference.moveNanos(0));
        assertThat(fast.setupNanos(0)).as("setupNanos, %s", as).isEqualTo(reference.setupNanos(0));
        assertThat(fast.queueNanos(0)).as("queueNanos, %s", as).isEqualTo(reference.queueNanos(0));
        assertThat(fast.runP(0)).as("runP, %s", as).isEqualTo(reference.runP(0));
        assertThat(fast.runD(0)).as("runD, %s", as).isEqualTo(reference.runD(0));
        assertThat(fast.runC(0)).as("runC, %s", as).isEqualTo(reference.runC(0));
        assertThat(fast.runFast(0)).as("runFast, %s", as).isEqualTo(reference.runFast(0));
        assertThat(fast.loadSetup[0]).as("loadSetup, %s", as).isEqualTo(reference.loadSetup[0]);
        assertThat(fast.loadP[0]).as("loadP, %s", as).isEqualTo(reference.loadP[0]);
        assertThat(fast.loadD[0]).as("loadD, %s", as).isEqualTo(reference.loadD[0]);
        assertThat(fast.loadFast[0]).as("loadFast, %s", as).isEqualTo(reference.loadFast[0]);
        // equals: the same value and the same scale (busyNanoMinutes depends on both)
        assertThat(fast.runNum[0]).as("runNum, %s", as).isEqualTo(reference.runNum[0]);
        assertThat(fast.runDen[0]).as("runDen, %s", as).isEqualTo(reference.runDen[0]);
    }

    /** One operation on a work center, maybe with a tool. */
    private record Case(Operation op, WorkCenter wc, Optional<Tool> tool) {
        Routing routing() {
            return Routing.builder().item(PART).operations(Lists.immutable.of(op)).build();
        }

        MasterData data() {
            MasterData.Builder b = MasterData.builder()
                    .items(Lists.immutable.of(Item.builder().id(PART).uom(Uom.EA).procurement(Procurement.MAKE)
                            .build()))
                    .routings(Lists.immutable.of(routing())).workCenters(Lists.immutable.of(wc));
            tool.ifPresent(t -> b.tools(Lists.immutable.of(t)));
            return b.build();
        }
    }

    private static Case randomCase(SplittableRandom rnd) {
        Operation.Builder b = Operation.builder().no(10 * (1 + rnd.nextInt(9))).workCenter(WorkCenterId.of("WC"))
                .setupMinutes(minutes(rnd)).queueMinutes(minutes(rnd)).moveMinutes(minutes(rnd));
        Optional<Tool> tool = Optional.empty();
        switch (rnd.nextInt(4)) {
            case 0 -> b.runMinutesPerUnit(minutes(rnd));
            case 1 -> b.cycleSeconds(minutes(rnd)).cavities(1 + rnd.nextInt(rnd.nextBoolean() ? 8 : Tool.MAX_CAVITIES));
            case 2 -> {
                // Cavities and (when the operation's setup is zero) setup from the tool.
                Tool t = Tool.builder().id(ToolId.of("MOLD")).cavities(1 + rnd.nextInt(16)).setupMinutes(minutes(rnd))
                        .lifeCycles(1_000_000L).build();
                tool = Optional.of(t);
                b.tool(t.id()).cycleSeconds(minutes(rnd));
                if (rnd.nextBoolean()) {
                    b.setupMinutes(BigDecimal.ZERO);
                }
            }
            default -> { } // no run time
        }
        return new Case(b.build(), workCenter(efficiencyPercent(rnd)), tool);
    }

    /** Minutes (or seconds) with 0 to 6 decimals: zero, small, typical, around MAX_WORK, up to the largest. */
    private static BigDecimal minutes(SplittableRandom rnd) {
        int scale = rnd.nextInt(7);
        return switch (rnd.nextInt(16)) {
            case 0, 1 -> BigDecimal.ZERO;
            case 2, 3, 7, 8 -> BigDecimal.valueOf(1 + rnd.nextInt(100), scale); // 0.000001 … 100
            case 9, 10, 11, 12 -> BigDecimal.valueOf(rnd.nextInt(200_000), Math.min(scale, 2)); // 45, 2.5, 0.1, 1999.99
            case 4 -> BigDecimal.valueOf(rnd.nextLong(1_000_000_000_000L), scale); // any magnitude
            case 5 -> MAX_WORK_MINUTES.add(BigDecimal.valueOf(rnd.nextInt(21) - 10, scale)); // at the limit
            case 6 -> LARGEST.subtract(BigDecimal.valueOf(rnd.nextLong(1_000_000_000L), scale));
            default -> BigDecimal.valueOf(rnd.nextLong(60_000_000_000L), 6); // below 60000 min, six decimals
        };
    }

    /** Efficiency percent (0, 1000] whose factor has 0 to 4 decimals: 70, 85, 100, 125, 33.3, 12.34, … */
    private static BigDecimal efficiencyPercent(SplittableRandom rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> new BigDecimal[] {new BigDecimal("70"), new BigDecimal("85"), new BigDecimal("100"),
                new BigDecimal("125"), new BigDecimal("33.3"), new BigDecimal("1000"), new BigDecimal("0.01")}[
                        rnd.nextInt(7)];
            default -> {
                int scale = rnd.nextInt(5); // factor decimals
                long max = 10 * BigDecimal.TEN.pow(scale).longValueExact(); // factor ≤ 10
                yield BigDecimal.valueOf(1 + rnd.nextLong(max), scale).movePointRight(2);
            }
        };
    }

    private static WorkCenter workCenter(BigDecimal efficiencyPercent) {
        return WorkCenter.builder().id(WorkCenterId.of("WC")).category(WorkCenterCategory.MACHINE)
                .dailyCapacity(new BigDecimal("8")).efficiencyPercent(efficiencyPercent).build();
    }
}
