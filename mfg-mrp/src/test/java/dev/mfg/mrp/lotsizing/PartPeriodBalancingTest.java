package dev.mfg.mrp.lotsizing;

import static dev.mfg.mrp.lotsizing.TestUnits.bd;
import static dev.mfg.mrp.lotsizing.TestUnits.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PartPeriodBalancingTest {
    /*
     * Nahmias, Production and Operations Analysis, the 5-period example (18,30,42,5,20, K = 80, h = 2), PPB by
     * hand: EPP = K/h = 40. From period 1: PP = 30 ≤ 40, then 30 + 2·42 = 114 > 40; |114 − 40| = 74 is not closer
     * than |40 − 30| = 10 → lot 48. From period 3: PP = 5 ≤ 40, then 5 + 2·20 = 45 > 40; |45 − 40| = 5 is
     * strictly closer than |40 − 5| = 35 → take it: lot 42 + 5 + 20 = 67. Cost 2·80 + 2·30 + 2·(25 + 20) = 310.
     */
    @Test
    void plan_nahmiasExample_48_67() {
        LotSizingPlan plan = LotSizingPlan.plan(PartPeriodBalancing.of(bd("80"), bd("2")), LotModifiers.none(),
                units(18, 30, 42, 5, 20));
        assertThat(plan.receipts()).containsExactly(units(48, 0, 67, 0, 0));
        assertThat(plan.cost(bd("80"), bd("2"))).isEqualByComparingTo("310");
    }

    /*
     * 12-week table (10,10,15,20,70,180,250,270,230,40,0,10, S = 300, h = 2), EPP = 150, by hand: week 1: PP 10,
     * 40, 100, then 380 (230 away vs 50) → lot 55. Week 5: 180 > 150 but 30 away vs 150 → lot 250. Week 7:
     * 270 > 150, 120 away vs 150 → lot 520. Week 9: 40, 40, 70 ≤ 150, horizon ends → lot 280.
     * Cost 4·300 + 2·100 + 2·180 + 2·270 + 2·70 = 1200 + 200 + 360 + 540 + 140 = 2440.
     */
    @Test
    void plan_twelveWeekTable() {
        LotSizingPlan plan = LotSizingPlan.plan(PartPeriodBalancing.of(bd("300"), bd("2")), LotModifiers.none(),
                units(10, 10, 15, 20, 70, 180, 250, 270, 230, 40, 0, 10));
        assertThat(plan.receipts()).containsExactly(units(55, 0, 0, 0, 250, 0, 520, 0, 280, 0, 0, 0));
        assertThat(plan.cost(bd("300"), bd("2"))).isEqualByComparingTo("2440");
    }

    @Test
    void lotAt_equallyClose_keepsShorterLot() {
        // net 1, 6, 4: PP = 6 ≤ 10, then 6 + 2·4 = 14 > 10; |14 − 10| = 4 = |10 − 6| → keep 1 + 6 = 7
        assertThat(PartPeriodBalancing.of(bd("10"), bd("1")).lotAt(units(1, 6, 4), 0, 3, 0)).isEqualTo(7_000_000L);
    }

    @Test
    void lotAt_partPeriodsEqualEpp_extends() {
        // EPP 10, net 1, 10: PP = 10 ≤ 10 → lot 11
        assertThat(PartPeriodBalancing.of(bd("10"), bd("1")).lotAt(units(1, 10), 0, 2, 0)).isEqualTo(11_000_000L);
    }

    @Test
    void of_zeroHolding_throws() {
        assertThatThrownBy(() -> PartPeriodBalancing.of(bd("10"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holding cost (0)");
    }
}
