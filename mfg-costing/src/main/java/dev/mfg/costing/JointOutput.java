package dev.mfg.costing;

import dev.mfg.costing.internal.CostingStyle;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One output of a joint process with its allocated cost. Amounts are per unit of the <em>main</em> product
 * ({@link #cost()}) and per unit of this output ({@link #unitCost()}). Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@CostingStyle
public abstract class JointOutput {
    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the output item} */
    public abstract ItemId item();

    /** {@return main product, co-product or by-product} */
    public abstract OutputRole role();

    /** {@return the output quantity per unit of the main product (main: 1), in {@link #uom()}} */
    public abstract BigDecimal quantityPerMainUnit();

    /** {@return the unit of the quantity} */
    public abstract Uom uom();

    /**
     * {@return the share of the net joint cost in percent} For a by-product: 0 (it is credited, not allocated).
     * Under {@link AllocationMethod#SALES_VALUE} the share is the output's sales value over the total, exact or to
     * 34 significant digits.
     */
    public abstract BigDecimal sharePercent();

    /** {@return the cost carried per unit of main product: the allocation, or for a by-product its credit} */
    public abstract Money cost();

    /** {@return the cost per unit of this output: {@link #cost()} / {@link #quantityPerMainUnit()}} */
    public abstract Money unitCost();

    /** Builds {@link JointOutput} values. */
    public static final class Builder extends ImmutableJointOutput.Builder {
        Builder() {}
    }
}
