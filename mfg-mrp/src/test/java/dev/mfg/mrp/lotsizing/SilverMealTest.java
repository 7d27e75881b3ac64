package dev.mfg.mrp.lotsizing;

import static dev.mfg.mrp.lotsizing.TestUnits.bd;
import static dev.mfg.mrp.lotsizing.TestUnits.units;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SilverMealTest {
    /*
     * Nahmias, Production and Operations Analysis, the 5-period example (demands 18,30,42,5,20, K = 80, h = 2).
     * By hand, C(T) = (K + h·Σ(j−1)·r_j)/T: from period 1, C(1) = 80, C(2) = (80 + 60)/2 = 70,
     * C(3) = (140 + 168)/3 = 102.7 > 70 → lot 48. From period 3: C(1) = 80, C(2) = (80 + 10)/2 = 45,
     * C(3) = (90 + 80)/3 = 56.7 > 45 → lot 47. Period 5: lot 20. Cost 3·80 + 60 + 10 = 310.
     */
    @Test
    void plan_nahmiasExample_48_47_20() {
        LotSizingPlan plan = LotSizingPlan.plan(SilverMeal.of(bd("80"), bd("2")), LotModifiers.none(),
                units(18, 30, 42, 5, 20));
        assertThat(plan.receipts()).containsExactly(units(48, 0, 47, 0, 20));
        assertThat(plan.cost(bd("80"), bd("2"))).isEqualByComparingTo("310");
    }

    /*
     * The 12-week table of the classic lot-sizing comparison (Vollmann et al., Manufacturing Planning and Control,
     * lot-sizing chapter): 10,10,15,20,70,180,250,270,230,40,0,10, S = 300, h = 2. By hand from week 1:
     * C = 300, 160, 126.7, 125, then (500 + 560)/5 = 212 → lot 55. Weeks 5..8 each: C(2) ≥ 330 > 300 → lots of
     * one week (70, 180, 250, 270). Week 9: 300, 190, 126.7 (week 11 empty), (380 + 60)/4 = 110 → lot 280.
     * Cost: 6·300 + 2·(45+35+20) + 2·(50+10+10) = 1800 + 200 + 140 = 2140.
     */
    @Test
    void plan_twelveWeekTable() {
        LotSizingPlan plan = LotSizingPlan.plan(SilverMeal.of(bd("300"), bd("2")), LotModifiers.none(),
                units(10, 10, 15, 20, 70, 180, 250, 270, 230, 40, 0, 10));
        assertThat(plan.receipts()).containsExactly(units(55, 0, 0, 0, 70, 180, 250, 270, 280, 0, 0, 0));
        assertThat(plan.cost(bd("300"), bd("2"))).isEqualByComparingTo("2140");
    }

    @Test
    void lotAt_equalAverage_extends() {
        // S = 10, h = 1, net 1, 10: C(1) = 10, C(2) = (10 + 10)/2 = 10: not strictly higher → lot 11
        assertThat(SilverMeal.of(bd("10"), bd("1")).lotAt(units(1, 10), 0, 2, 0)).isEqualTo(11_000_000L);
    }

    @Test
    void lotAt_averageJustAbove_stops() {
        // S = 10, h = 1, net 1, 10.000001: C(2) = (10 + 10.000001)/2 > 10 → lot 1
        assertThat(SilverMeal.of(bd("10"), bd("1")).lotAt(new long[] {1_000_000, 10_000_001}, 0, 2, 0))
                .isEqualTo(1_000_000L);
    }

    @Test
    void lotAt_zeroHolding_coversHorizon() {
        assertThat(SilverMeal.of(bd("10"), BigDecimal.ZERO).lotAt(units(3, 4, 5), 0, 3, 0)).isEqualTo(12_000_000L);
    }
}
