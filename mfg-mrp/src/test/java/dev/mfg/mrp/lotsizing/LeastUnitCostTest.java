package dev.mfg.mrp.lotsizing;

import static dev.mfg.mrp.lotsizing.TestUnits.bd;
import static dev.mfg.mrp.lotsizing.TestUnits.units;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeastUnitCostTest {
    /*
     * Nahmias, Production and Operations Analysis, the 5-period example (18,30,42,5,20, K = 80, h = 2), LUC by
     * hand: from period 1, 80/18 = 4.44, 140/48 = 2.92, 308/90 = 3.42 > 2.92 → lot 48. From period 3:
     * 80/42 = 1.905, 90/47 = 1.915 > 1.905 → lot 42. From period 4: 80/5 = 16, (80 + 40)/25 = 4.8, horizon ends
     * → lot 25. Cost 3·80 + 2·30 + 2·20 = 340.
     */
    @Test
    void plan_nahmiasExample_48_42_25() {
        LotSizingPlan plan = LotSizingPlan.plan(LeastUnitCost.of(bd("80"), bd("2")), LotModifiers.none(),
                units(18, 30, 42, 5, 20));
        assertThat(plan.receipts()).containsExactly(units(48, 0, 42, 25, 0));
        assertThat(plan.cost(bd("80"), bd("2"))).isEqualByComparingTo("340");
    }

    /*
     * 12-week table (10,10,15,20,70,180,250,270,230,40,0,10, S = 300, h = 2), by hand: week 1: 300/10 = 30,
     * 320/20 = 16, 380/35 = 10.86, 500/55 = 9.09, 1060/125 = 8.48, (1060 + 1800)/305 = 9.38 → lot 125 (weeks 1-5).
     * Weeks 6, 7, 8: (300 + 2·next)/(q + next) > 300/q each → single weeks. Week 9: 300/230 = 1.304,
     * 380/270 = 1.407 → lot 230. Week 10: 300/40 = 7.5, 300/40 (week 11 empty) = 7.5 (ties extend),
     * (300 + 2·2·10)/50 = 6.8 → lot 50. Holding for lot 1: ending inventory weeks 1-4 = 115, 105, 90, 70 → 380·2 = 760; lot 50: 10, 10 → 40.
     * Setups: weeks 1, 6, 7, 8, 9, 10 = 6 → 1800; total 1800 + 760 + 40 = 2600.
     */
    @Test
    void plan_twelveWeekTable() {
        LotSizingPlan plan = LotSizingPlan.plan(LeastUnitCost.of(bd("300"), bd("2")), LotModifiers.none(),
                units(10, 10, 15, 20, 70, 180, 250, 270, 230, 40, 0, 10));
        assertThat(plan.receipts()).containsExactly(units(125, 0, 0, 0, 0, 180, 250, 270, 230, 50, 0, 0));
        assertThat(plan.cost(bd("300"), bd("2"))).isEqualByComparingTo("2600");
    }

    @Test
    void lotAt_equalUnitCost_extends() {
        // S = 10, h = 1, net 10, 10: UC(1) = 10/10 = 1, UC(2) = (10 + 10)/20 = 1 → extends: lot 20
        assertThat(LeastUnitCost.of(bd("10"), bd("1")).lotAt(units(10, 10), 0, 2, 0)).isEqualTo(20_000_000L);
    }

    @Test
    void lotAt_largeQuantities_exactWithoutOverflow() {
        // q·pp overflows a long (10^15 · 10^15): BigInteger fallback. S = 10^9, h = 1: UC(1) = 10^9/10^9 = 1,
        // UC(2) = (10^9 + 10^9)/(2·10^9) = 1 → tie extends to 2·10^9 units
        long big = 1_000_000_000L * 1_000_000L;
        assertThat(LeastUnitCost.of(bd("1000000000"), bd("1")).lotAt(new long[] {big, big}, 0, 2, 0))
                .isEqualTo(2 * big);
    }
}
