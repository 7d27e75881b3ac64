package dev.mfg.costing;

import dev.mfg.core.quantity.Money;
import java.math.RoundingMode;

/**
 * The one place where costs are rounded: for presentation only, half-even to the currency's minor unit plus four
 * places (EGP and USD: 6 decimals), as the scenario format prescribes for {@code --json} output. Engines never call
 * this; reports keep exact amounts.
 *
 * @since 0.1
 */
public final class CostPresentation {
    /** Extra places kept beyond the currency's minor unit. */
    public static final int EXTRA_PLACES = 4;

    private CostPresentation() {}

    /**
     * @param money an exact amount
     * @return the amount rounded half-even to the minor unit + {@value #EXTRA_PLACES} places (57.80144 EGP → 57.801440)
     */
    public static Money forDisplay(Money money) {
        int digits = Math.max(money.currency().getDefaultFractionDigits(), 0) + EXTRA_PLACES;
        return new Money(money.amount().setScale(digits, RoundingMode.HALF_EVEN), money.currency());
    }
}
