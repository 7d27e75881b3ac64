package dev.mfg.core.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LotSizingTest {

    private static void assertRule(LotSizing.Builder b, String path) {
        assertThatThrownBy(b::build).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.rule()).isEqualTo("LOT_SIZING_INVALID");
            assertThat(e.path()).isEqualTo(path);
        });
    }

    @Test
    void foq_withoutQuantity_rejected() {
        assertRule(LotSizing.builder().rule(LotSizingRule.FIXED_ORDER_QUANTITY), "lotSizing.quantity");
    }

    @Test
    void poq_withoutPeriods_rejected() {
        assertRule(LotSizing.builder().rule(LotSizingRule.PERIOD_ORDER_QUANTITY), "lotSizing.periods");
    }

    @Test
    void poq_zeroPeriods_rejected() {
        assertRule(LotSizing.builder().rule(LotSizingRule.PERIOD_ORDER_QUANTITY).periods(0), "lotSizing.periods");
    }

    @Test
    void costBased_withoutCosts_reportsBoth() {
        for (LotSizingRule r : LotSizingRule.values()) {
            if (!r.isCostBased()) {
                continue;
            }
            assertThatThrownBy(() -> LotSizing.builder().rule(r).build())
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(p -> p.path())
                            .containsExactly("lotSizing.setupCost", "lotSizing.holdingCostPerPeriod"));
        }
    }

    @Test
    void eoq_zeroHoldingCost_rejected() {
        assertRule(LotSizing.builder().rule(LotSizingRule.ECONOMIC_ORDER_QUANTITY).setupCost(BigDecimal.TEN)
                .holdingCostPerPeriod(BigDecimal.ZERO), "lotSizing.holdingCostPerPeriod");
    }

    @Test
    void negativeMultiple_rejected() {
        assertRule(LotSizing.builder().multiple(new BigDecimal("-5")), "lotSizing.multiple");
    }

    @Test
    void zeroMultiple_rejected() {
        assertRule(LotSizing.builder().multiple(BigDecimal.ZERO), "lotSizing.multiple");
    }

    @Test
    void negativeMinimum_rejected() {
        assertRule(LotSizing.builder().minimum(new BigDecimal("-1")), "lotSizing.minimum");
    }

    @Test
    void maximumBelowMinimum_rejected() {
        assertRule(LotSizing.builder().minimum(BigDecimal.TEN).maximum(BigDecimal.ONE), "lotSizing.maximum");
    }

    @Test
    void negativeSetupCost_rejected() {
        assertRule(LotSizing.builder().rule(LotSizingRule.SILVER_MEAL).setupCost(new BigDecimal("-1"))
                .holdingCostPerPeriod(BigDecimal.ONE), "lotSizing.setupCost");
    }

    @Test
    void valid_allRules() {
        assertThat(LotSizing.builder().rule(LotSizingRule.WAGNER_WHITIN).setupCost(new BigDecimal("85"))
                .holdingCostPerPeriod(BigDecimal.ONE).build().rule()).isEqualTo(LotSizingRule.WAGNER_WHITIN);
        assertThat(LotSizing.builder().rule(LotSizingRule.PERIOD_ORDER_QUANTITY).periods(3).build().periods())
                .hasValue(3);
        assertThat(LotSizing.LOT_FOR_LOT.rule()).isEqualTo(LotSizingRule.LOT_FOR_LOT);
        assertThat(LotSizingRule.LOT_FOR_LOT.isCostBased()).isFalse();
    }
}
