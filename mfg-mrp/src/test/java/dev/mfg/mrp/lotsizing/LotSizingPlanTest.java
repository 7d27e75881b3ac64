package dev.mfg.mrp.lotsizing;

import static dev.mfg.mrp.lotsizing.TestUnits.U;
import static dev.mfg.mrp.lotsizing.TestUnits.bd;
import static dev.mfg.mrp.lotsizing.TestUnits.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.item.LotSizing;
import dev.mfg.core.item.LotSizingRule;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LotSizingPlanTest {
    @Test
    void plan_maximumSplitsEachLot_setupsCountBuckets() {
        // POQ 2 with maximum 40: lot 20+30 = 50 → 40 + 10; lot 25 → 25. Setups are buckets with receipts: 2
        LotSizing cfg = LotSizing.builder().rule(LotSizingRule.PERIOD_ORDER_QUANTITY).periods(2)
                .maximum(new BigDecimal("40")).setupCost(bd("10")).holdingCostPerPeriod(bd("1")).build();
        LotSizingPlan plan = LotSizingPlan.plan(cfg, units(20, 30, 25));
        assertThat(plan.orders(0)).containsExactly(40 * U, 10 * U);
        assertThat(plan.orders(1)).isEmpty();
        assertThat(plan.orders(2)).containsExactly(25 * U);
        assertThat(plan.setups()).isEqualTo(2);
        // cost: 2 setups · 10 + holding on 30 (end of bucket 0) · 1 = 50
        assertThat(plan.cost(cfg)).isEqualByComparingTo("50");
    }

    @Test
    void plan_minimumExcessCoversLaterBuckets() {
        // L4L with minimum 25: bucket 0 needs 10 → 25 (15 left), bucket 1 needs 10 (5 left), bucket 2 needs 10 → 25
        LotSizing cfg = LotSizing.builder().minimum(new BigDecimal("25")).build();
        assertThat(LotSizingPlan.plan(cfg, units(10, 10, 10)).receipts()).containsExactly(units(25, 0, 25));
    }

    @Test
    void plan_leadingEmptyBuckets_noReceipt() {
        LotSizingPlan plan = LotSizingPlan.plan(LotSizing.LOT_FOR_LOT, units(0, 0, 4));
        assertThat(plan.receipts()).containsExactly(units(0, 0, 4));
        assertThat(plan.buckets()).isEqualTo(3);
    }

    @Test
    void plan_emptyHorizon_emptyPlan() {
        LotSizingPlan plan = LotSizingPlan.plan(LotSizing.LOT_FOR_LOT, new long[0]);
        assertThat(plan.receipts()).isEmpty();
        assertThat(plan.cost(bd("1"), bd("1"))).isEqualByComparingTo("0");
    }

    @Test
    void plan_inputNotModified_andAccessorsCopy() {
        long[] req = units(3, 4);
        LotSizingPlan plan = LotSizingPlan.plan(PeriodOrderQuantity.of(2), LotModifiers.none(), req);
        assertThat(req).containsExactly(units(3, 4));
        plan.receipts()[0] = 0;
        plan.requirements()[0] = 0;
        assertThat(plan.receipts()).containsExactly(units(7, 0));
        assertThat(plan.requirements()).containsExactly(units(3, 4));
    }

    @Test
    void plan_negativeRequirement_throws() {
        assertThatThrownBy(() -> LotSizingPlan.plan(LotSizing.LOT_FOR_LOT, new long[] {1, -1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bucket (1)");
    }

    @Test
    void plan_policyProposingZero_throwsIllegalState() {
        assertThatThrownBy(() -> LotSizingPlan.plan((net, t, end, g) -> 0, LotModifiers.none(), units(1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lot (0)");
    }

    @Test
    void cost_fractionalQuantitiesAndRates_exact() {
        // receipts 1.5 at bucket 0 for 0.5 + 1; ending 1, 0; cost 0.1 + 1 · 0.03 = 0.13
        BigDecimal c = LotSizingPlan.cost(new long[] {500_000, 1_000_000}, new long[] {1_500_000, 0}, bd("0.1"),
                bd("0.03"));
        assertThat(c).isEqualByComparingTo("0.13");
    }

    @Test
    void cost_receiptsLeaveABucketShort_throws() {
        assertThatThrownBy(() -> LotSizingPlan.cost(units(2, 2), units(3, 0), bd("1"), bd("1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bucket (1)");
        assertThatThrownBy(() -> LotSizingPlan.cost(units(2), units(2, 0), bd("1"), bd("1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
