package dev.mfg.mrp.lotsizing;

import static dev.mfg.mrp.lotsizing.TestUnits.bd;
import static dev.mfg.mrp.lotsizing.TestUnits.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LotForLotTest {
    @Test
    void plan_twelveWeekTable_receiptsEqualRequirements() {
        // 11 weeks with a requirement (week 11 has none) → 11 setups · 300 = 3300, no holding
        long[] req = units(10, 10, 15, 20, 70, 180, 250, 270, 230, 40, 0, 10);
        LotSizingPlan plan = LotSizingPlan.plan(LotForLot.of(), LotModifiers.none(), req);
        assertThat(plan.receipts()).containsExactly(req);
        assertThat(plan.cost(bd("300"), bd("2"))).isEqualByComparingTo("3300");
    }

    @Test
    void lotAt_bucketOutsideHorizon_throws() {
        assertThatThrownBy(() -> LotForLot.of().lotAt(units(1, 2), 2, 2, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bucket (2)");
        assertThatThrownBy(() -> LotForLot.of().lotAt(units(1, 2), 0, 3, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length 2");
        assertThatThrownBy(() -> LotForLot.of().lotAt(units(1, 2), -1, 2, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lotAt_negativeShortfall_throws() {
        assertThatThrownBy(() -> LotForLot.of().lotAt(new long[] {-5}, 0, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(-5)");
    }
}
