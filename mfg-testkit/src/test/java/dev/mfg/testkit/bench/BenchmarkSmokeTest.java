package dev.mfg.testkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

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
    void mrpPlanBenchmark_bodyRuns() {
        MrpPlanBenchmark b = new MrpPlanBenchmark();
        b.tier = "S";
        b.setUp();
        var plan = b.plan();
        assertThat(plan.summary().items()).isEqualTo(1_000);
        assertThat(plan.plannedOrders()).isNotEmpty();
    }
}
