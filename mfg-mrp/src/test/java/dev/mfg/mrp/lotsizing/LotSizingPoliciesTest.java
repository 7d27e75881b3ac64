package dev.mfg.mrp.lotsizing;

import static dev.mfg.mrp.lotsizing.TestUnits.U;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mfg.core.item.LotSizing;
import dev.mfg.core.item.LotSizingRule;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LotSizingPoliciesTest {
    private static LotSizing costBased(LotSizingRule rule) {
        return LotSizing.builder().rule(rule).setupCost(new BigDecimal("80")).holdingCostPerPeriod(new BigDecimal("2"))
                .build();
    }

    @Test
    void of_eachRule_policyNamedAfterTheAlgorithm() {
        assertThat(LotSizingPolicies.of(LotSizing.LOT_FOR_LOT)).isInstanceOf(LotForLot.class);
        assertThat(LotSizingPolicies.of(costBased(LotSizingRule.ECONOMIC_ORDER_QUANTITY)))
                .isInstanceOf(EconomicOrderQuantity.class);
        assertThat(LotSizingPolicies.of(costBased(LotSizingRule.WAGNER_WHITIN))).isInstanceOf(WagnerWhitin.class);
        assertThat(LotSizingPolicies.of(costBased(LotSizingRule.SILVER_MEAL))).isInstanceOf(SilverMeal.class);
        assertThat(LotSizingPolicies.of(costBased(LotSizingRule.LEAST_UNIT_COST))).isInstanceOf(LeastUnitCost.class);
        assertThat(LotSizingPolicies.of(costBased(LotSizingRule.PART_PERIOD_BALANCING)))
                .isInstanceOf(PartPeriodBalancing.class);
    }

    @Test
    void of_fixedOrderQuantity_readsQuantityInMicros() {
        LotSizingPolicy p = LotSizingPolicies.of(LotSizing.builder().rule(LotSizingRule.FIXED_ORDER_QUANTITY)
                .quantity(new BigDecimal("12.5")).build());
        assertThat(p).isInstanceOfSatisfying(FixedOrderQuantity.class,
                foq -> assertThat(foq.quantity()).isEqualTo(12_500_000L));
    }

    @Test
    void of_periodOrderQuantity_readsPeriods() {
        LotSizingPolicy p = LotSizingPolicies.of(LotSizing.builder().rule(LotSizingRule.PERIOD_ORDER_QUANTITY)
                .periods(3).build());
        assertThat(p).isInstanceOfSatisfying(PeriodOrderQuantity.class,
                poq -> assertThat(poq.periods()).isEqualTo(3));
    }

    @Test
    void of_silverMealConfig_decidesWithItsCosts() {
        // the Nahmias data through the factory: first lot 48 (see SilverMealTest)
        long[] net = TestUnits.units(18, 30, 42, 5, 20);
        assertThat(LotSizingPolicies.of(costBased(LotSizingRule.SILVER_MEAL)).lotAt(net, 0, 5, 0)).isEqualTo(48 * U);
    }
}
