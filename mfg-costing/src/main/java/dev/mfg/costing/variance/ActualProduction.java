package dev.mfg.costing.variance;

import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.costing.internal.CostingStyle;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.immutables.value.Value;

/**
 * The actual inputs and outputs of one production order. Validated on construction, all problems at once: good or
 * scrapped quantity negative → {@code QTY_NEGATIVE}; both zero → {@code QTY_NOT_POSITIVE} at
 * {@code actual.goodQuantity}; a component or operation listed twice → {@code ID_DUPLICATE}. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@CostingStyle
public abstract class ActualProduction {
    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the good quantity completed, in the item's unit} */
    public abstract BigDecimal goodQuantity();

    /** {@return the quantity scrapped (produced, then lost)} By default 0. */
    @Value.Default
    public BigDecimal scrappedQuantity() {
        return BigDecimal.ZERO;
    }

    /** {@return the components consumed, one entry per component} By default none. */
    @Value.Default
    public ImmutableList<ActualMaterial> materials() {
        return Lists.immutable.empty();
    }

    /** {@return the operations reported, one entry per operation} By default none. */
    @Value.Default
    public ImmutableList<ActualOperation> operations() {
        return Lists.immutable.empty();
    }

    /** {@return good + scrapped: the pieces produced} */
    public final BigDecimal producedQuantity() {
        return goodQuantity().add(scrappedQuantity());
    }

    @Value.Check
    final void check() {
        Problems p = new Problems();
        if (goodQuantity().signum() < 0) {
            p.add(RuleCode.QTY_NEGATIVE, "actual.goodQuantity", goodQuantity().toPlainString(),
                    "The good quantity must not be negative.");
        }
        if (scrappedQuantity().signum() < 0) {
            p.add(RuleCode.QTY_NEGATIVE, "actual.scrappedQuantity", scrappedQuantity().toPlainString(),
                    "The scrapped quantity must not be negative.");
        }
        if (goodQuantity().signum() == 0 && scrappedQuantity().signum() == 0) {
            p.add(RuleCode.QTY_NOT_POSITIVE, "actual.goodQuantity", "0",
                    "An order with nothing produced has no variances.\nMaybe report the good or scrapped quantity.");
        }
        Set<Object> seen = new HashSet<>();
        materials().forEach(m -> {
            if (!seen.add(m.component())) {
                p.add(RuleCode.ID_DUPLICATE, "actual.materials[" + m.component() + "]", m.component(),
                        "The component (" + m.component() + ") is listed twice.\nMaybe add the quantities up.");
            }
        });
        operations().forEach(o -> {
            if (!seen.add(o.no())) {
                p.add(RuleCode.ID_DUPLICATE, "actual.operations[" + o.no() + "]", o.no(),
                        "The operation (" + o.no() + ") is listed twice.");
            }
        });
        p.throwIfAny();
    }

    /** Builds {@link ActualProduction} values. */
    public static final class Builder extends ImmutableActualProduction.Builder {
        Builder() {}
    }
}
