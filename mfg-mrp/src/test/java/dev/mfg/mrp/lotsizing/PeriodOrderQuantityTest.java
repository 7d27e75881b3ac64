package dev.mfg.mrp.lotsizing;

import static dev.mfg.mrp.lotsizing.TestUnits.bd;
import static dev.mfg.mrp.lotsizing.TestUnits.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PeriodOrderQuantityTest {
    /*
     * 12-week table (10,10,15,20,70,180,250,270,230,40,0,10), POQ of 2 weeks, by hand: weeks 1-2: 20, 3-4: 35,
     * 5-6: 250, 7-8: 520, 9-10: 270, week 11 needs nothing, week 12 (the last bucket): 10. Cost with S = 300,
     * h = 2: 6·300 + 2·(10 + 20 + 180 + 270 + 40) = 1800 + 1040 = 2840.
     */
    @Test
    void plan_twelveWeekTable_twoWeeks() {
        LotSizingPlan plan = LotSizingPlan.plan(PeriodOrderQuantity.of(2), LotModifiers.none(),
                units(10, 10, 15, 20, 70, 180, 250, 270, 230, 40, 0, 10));
        assertThat(plan.receipts()).containsExactly(units(20, 0, 35, 0, 250, 0, 520, 0, 270, 0, 0, 10));
        assertThat(plan.cost(bd("300"), bd("2"))).isEqualByComparingTo("2840");
    }

    @Test
    void lotAt_calendarBuckets_emptyBucketsCount() {
        // 3 calendar buckets from bucket 0: 5 + 0 + 0 (bucket 3's 9 is outside)
        assertThat(PeriodOrderQuantity.of(3).lotAt(units(5, 0, 0, 9), 0, 4, 0)).isEqualTo(5_000_000L);
    }

    @Test
    void lotAt_truncatedAtHorizon() {
        assertThat(PeriodOrderQuantity.of(10).lotAt(units(5, 6, 7, 8), 1, 3, 0)).isEqualTo(13_000_000L);
    }

    @Test
    void of_zeroPeriods_throws() {
        assertThatThrownBy(() -> PeriodOrderQuantity.of(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(0)");
    }
}
