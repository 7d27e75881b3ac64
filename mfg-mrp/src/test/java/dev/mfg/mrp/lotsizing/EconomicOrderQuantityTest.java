package dev.mfg.mrp.lotsizing;

import static dev.mfg.mrp.lotsizing.TestUnits.U;
import static dev.mfg.mrp.lotsizing.TestUnits.bd;
import static dev.mfg.mrp.lotsizing.TestUnits.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EconomicOrderQuantityTest {
    private static final long[] TWELVE_WEEKS = units(10, 10, 15, 20, 70, 180, 250, 270, 230, 40, 0, 10);

    @Test
    void quantity_perfectSquare_exact() {
        // D = 1200/12 = 100, S = 50, h = 1: 2·100·50/1 = 10000 = 100² → 100
        assertThat(EconomicOrderQuantity.of(bd("50"), bd("1")).quantity(1200 * U, 12)).isEqualTo(100 * U);
    }

    @Test
    void quantity_justAboveSquare_roundsUp() {
        // S = 50.005: 2·100·50.005 = 10001 > 100² → ⌈√10001⌉ = 101
        assertThat(EconomicOrderQuantity.of(bd("50.005"), bd("1")).quantity(1200 * U, 12)).isEqualTo(101 * U);
    }

    @Test
    void quantity_twelveWeekTable_167() {
        // D = 1105/12, S = 300, h = 2: x = 2·(1105/12)·300/2 = 27625; 166² = 27556 < 27625 ≤ 27889 = 167² → 167
        // (textbooks round to the nearest, 166; the scenario format prescribes the ceiling)
        assertThat(EconomicOrderQuantity.of(bd("300"), bd("2")).quantity(1105 * U, 12)).isEqualTo(167 * U);
    }

    @Test
    void quantity_fractionalAverage_exact() {
        // G = 1 unit over 3 buckets, S = 1.5, h = 0.01: x = 2·(1/3)·1.5/0.01 = 100 exactly → 10 (not 11)
        assertThat(EconomicOrderQuantity.of(bd("1.5"), bd("0.01")).quantity(U, 3)).isEqualTo(10 * U);
    }

    /*
     * 12-week table with EOQ 167, as many lots as needed, by hand: week 1 short by 10 → 167 (balance 157, then
     * 147, 132, 112, 42); week 6: 42 − 180 = −138 → 167 → 29; week 7: 29 − 250 = −221 → two lots → 113; week 8:
     * 113 − 270 = −157 → 167 → 10; week 9: 10 − 230 = −220 → two lots → 114; then 74, 74, 64.
     * Cost: 5 buckets with receipts · 300 + 2·(157+147+132+112+42+29+113+10+114+74+74+64 = 1068) = 1500 + 2136.
     */
    @Test
    void plan_twelveWeekTable_asManyLotsAsNeeded() {
        LotSizingPlan plan = LotSizingPlan.plan(EconomicOrderQuantity.of(bd("300"), bd("2")), LotModifiers.none(),
                TWELVE_WEEKS);
        assertThat(plan.receipts()).containsExactly(units(167, 0, 0, 0, 0, 167, 334, 167, 334, 0, 0, 0));
        assertThat(plan.orders(6)).containsExactly(167 * U, 167 * U);
        assertThat(plan.cost(bd("300"), bd("2"))).isEqualByComparingTo("3636");
    }

    @Test
    void lotAt_zeroSetup_degradesToLotForLot() {
        assertThat(EconomicOrderQuantity.of(BigDecimal.ZERO, bd("1")).lotAt(units(7, 3), 0, 2, 10 * U))
                .isEqualTo(7 * U);
    }

    @Test
    void lotAt_zeroGross_degradesToLotForLot() {
        // shortfall from safety stock only, no gross requirement: D = 0 → EOQ 0 → L4L
        assertThat(EconomicOrderQuantity.of(bd("100"), bd("1")).lotAt(units(7, 0), 0, 2, 0)).isEqualTo(7 * U);
    }

    @Test
    void lotAt_lotBelowShortfall_returnsOneLot() {
        // EOQ = 100 (as above) while 250 is short: one lot of 100, the caller asks again
        assertThat(EconomicOrderQuantity.of(bd("50"), bd("1")).lotAt(units(250, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), 0, 12, 1200 * U))
                .isEqualTo(100 * U);
    }

    @Test
    void of_zeroHolding_throws() {
        assertThatThrownBy(() -> EconomicOrderQuantity.of(bd("1"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holding cost (0)");
    }

    @Test
    void quantity_badArguments_throw() {
        EconomicOrderQuantity eoq = EconomicOrderQuantity.of(bd("1"), bd("1"));
        assertThatThrownBy(() -> eoq.quantity(-1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> eoq.quantity(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
