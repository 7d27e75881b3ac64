package dev.mfg.core.item;

import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.internal.MfgStyle;
import dev.mfg.core.quantity.Decimals;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * An item's lot-sizing policy: a {@link LotSizingRule} with its parameters and the modifiers every rule
 * honours. Quantities are in the item's base unit; costs are in the planning currency (setup cost per order,
 * holding cost per unit per bucket).
 *
 * <p>Modifiers apply to every lot in this order: raise to {@link #minimum()}, round up to a multiple of
 * {@link #multiple()}, then split what exceeds {@link #maximum()} into orders of the maximum plus one remainder
 * order (the total is kept).
 *
 * <pre>{@code
 * LotSizing foq = LotSizing.builder().rule(LotSizingRule.FIXED_ORDER_QUANTITY)
 *         .quantity(new BigDecimal("500")).multiple(new BigDecimal("25")).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Validated on construction: a rule missing its parameters, a negative
 * minimum or a non-positive multiple is rejected with {@code LOT_SIZING_INVALID}, all problems at once.
 *
 * @since 0.1
 */
@Value.Immutable
@MfgStyle
public abstract class LotSizing {
    /** Lot-for-lot without modifiers. */
    public static final LotSizing LOT_FOR_LOT = builder().build();

    /** {@return a builder; the rule defaults to lot-for-lot} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the rule} By default lot-for-lot. */
    @Value.Default
    public LotSizingRule rule() {
        return LotSizingRule.LOT_FOR_LOT;
    }

    /** {@return the fixed order quantity (FOQ)}, in the item's base unit. */
    public abstract Optional<BigDecimal> quantity();

    /** {@return the number of buckets an order covers (POQ)} */
    public abstract OptionalInt periods();

    /** {@return the cost of one order (setup or ordering cost)}, in the planning currency. */
    public abstract Optional<BigDecimal> setupCost();

    /** {@return the cost of holding one unit through one bucket}, in the planning currency. */
    public abstract Optional<BigDecimal> holdingCostPerPeriod();

    /** {@return the minimum order quantity} By default none. */
    public abstract Optional<BigDecimal> minimum();

    /** {@return the maximum quantity of one order} By default none. */
    public abstract Optional<BigDecimal> maximum();

    /** {@return the multiple every order quantity is rounded up to} By default none. */
    public abstract Optional<BigDecimal> multiple();

    @Value.Check
    final void check() {
        Problems p = new Problems();
        String path = "lotSizing";
        quantity().ifPresent(q -> checkPositive(p, q, path + ".quantity"));
        minimum().ifPresent(q -> checkNonNegative(p, q, path + ".minimum"));
        maximum().ifPresent(q -> checkPositive(p, q, path + ".maximum"));
        multiple().ifPresent(q -> checkPositive(p, q, path + ".multiple"));
        setupCost().ifPresent(q -> checkNonNegative(p, q, path + ".setupCost"));
        holdingCostPerPeriod().ifPresent(q -> checkNonNegative(p, q, path + ".holdingCostPerPeriod"));
        if (periods().isPresent() && periods().getAsInt() < 1) {
            p.add(RuleCode.LOT_SIZING_INVALID, path + ".periods", periods().getAsInt(),
                    "The periods of a period order quantity must be at least 1.");
        }
        if (minimum().isPresent() && maximum().isPresent() && minimum().get().compareTo(maximum().get()) > 0) {
            p.add(RuleCode.LOT_SIZING_INVALID, path + ".maximum", maximum().get().toPlainString(),
                    "The maximum (" + maximum().get().toPlainString() + ") is below the minimum ("
                            + minimum().get().toPlainString() + ").");
        }
        switch (rule()) {
            case FIXED_ORDER_QUANTITY:
                if (quantity().isEmpty()) {
                    missing(p, path + ".quantity", "FIXED_ORDER_QUANTITY needs a quantity.");
                }
                break;
            case PERIOD_ORDER_QUANTITY:
                if (periods().isEmpty()) {
                    missing(p, path + ".periods", "PERIOD_ORDER_QUANTITY needs periods.");
                }
                break;
            default:
                if (rule().isCostBased()) {
                    if (setupCost().isEmpty()) {
                        missing(p, path + ".setupCost", rule() + " needs a setupCost.");
                    }
                    if (holdingCostPerPeriod().isEmpty()) {
                        missing(p, path + ".holdingCostPerPeriod", rule() + " needs a holdingCostPerPeriod.");
                    } else if (holdingCostPerPeriod().get().signum() == 0
                            && (rule() == LotSizingRule.ECONOMIC_ORDER_QUANTITY
                                || rule() == LotSizingRule.PART_PERIOD_BALANCING)) {
                        p.add(RuleCode.LOT_SIZING_INVALID, path + ".holdingCostPerPeriod", "0",
                                rule() + " divides by the holding cost, which must be positive.");
                    }
                }
                break;
        }
        p.throwIfAny();
    }

    private static void missing(Problems p, String path, String message) {
        p.add(RuleCode.LOT_SIZING_INVALID, path, "null", message + "\nMaybe add it, or choose LOT_FOR_LOT.");
    }

    private static void checkPositive(Problems p, BigDecimal v, String path) {
        p.collect(() -> Decimals.checkQuantity(v, path));
        if (v.signum() <= 0) {
            p.add(RuleCode.LOT_SIZING_INVALID, path, v.toPlainString(), "The " + path + " must be positive.");
        }
    }

    private static void checkNonNegative(Problems p, BigDecimal v, String path) {
        p.collect(() -> Decimals.checkMoney(v, path));
        if (v.signum() < 0) {
            p.add(RuleCode.LOT_SIZING_INVALID, path, v.toPlainString(), "The " + path + " must not be negative.");
        }
    }

    /** Builds {@link LotSizing} values. */
    public static final class Builder extends ImmutableLotSizing.Builder {
        Builder() {}
    }
}
