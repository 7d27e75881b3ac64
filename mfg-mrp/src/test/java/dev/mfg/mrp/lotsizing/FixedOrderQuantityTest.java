package dev.mfg.mrp.lotsizing;

import static dev.mfg.mrp.lotsizing.TestUnits.U;
import static dev.mfg.mrp.lotsizing.TestUnits.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.item.LotSizing;
import dev.mfg.core.item.LotSizingRule;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FixedOrderQuantityTest {
    @Test
    void lotAt_returnsTheFixedQuantityEvenIfSmaller() {
        assertThat(FixedOrderQuantity.of(30 * U).lotAt(units(70), 0, 1, 0)).isEqualTo(30 * U);
    }

    @Test
    void plan_lotSmallerThanShortfall_asManyLotsAsNeeded() {
        // FOQ 30, needs 70 then 10: bucket 0 gets 30 + 30 + 30 = 90 (balance 20), bucket 1 uses 10 of it
        LotSizingPlan plan = LotSizingPlan.plan(FixedOrderQuantity.of(30 * U), LotModifiers.none(), units(70, 10));
        assertThat(plan.orders(0)).containsExactly(30 * U, 30 * U, 30 * U);
        assertThat(plan.receipts()).containsExactly(units(90, 0));
    }

    @Test
    void plan_lotLargerThanShortfall_excessCarried() {
        // FOQ 100: 40, 30, 50 → bucket 0: 100 (60 left, then 30), bucket 2: 30 − 50 = −20 → 100
        LotSizingPlan plan = LotSizingPlan.plan(FixedOrderQuantity.of(100 * U), LotModifiers.none(),
                units(40, 30, 50));
        assertThat(plan.receipts()).containsExactly(units(100, 0, 100));
        assertThat(plan.endingInventory()).containsExactly(units(60, 30, 80));
    }

    @Test
    void plan_withMinimum_modifiersOnEveryLot() {
        // FOQ 30 with minimum 50 and multiple 20: each lot 30 → 50 → 60; 70 short → 60 + 60 = 120
        LotSizing cfg = LotSizing.builder().rule(LotSizingRule.FIXED_ORDER_QUANTITY).quantity(new BigDecimal("30"))
                .minimum(new BigDecimal("50")).multiple(new BigDecimal("20")).build();
        LotSizingPlan plan = LotSizingPlan.plan(cfg, units(70));
        assertThat(plan.orders(0)).containsExactly(60 * U, 60 * U);
    }

    @Test
    void of_nonPositive_throws() {
        assertThatThrownBy(() -> FixedOrderQuantity.of(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(0 micro-units)");
    }
}
