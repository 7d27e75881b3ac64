package dev.mfg.costing;

import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.costing.internal.CostingStyle;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.quantity.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.map.ImmutableMap;
import org.immutables.value.Value;

/**
 * What a {@link CostRollup} run computes: currency, costing lot size, date and what-if overrides.
 *
 * <pre>{@code
 * CostingOptions o = CostingOptions.builder().currency("EGP").date(LocalDate.of(2026, 1, 5))
 *         .lotSize(BigDecimal.valueOf(1000)).build();
 * }</pre>
 *
 * <p>Validated on construction, all problems at once: an unknown currency code → {@code REFERENCE_UNKNOWN} at
 * {@code costingOptions.currency}; a lot size ≤ 0 → {@code QTY_NOT_POSITIVE} at {@code costingOptions.lotSize}
 * (absurd scales or magnitudes → {@code LimitExceededException}); a negative sales value → {@code RATE_NEGATIVE} at
 * {@code costingOptions.salesValues[ITEM]}. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@CostingStyle
public abstract class CostingOptions {
    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the ISO-4217 code of the costing currency; every rate and standard cost must be in it} */
    public abstract String currency();

    /** {@return the date that selects BOMs, routings, operations and lines in force (what-if at any date)} */
    public abstract LocalDate date();

    /**
     * {@return the costing lot size L, in the top item's unit} Absent: the item's {@code costingLotSize}, else 1.
     * The same L applies to every made component (scenario format).
     */
    public abstract Optional<BigDecimal> lotSize();

    /**
     * {@return a BOM version of the top item to cost instead of the one in force} Any status and type may be named
     * (what-if on a DRAFT version); the stored data are not changed. Components use their BOMs in force.
     */
    public abstract Optional<String> bomVersion();

    /** {@return whether optional lines add cost} By default false: optional lines add nothing. */
    @Value.Default
    public boolean includeOptional() {
        return false;
    }

    /**
     * {@return sales values per unit (in the costing currency, per the item's unit) for joint-cost allocation}
     * By default none. See {@link JointAllocation} for when they are used.
     */
    @Value.Default
    public ImmutableMap<ItemId, BigDecimal> salesValues() {
        return Maps.immutable.empty();
    }

    /** {@return the costing currency} */
    public final Currency costingCurrency() {
        return Money.currency(currency());
    }

    @Value.Check
    final void check() {
        Problems p = new Problems();
        p.collect(() -> {
            try {
                Money.currency(currency());
            } catch (dev.mfg.core.error.InvalidInputException e) {
                throw dev.mfg.core.error.InvalidInputException.of(RuleCode.REFERENCE_UNKNOWN,
                        "costingOptions.currency", currency(), "The currency (" + currency()
                                + ") is not an ISO-4217 code.\nMaybe use a code such as EGP or USD.");
            }
        });
        lotSize().ifPresent(l -> {
            p.collect(() -> Decimals.checkQuantity(l, "costingOptions.lotSize"));
            if (l.signum() <= 0) {
                p.add(RuleCode.QTY_NOT_POSITIVE, "costingOptions.lotSize", l.toPlainString(),
                        "The costing lot size (" + l.toPlainString() + ") must be positive."
                                + "\nMaybe leave it out to use the item's costing lot size.");
            }
        });
        salesValues().forEachKeyValue((item, v) -> {
            String path = "costingOptions.salesValues[" + item + "]";
            p.collect(() -> Decimals.checkMoney(v, path));
            if (v.signum() < 0) {
                p.add(RuleCode.RATE_NEGATIVE, path, v.toPlainString(),
                        "The sales value of (" + item + ") must not be negative, was (" + v.toPlainString() + ").");
            }
        });
        p.throwIfAny();
    }

    /** Builds {@link CostingOptions} values. */
    public static final class Builder extends ImmutableCostingOptions.Builder {
        Builder() {}
    }
}
