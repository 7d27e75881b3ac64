package dev.mfg.testkit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.TransactionType;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Quantity;
import dev.mfg.core.quantity.Uom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Runs each benchmark body once on the S tier, so a broken benchmark fails the build (no timing asserted). */
class BenchmarkSmokeTest {

    @Test
    void explosionBenchmark_bodiesRun() {
        ExplosionBenchmark b = new ExplosionBenchmark();
        b.tier = "S";
        b.setUp();
        assertThat(b.explodeTopItem().requirements()).isNotEmpty();
        assertThat(b.lowLevelCodes().maxCode()).isEqualTo(4);
        assertThat(b.validateCatalog().size()).isPositive();
    }

    @Test
    void costRollupBenchmark_bodyRuns() {
        CostRollupBenchmark b = new CostRollupBenchmark();
        b.tier = "S";
        b.setUp();
        var report = b.rollUpTopItem();
        assertThat(report.unitCost().amount().signum()).isPositive();
        assertThat(report.isComplete()).as("gaps: %s", report.gaps()).isTrue();
    }

    @Test
    void ledgerPostingBenchmark_bodyRunsFromEightThreadsAndTeardownCatchesAnUnacknowledgedEntry() throws Exception {
        LedgerPostingBenchmark b = new LedgerPostingBenchmark();
        b.hotItems = 10;
        b.setUp();
        int perThread = 2_000;
        ExecutorService pool = Executors.newFixedThreadPool(LedgerPostingBenchmark.THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < LedgerPostingBenchmark.THREADS; t++) {
                LedgerPostingBenchmark.Poster poster = new LedgerPostingBenchmark.Poster();
                poster.init(t);
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        b.post(poster);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        b.verify();
        assertThat(b.ledger().size()).isPositive();
        assertThat(b.resubmits()).isPositive();
        // A posting nobody was told about (a duplicate written behind the clients' backs) must fail the teardown.
        b.ledger().post(MaterialTransaction.builder().key("T0-999999")
                .type(TransactionType.RECEIPT).item(ItemId.of("HOT-0"))
                .quantity(Quantity.of(1, Uom.EA)).location("MAIN")
                .timestamp(Instant.parse("2026-01-05T08:00:00Z")).build());
        assertThatThrownBy(b::verify).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void mrpPlanBenchmark_bodyRuns() {
        MrpPlanBenchmark b = new MrpPlanBenchmark();
        b.tier = "S";
        b.threads = 1;
        b.setUp();
        var plan = b.plan();
        assertThat(plan.summary().items()).isEqualTo(1_000);
        assertThat(plan.plannedOrders()).isNotEmpty();
        // The read variant sums every order and requirement quantity: the same total as the built lists give.
        java.math.BigDecimal expected = plan.plannedOrders().injectInto(java.math.BigDecimal.ZERO,
                (t, o) -> t.add(o.quantity()));
        expected = plan.materialRequirements().injectInto(expected, (t, m) -> t.add(m.quantity()));
        assertThat(b.planAndRead()).isEqualByComparingTo(expected);
        assertThat(b.planNewPlanner()).isEqualTo(plan); // indexing afresh plans the same
        MrpPlanBenchmark two = new MrpPlanBenchmark();
        two.tier = "S";
        two.threads = 2;
        two.setUp();
        assertThat(two.plan()).isEqualTo(plan); // capacity load added on a second thread: the same plan
    }

    @Test
    void planTimes_printsOneLinePerPlanAndTheBest() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        long best = PlanTimes.run(dev.mfg.testkit.generate.SizeTier.S, 2, 2,
                new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
        String text = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(3);
        assertThat(text.lines().limit(2)).allMatch(line -> line.matches(
                "plan [12]: \\d+ ms wall, \\d+ ms CPU, \\d+ ms collecting; \\d+ orders, \\d+ requirements"));
        assertThat(text).contains("best " + best + " ms (S)");
    }
}
