package dev.mfg.costing;

import dev.mfg.costing.internal.CostingStyle;
import dev.mfg.core.quantity.Money;
import org.eclipse.collections.api.list.ImmutableList;
import org.immutables.value.Value;

/**
 * The split of a joint cost between the outputs of a BOM with co- or by-products (seed 004: grades A, B and C
 * from one press cycle), per unit of the main product.
 *
 * <p>Rules:
 * <ol>
 *   <li>Joint cost J = the rolled-up cost of the BOM and routing per unit of the main product (all elements).</li>
 *   <li>By-products are credited first: credit = Σ quantity per main unit × value, where the value is the
 *       by-product's sales value when {@link CostingOptions#salesValues()} has one, else its standard cost
 *       (converted to the output's unit). Net joint cost N = J − credit (it may become negative if the credit
 *       exceeds the joint cost; that is reported as is).</li>
 *   <li>Choice of method: {@link AllocationMethod#SALES_VALUE} when the options carry a sales value for the main
 *       product and for every co-product; otherwise {@link AllocationMethod#COST_SHARES}: each co-product gets its
 *       declared {@code costSharePercent}, the main product {@code Bom.mainProductCostSharePercent()}. A
 *       co-product without a share under COST_SHARES gets 0 % and a {@link GapReason#MISSING_ALLOCATION_BASIS}
 *       gap (never a silent zero).</li>
 *   <li>Sales value weights: main 1 × its value, co-product i quantity per main unit × its value; shares are the
 *       weights over their sum (all zero: a gap, and the main product keeps N).</li>
 *   <li>Each output's cost per main unit = N × share / 100; its unit cost = that / quantity per main unit.</li>
 * </ol>
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@CostingStyle
public abstract class JointAllocation {
    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the method used} */
    public abstract AllocationMethod method();

    /** {@return the joint cost per unit of the main product, before credits} */
    public abstract Money jointCost();

    /** {@return the by-product credit per unit of the main product} */
    public abstract Money byProductCredit();

    /** {@return joint cost minus by-product credit} */
    public final Money netJointCost() {
        return jointCost().minus(byProductCredit());
    }

    /** {@return the outputs: the main product first, then co- and by-products in BOM order} */
    public abstract ImmutableList<JointOutput> outputs();

    /** {@return the main product's output} */
    public final JointOutput main() {
        return outputs().detect(o -> o.role() == OutputRole.MAIN);
    }

    /** Builds {@link JointAllocation} values. */
    public static final class Builder extends ImmutableJointAllocation.Builder {
        Builder() {}
    }
}
