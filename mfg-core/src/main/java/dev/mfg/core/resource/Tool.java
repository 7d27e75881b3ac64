package dev.mfg.core.resource;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.internal.MfgStyle;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.immutables.value.Value;

/**
 * A tool or mold: in molding industries the tool, not the machine, is often the constraint (seed 004 §1.5).
 *
 * <pre>{@code
 * Tool cup = Tool.builder().id(ToolId.of("MOLD-CUP")).cavities(4).setupMinutes(new BigDecimal("90"))
 *         .lifeCycles(400_000).cyclesUsed(12_000).purchaseCost(new BigDecimal("40000")).build();
 * cup.depreciationPerCycle(); // 40000 / 400000 = 0.1
 * cup.depreciationPerPiece(); // 0.1 / 4 = 0.025
 * }</pre>
 *
 * <p>Units: setup (mount and dismount) in minutes; money in the costing currency; one cycle (press) makes
 * {@link #cavities()} pieces.
 *
 * <p>Immutable and thread-safe. Validated on construction (all problems at once).
 *
 * @since 0.1
 */
@Value.Immutable
@MfgStyle
public abstract class Tool {
    /** Largest number of cavities accepted. */
    public static final int MAX_CAVITIES = 1000;

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the tool's id} */
    public abstract ToolId id();

    /** {@return the description} By default the id. */
    @Value.Default
    public String description() {
        return id().value();
    }

    /** {@return the products the tool makes} By default none recorded. */
    @Value.Default
    public ImmutableList<ItemId> products() {
        return Lists.immutable.empty();
    }

    /** {@return the pieces made per cycle, 1 to 1000} By default 1. */
    @Value.Default
    public int cavities() {
        return 1;
    }

    /** {@return the setup (mount and dismount) time in minutes} By default 0. */
    @Value.Default
    public BigDecimal setupMinutes() {
        return BigDecimal.ZERO;
    }

    /** {@return the tool's state} By default AVAILABLE. */
    @Value.Default
    public ToolStatus status() {
        return ToolStatus.AVAILABLE;
    }

    /** {@return the expected cycles before replacement, positive} */
    public abstract long lifeCycles();

    /** {@return the cycles run so far} By default 0. May exceed {@link #lifeCycles()} (a worn tool). */
    @Value.Default
    public long cyclesUsed() {
        return 0;
    }

    /** {@return the purchase cost, in the costing currency} By default 0. */
    @Value.Default
    public BigDecimal purchaseCost() {
        return BigDecimal.ZERO;
    }

    /** {@return how many identical copies exist, i.e. how many can be mounted at once} By default 1. */
    @Value.Default
    public int copies() {
        return 1;
    }

    /**
     * {@return the depreciation per cycle: purchase cost / life cycles} Exact when the quotient terminates,
     * else rounded to {@link Decimals#MONEY_CONTEXT}.
     */
    public final BigDecimal depreciationPerCycle() {
        return Decimals.divide(purchaseCost(), BigDecimal.valueOf(lifeCycles()));
    }

    /**
     * {@return the depreciation per piece: purchase cost / life cycles / cavities} Computed with one division,
     * exact when it terminates, else rounded to {@link Decimals#MONEY_CONTEXT}.
     */
    public final BigDecimal depreciationPerPiece() {
        return Decimals.divide(purchaseCost(), BigDecimal.valueOf(lifeCycles()).multiply(BigDecimal.valueOf(cavities())));
    }

    /** {@return the cycles left before replacement, never negative} */
    public final long remainingCycles() {
        return Math.max(0, lifeCycles() - cyclesUsed());
    }

    /**
     * @param quantity pieces to make, at least 0
     * @return the cycles needed: ⌈quantity / cavities⌉ (a started cycle counts whole)
     * @throws InvalidInputException with {@code QTY_NEGATIVE} at {@code tool[ID].quantity} if negative, or a
     *         limit exception if the quantity is beyond the quantity limits
     */
    public final long cyclesFor(BigDecimal quantity) {
        String path = "tool[" + id() + "].quantity";
        BigDecimal q = Decimals.checkQuantity(quantity, path);
        Decimals.requireNonNegative(q, RuleCode.QTY_NEGATIVE, path);
        return q.divide(BigDecimal.valueOf(cavities()), 0, RoundingMode.CEILING).longValueExact();
    }


    @Value.Check
    final Tool normalize() {
        Problems p = new Problems();
        String path = "tool[" + id() + "]";
        if (description().isBlank()) {
            p.add(RuleCode.VALUE_MISSING, path + ".description", "", "The description must not be blank.");
        }
        if (cavities() < 1 || cavities() > MAX_CAVITIES) {
            p.add(RuleCode.CAVITIES_INVALID, path + ".cavities", cavities(), "The cavities of tool (" + id()
                    + ") must be 1 to " + MAX_CAVITIES + ", was (" + cavities() + ").");
        }
        p.collect(() -> Decimals.checkQuantity(setupMinutes(), path + ".setupMinutes"));
        if (setupMinutes().signum() < 0) {
            p.add(RuleCode.TIME_NEGATIVE, path + ".setupMinutes", setupMinutes().toPlainString(),
                    "The setup time of tool (" + id() + ") must not be negative, was ("
                            + setupMinutes().toPlainString() + ").");
        }
        if (lifeCycles() <= 0) {
            p.add(RuleCode.QTY_NOT_POSITIVE, path + ".lifeCycles", lifeCycles(), "The life cycles of tool ("
                    + id() + ") must be positive, was (" + lifeCycles() + ").\nMaybe set the expected cycles"
                    + " before the tool is replaced.");
        }
        if (cyclesUsed() < 0) {
            p.add(RuleCode.QTY_NEGATIVE, path + ".cyclesUsed", cyclesUsed(), "The cycles used of tool (" + id()
                    + ") must not be negative, was (" + cyclesUsed() + ").");
        }
        p.collect(() -> Decimals.checkMoney(purchaseCost(), path + ".purchaseCost"));
        if (purchaseCost().signum() < 0) {
            p.add(RuleCode.RATE_NEGATIVE, path + ".purchaseCost", purchaseCost().toPlainString(),
                    "The purchase cost of tool (" + id() + ") must not be negative, was ("
                            + purchaseCost().toPlainString() + ").");
        }
        if (copies() < 1) {
            p.add(RuleCode.QTY_NOT_POSITIVE, path + ".copies", copies(), "The copies of tool (" + id()
                    + ") must be at least 1, was (" + copies() + ").");
        }
        p.throwIfAny();
        BigDecimal setup = Decimals.strip(setupMinutes());
        BigDecimal cost = Decimals.strip(purchaseCost());
        if (setup.equals(setupMinutes()) && cost.equals(purchaseCost())) {
            return this;
        }
        return ((ImmutableTool) this).withSetupMinutes(setup).withPurchaseCost(cost);
    }

    /** Builds {@link Tool} values. */
    public static final class Builder extends ImmutableTool.Builder {
        Builder() {}
    }
}
