package dev.mfg.mrp.lotsizing;

import dev.mfg.core.item.LotSizing;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Creates the {@link LotSizingPolicy} for a core {@link LotSizing} configuration.
 *
 * <pre>{@code
 * LotSizingPolicy policy = LotSizingPolicies.of(item.lotSizing());
 * }</pre>
 *
 * @since 0.1
 */
public final class LotSizingPolicies {
    private LotSizingPolicies() {}

    /**
     * Returns the policy of a configuration. Validates nothing beyond what {@link LotSizing} validated on
     * construction; the modifiers are read separately with {@link LotModifiers#of(LotSizing)}.
     *
     * @param lotSizing the configuration
     * @return the policy for its rule and parameters
     * @throws ArithmeticException if the FOQ quantity is not an exact {@code long} of micro-units
     */
    public static LotSizingPolicy of(LotSizing lotSizing) {
        Objects.requireNonNull(lotSizing, "lotSizing");
        BigDecimal setup = lotSizing.setupCost().orElse(BigDecimal.ZERO);
        BigDecimal holding = lotSizing.holdingCostPerPeriod().orElse(BigDecimal.ZERO);
        switch (lotSizing.rule()) {
            case LOT_FOR_LOT:
                return LotForLot.of();
            case FIXED_ORDER_QUANTITY:
                return FixedOrderQuantity.of(MicroUnits.toMicros(lotSizing.quantity().orElseThrow()));
            case ECONOMIC_ORDER_QUANTITY:
                return EconomicOrderQuantity.of(setup, holding);
            case PERIOD_ORDER_QUANTITY:
                return PeriodOrderQuantity.of(lotSizing.periods().orElseThrow());
            case WAGNER_WHITIN:
                return WagnerWhitin.of(setup, holding);
            case SILVER_MEAL:
                return SilverMeal.of(setup, holding);
            case LEAST_UNIT_COST:
                return LeastUnitCost.of(setup, holding);
            case PART_PERIOD_BALANCING:
                return PartPeriodBalancing.of(setup, holding);
            default:
                throw new IllegalArgumentException("The lot-sizing rule (" + lotSizing.rule() + ") is not supported.");
        }
    }
}
